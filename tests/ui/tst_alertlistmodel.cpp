// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "alerts/evaluator.h"
#include "ui/alertlistmodel.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

/** The alerts page's list: this device's findings merged by key with the server's states and acknowledgements. */
class TestAlertListModel : public QObject
{
    Q_OBJECT

    /** Every alert the rules find on a demo device now. */
    static QList<Alert> evaluated(const DemoDevice &d)
    {
        QList<Alert> out;
        const CaseData &data = d.session->data();
        for (const YoungPerson &yp : data.youngPeople)
            out += AlertEvaluator::evaluate(data.caseRecords(yp.id), d.clock.now(), d.app->alertSettings());
        return out;
    }

    static ServerAlert onServer(const Alert &a, const QString &id)
    {
        ServerAlert s;
        s.id = id;
        s.alert = a;
        s.state = u"open"_s;
        return s;
    }

    static ServerAlert acknowledgedBy(ServerAlert s, const QString &staffId, const QString &name, const QString &note)
    {
        s.state = u"acknowledged"_s;
        s.acknowledgedBy = staffId;
        s.acknowledgedByName = name;
        s.acknowledgedNote = note;
        s.acknowledgedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
        return s;
    }

    static QVariant value(const AlertListModel &m, const QString &key, const QString &role)
    {
        return m.valueAt(m.indexOfKey(key), role);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void mergesServerStateWithThisDevicesFindings()
    {
        DemoDevice d(Role::PersonalAdviser);
        const QList<Alert> device = evaluated(d);
        QVERIFY(device.size() >= 3);
        AlertListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The server lists the first two; the first acknowledged by a colleague. A third alert the
        // server lists is about someone this device does not hold.
        Alert elsewhere;
        elsewhere.ruleCode = u"no_contact"_s;
        elsewhere.youngPersonId = u"not-on-this-device"_s;
        elsewhere.tier = AlertTier::Overdue;
        elsewhere.daysOverdue = 4;
        AlertListModel::Sources s;
        s.device = device;
        s.server = {acknowledgedBy(onServer(device.at(0), u"id-0"_s), u"staff-9"_s, u"Priya Shah"_s,
                                   u"Visit booked for Friday"_s),
                    onServer(device.at(1), u"id-1"_s), onServer(elsewhere, u"id-x"_s)};
        s.serverCurrent = true;
        s.online = true;
        m.refresh(d.session->data(), s);

        QCOMPARE(m.rowCount(), int(device.size()) + 1);
        const QString acked = device.at(0).key();
        QCOMPARE(value(m, acked, u"alertId"_s).toString(), u"id-0"_s);
        QVERIFY(value(m, acked, u"acknowledged"_s).toBool());
        const QDateTime at = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
        QCOMPARE(value(m, acked, u"ackText"_s).toString(),
                 u"Acknowledged by Priya Shah on "_s + QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(value(m, acked, u"ackNote"_s).toString(), u"Visit booked for Friday"_s);
        QVERIFY(!value(m, acked, u"canAcknowledge"_s).toBool()); // already acknowledged
        QVERIFY(value(m, acked, u"accessibleName"_s).toString().contains(u"Visit booked for Friday"_s));
        // Acknowledged alerts come after the ones that still need action.
        QCOMPARE(m.indexOfKey(acked), m.rowCount() - 1);

        const QString open = device.at(1).key();
        QVERIFY(value(m, open, u"canAcknowledge"_s).toBool());
        QVERIFY(value(m, open, u"originText"_s).toString().isEmpty());

        // Found on this device only: shown, and why it cannot be acknowledged yet.
        const QString local = device.at(2).key();
        QVERIFY(value(m, local, u"alertId"_s).toString().isEmpty());
        QVERIFY(!value(m, local, u"canAcknowledge"_s).toBool());
        QVERIFY(value(m, local, u"originText"_s).toString().contains(u"The server has not listed it yet"_s));

        // Someone not on this device: listed, without a record to open.
        const QString other = elsewhere.key();
        QCOMPARE(value(m, other, u"name"_s).toString(), u"A young person not on this device yet"_s);
        QVERIFY(value(m, other, u"actionKey"_s).toString().isEmpty());
    }

    void plainWordsAndTheResolvingPage()
    {
        DemoDevice d(Role::PersonalAdviser);
        AlertListModel m;
        AlertListModel::Sources s;
        s.device = evaluated(d);
        m.refresh(d.session->data(), s);
        QVERIFY(m.rowCount() > 0);
        for (int i = 0; i < m.rowCount(); ++i) {
            const QString who = m.valueAt(i, u"youngPersonId"_s).toString();
            QCOMPARE(m.valueAt(i, u"name"_s).toString(), d.session->data().youngPerson(who)->displayName);
            const QString what = m.valueAt(i, u"whatText"_s).toString();
            QVERIFY2(!what.contains(u'_'), qPrintable(what)); // words, never rule codes
            QVERIFY(!m.valueAt(i, u"tierText"_s).toString().isEmpty());
            QCOMPARE(m.valueAt(i, u"actionKey"_s).toString(), u"record"_s);
            const QVariantMap props = m.valueAt(i, u"actionProperties"_s).toMap();
            QCOMPARE(props.value(u"youngPersonId"_s).toString(), who);
            const QString key = m.valueAt(i, u"key"_s).toString();
            const QString rule = key.section(u':', 0, 0);
            QCOMPARE(props.value(u"section"_s).toString(), AlertListModel::resolvingSection(rule));
        }
        QCOMPARE(AlertListModel::resolvingSection(u"missing_id"_s), u"documents"_s);
        QCOMPARE(AlertListModel::resolvingSection(u"plan_review"_s), u"plan"_s);
        QCOMPARE(AlertListModel::resolvingSection(u"health_handover"_s), u"health"_s);
        QCOMPARE(AlertListModel::resolvingSection(u"contact_request"_s), u"contact"_s);
    }

    void offlineShowsTheDeviceListWithLastKnownAcknowledgements()
    {
        DemoDevice d(Role::PersonalAdviser);
        const QList<Alert> device = evaluated(d);
        QVERIFY(device.size() >= 2);
        Alert gone = device.at(1);
        gone.youngPersonId = u"someone-else"_s;
        AlertListModel m;
        AlertListModel::Sources s;
        s.device = device;
        // The last answer kept on the device: one acknowledgement, and an alert this device no longer finds.
        s.server = {acknowledgedBy(onServer(device.at(0), u"id-0"_s), u"staff-9"_s, u"Priya Shah"_s, u"Called"_s),
                    onServer(gone, u"id-gone"_s)};
        s.serverCurrent = false;
        s.online = false;
        m.refresh(d.session->data(), s);
        QCOMPARE(m.rowCount(), int(device.size())); // only what this device finds
        QCOMPARE(m.indexOfKey(gone.key()), -1);
        const QString acked = device.at(0).key();
        QVERIFY(value(m, acked, u"acknowledged"_s).toBool());
        QCOMPARE(value(m, acked, u"originText"_s).toString(), u"Acknowledgement as last checked with the server."_s);
        for (int i = 0; i < m.rowCount(); ++i) {
            QVERIFY(!m.valueAt(i, u"canAcknowledge"_s).toBool());
            if (!m.valueAt(i, u"acknowledged"_s).toBool())
                QCOMPARE(m.valueAt(i, u"ackHint"_s).toString(), u"Acknowledging needs a connection to the server."_s);
        }
    }

    void anAcknowledgementOnItsWayChangesOnlyItsRow()
    {
        DemoDevice d(Role::PersonalAdviser);
        const QList<Alert> device = evaluated(d);
        AlertListModel m;
        AlertListModel::Sources s;
        s.device = device;
        for (int i = 0; i < device.size(); ++i)
            s.server.append(onServer(device.at(i), u"id-%1"_s.arg(i)));
        s.serverCurrent = true;
        s.online = true;
        m.refresh(d.session->data(), s);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        s.sendingKey = device.at(0).key();
        m.refresh(d.session->data(), s);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const int row = m.indexOfKey(s.sendingKey);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        QVERIFY(m.valueAt(row, u"sending"_s).toBool());
        QVERIFY(!m.valueAt(row, u"canAcknowledge"_s).toBool());
    }

    void managersAllocateForNoPa()
    {
        DemoDevice d(Role::Manager);
        AlertListModel m;
        AlertListModel::Sources s;
        s.device = evaluated(d);
        s.manager = true;
        m.refresh(d.session->data(), s);
        int noPa = 0;
        for (int i = 0; i < m.rowCount(); ++i) {
            if (!m.valueAt(i, u"key"_s).toString().startsWith(u"no_pa:"_s))
                continue;
            ++noPa;
            QCOMPARE(m.valueAt(i, u"actionKey"_s).toString(), u"allocate"_s);
            QCOMPARE(m.valueAt(i, u"actionText"_s).toString(), u"Allocate a PA"_s);
        }
        QVERIFY2(noPa > 0, "the demo team has young people without a PA");
    }
};

QTEST_GUILESS_MAIN(TestAlertListModel)
#include "tst_alertlistmodel.moc"

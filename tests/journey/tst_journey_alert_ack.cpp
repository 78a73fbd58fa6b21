// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "journeydevice.h"

#include "sync/apiclient.h"
#include "ui/alertscontroller.h"

#include <QJsonArray>
#include <QLocale>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Testing::JourneyDevice;
using Pathway::Testing::ServerProcess;

/**
 * Journey 11: a PA acknowledges an alert with a note from the alerts page; the manager's alerts
 * page then shows who acknowledged it, the note and when, and the server agrees.
 */
class TestJourneyAlertAck : public QObject
{
    Q_OBJECT

    /** GET /v1/alerts through a device's own signed-in API client. */
    static QJsonArray serverAlerts(JourneyDevice &device)
    {
        std::optional<Sync::ApiReply> reply;
        device.engine()->api()->get(u"/v1/alerts"_s, [&reply](const Sync::ApiReply &r) { reply = r; });
        if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, 30000) || !reply->ok())
            return {};
        return reply->body.value(u"alerts"_s).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void managerSeesWhoAcknowledgedAndWhy()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        const auto paLogin = server.login(u"pa"_s);
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), paLogin));
        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));
        const QString paName = pa.app.userName();
        QVERIFY(!paName.isEmpty());

        // The manager's page first: the alert is there, not acknowledged.
        AlertsController managerAlerts; // every alert of the team, the PAs' too
        managerAlerts.setApp(&manager.app);
        QTRY_VERIFY_WITH_TIMEOUT(managerAlerts.isFromServer(), 30000);

        // The PA, on their alerts page, acknowledges the most urgent alert they can, with a note.
        AlertsController paAlerts;
        paAlerts.setApp(&pa.app);
        QTRY_VERIFY_WITH_TIMEOUT(paAlerts.isFromServer(), 30000);
        QVERIFY(paAlerts.canAcknowledge());
        const AlertListModel *mine = paAlerts.model();
        int row = -1;
        for (int i = 0; i < mine->rowCount() && row < 0; ++i) {
            if (mine->valueAt(i, u"canAcknowledge"_s).toBool())
                row = i;
        }
        QVERIFY2(row >= 0, "the PA's alerts page offers an alert to acknowledge");
        const QString key = mine->valueAt(row, u"key"_s).toString();
        const QString alertId = mine->valueAt(row, u"alertId"_s).toString();
        const QString youngPerson = mine->valueAt(row, u"name"_s).toString();
        QVERIFY(!alertId.isEmpty());
        const int managerRow = managerAlerts.model()->indexOfKey(key);
        QVERIFY2(managerRow >= 0, "the manager sees the PA's alert");
        QVERIFY(!managerAlerts.model()->valueAt(managerRow, u"acknowledged"_s).toBool());

        const QString note = u"Phoned %1 today; home visit booked for Friday."_s.arg(youngPerson);
        QSignalSpy acknowledged(&paAlerts, &AlertsController::acknowledged);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(paAlerts.acknowledge(key, note));
        QVERIFY(acknowledged.wait(30000));
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
        QVERIFY2(paAlerts.ackError().isEmpty(), qPrintable(paAlerts.ackError()));
        QVERIFY(mine->valueAt(mine->indexOfKey(key), u"acknowledged"_s).toBool());

        // The manager's device, on its alerts page: who acknowledged it, the note, and when.
        managerAlerts.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!managerAlerts.isChecking(), 30000);
        QVERIFY(managerAlerts.isFromServer());
        const AlertListModel *theirs = managerAlerts.model();
        const int seen = theirs->indexOfKey(key);
        QVERIFY(seen >= 0);
        QVERIFY(theirs->valueAt(seen, u"acknowledged"_s).toBool());
        QCOMPARE(theirs->valueAt(seen, u"ackNote"_s).toString(), note);
        const QDateTime at = theirs->valueAt(seen, u"ackAt"_s).toDateTime();
        QVERIFY2(at >= before && at <= after, qPrintable(at.toString(Qt::ISODateWithMs)));
        QCOMPARE(theirs->valueAt(seen, u"ackText"_s).toString(),
                 u"Acknowledged by %1 on %2"_s.arg(paName, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
        QVERIFY(theirs->valueAt(seen, u"accessibleName"_s).toString().contains(note));
        QVERIFY(!theirs->valueAt(seen, u"canAcknowledge"_s).toBool());

        // The server agrees, asked as the manager.
        bool found = false;
        for (const auto &v : serverAlerts(manager)) {
            const QJsonObject a = v.toObject();
            if (a.value(u"id"_s).toString() != alertId)
                continue;
            found = true;
            QCOMPARE(a.value(u"key"_s).toString(), key);
            QCOMPARE(a.value(u"state"_s).toString(), u"acknowledged"_s);
            QCOMPARE(a.value(u"acknowledgedBy"_s).toString(), paLogin.staffId);
            QCOMPARE(a.value(u"acknowledgedByName"_s).toString(), paName);
            QCOMPARE(a.value(u"acknowledgedNote"_s).toString(), note);
            QCOMPARE(QDateTime::fromString(a.value(u"acknowledgedAt"_s).toString(), Qt::ISODateWithMs), at);
        }
        QVERIFY2(found, "GET /v1/alerts as the manager lists the acknowledged alert");
    }
};

QTEST_GUILESS_MAIN(TestJourneyAlertAck)
#include "tst_journey_alert_ack.moc"

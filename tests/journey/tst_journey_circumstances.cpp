// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Journey: a PA records that a young person has been NEET since four months ago and lives in
// unsuitable accommodation; after a sync the manager's device shows both and their alerts (and
// so does the server's sweep). The PA then records a job and a suitable home; the alerts clear
// on the manager's device and on the server.
#include "journeydevice.h"
#include "journeyserverapi.h"

#include "alerts/evaluator.h"
#include "ui/circumstancelabels.h"
#include "ui/circumstancescontroller.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

namespace {

bool deviceHasAlert(JourneyDevice &device, const QString &youngPersonId, const QString &rule)
{
    const QList<Alert> alerts = AlertEvaluator::evaluate(device.session.data().caseRecords(youngPersonId),
                                                         device.clock.now(), device.app.alertSettings());
    return std::any_of(alerts.begin(), alerts.end(), [&](const Alert &a) { return a.ruleCode == rule; });
}

} // namespace

class TestJourneyCircumstances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PATHWAY_ALERT_SWEEP_SECS", "1");
    }

    void neetAndUnsuitableHomeReachTheManagerAndClear()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));

        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));
        QString ypId;
        DemoLogin paLogin;
        // Someone whose recorded activity and home are older than what the PA will record, so
        // that the PA's records are the ones in force.
        const QDate day = manager.clock.today();
        for (const YoungPerson &yp : manager.session.data().youngPeople) {
            const DemoLogin l = loginOfStaff(server, manager.session.data().currentPaId(yp.id, manager.clock.today()));
            if (ypId.isEmpty() && !l.email.isEmpty() && !deviceHasAlert(manager, yp.id, u"neet"_s)
                && circumstancesRecordedBefore(manager, yp.id, day.addMonths(-4), day.addDays(-3))) {
                ypId = yp.id;
                paLogin = l;
            }
        }
        QVERIFY2(!ypId.isEmpty(), "the demo authority has a young person with a PA who can sign in");
        CircumstancesController seen;
        seen.setApp(&manager.app);
        seen.setYoungPersonId(ypId);
        JourneyServerApi managerApi(server.url());
        QVERIFY(managerApi.signIn(server.login(u"manager"_s)));

        // The PA records NEET since four months ago, and a bed and breakfast that is not suitable.
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), paLogin));
        CircumstancesController editor;
        editor.setApp(&pa.app);
        editor.setYoungPersonId(ypId);
        QVERIFY(editor.canEdit());
        const QDate today = pa.clock.today();
        editor.setActivityCode(u"G5"_s);
        editor.setActivityFrom(today.addMonths(-4).toString(Qt::ISODate));
        QVERIFY(editor.saveActivity());
        QCOMPARE(editor.saveState(), RecordEditor::SaveState::OnDevice);
        editor.setAccommodationType(u"W"_s);
        editor.setAccommodationSuitable(false);
        editor.setAccommodationFrom(today.addDays(-3).toString(Qt::ISODate));
        QVERIFY(editor.saveAccommodation());
        QVERIFY(deviceHasAlert(pa, ypId, u"neet"_s));
        QVERIFY(pa.syncNow());
        QCOMPARE(pa.session.rejectedCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(editor.saveState(), RecordEditor::SaveState::Sent, 10000);

        // The manager's device shows what the PA recorded, and both alerts.
        QVERIFY(manager.syncNow());
        QVERIFY2(seen.activityText().contains(CircumstanceLabels::activity(u"G5"_s)), qPrintable(seen.activityText()));
        QVERIFY2(seen.accommodationText().contains(CircumstanceLabels::accommodation(u"W"_s)),
                 qPrintable(seen.accommodationText()));
        QVERIFY(deviceHasAlert(manager, ypId, u"neet"_s));
        QVERIFY(deviceHasAlert(manager, ypId, u"unsuitable_accommodation"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!managerApi.unresolvedAlerts(ypId, u"neet"_s).isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!managerApi.unresolvedAlerts(ypId, u"unsuitable_accommodation"_s).isEmpty(), 30000);

        // A part-time job from today and a suitable flat: the alerts clear everywhere.
        editor.setActivityCode(u"P5"_s);
        editor.setActivityFrom(today.toString(Qt::ISODate));
        QVERIFY(editor.saveActivity());
        editor.setAccommodationType(u"U"_s);
        editor.setAccommodationSuitable(true);
        editor.setAccommodationFrom(today.toString(Qt::ISODate));
        QVERIFY(editor.saveAccommodation());
        QVERIFY(pa.syncNow());
        QCOMPARE(pa.session.rejectedCount(), 0);
        QVERIFY(manager.syncNow());
        QVERIFY(seen.activityText().contains(CircumstanceLabels::activity(u"P5"_s)));
        QVERIFY(!deviceHasAlert(manager, ypId, u"neet"_s));
        QVERIFY(!deviceHasAlert(manager, ypId, u"unsuitable_accommodation"_s));
        QTRY_VERIFY_WITH_TIMEOUT(managerApi.unresolvedAlerts(ypId, u"neet"_s).isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(managerApi.unresolvedAlerts(ypId, u"unsuitable_accommodation"_s).isEmpty(), 30000);
    }
};

QTEST_MAIN(TestJourneyCircumstances)
#include "tst_journey_circumstances.moc"

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Journey 8: the PA records the health-history handover (day, format, consent); its alert clears on
// the PA's device and on the server; the young person sees it recorded.
#include "journeydevice.h"
#include "journeyserverapi.h"

#include "alerts/evaluator.h"
#include "ui/handovercontroller.h"
#include "ui/labels.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

namespace {

bool deviceHasHandoverAlert(JourneyDevice &device, const QString &youngPersonId)
{
    const QList<Alert> alerts = AlertEvaluator::evaluate(device.session.data().caseRecords(youngPersonId),
                                                         device.clock.now(), device.app.alertSettings());
    return std::any_of(alerts.begin(), alerts.end(), [](const Alert &a) { return a.ruleCode == "health_handover"_L1; });
}

} // namespace

class TestJourneyHealthHandover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PATHWAY_ALERT_SWEEP_SECS", "1");
    }

    void handoverIsRecordedAndItsAlertClears()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));

        // A young person due a handover, whose PA can sign in.
        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));
        QString ypId;
        DemoLogin paLogin;
        for (const YoungPerson &yp : manager.session.data().youngPeople) {
            const DemoLogin l = loginOfStaff(server, manager.session.data().currentPaId(yp.id, manager.clock.today()));
            if (ypId.isEmpty() && !l.email.isEmpty() && deviceHasHandoverAlert(manager, yp.id)) {
                ypId = yp.id;
                paLogin = l;
            }
        }
        QVERIFY2(!ypId.isEmpty(), "the demo authority has a young person due a health handover");
        JourneyServerApi managerApi(server.url());
        QVERIFY(managerApi.signIn(server.login(u"manager"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(!managerApi.unresolvedAlerts(ypId, u"health_handover"_s).isEmpty(), 30000);

        JourneyServerApi paApi(server.url());
        QVERIFY(paApi.signIn(paLogin));
        JourneyDevice yp;
        QVERIFY(yp.enrol(server.url(), paApi.enrolmentCode(ypId)));
        HandoverController mine;
        mine.setApp(&yp.app);
        mine.setYoungPersonId(ypId);
        QVERIFY(!mine.complete());
        QVERIFY(!mine.canEdit());

        // The PA records it: handed over yesterday, on paper and digitally, with consent.
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), paLogin));
        QVERIFY(deviceHasHandoverAlert(pa, ypId));
        HandoverController handover;
        handover.setApp(&pa.app);
        handover.setYoungPersonId(ypId);
        QVERIFY(handover.canEdit());
        const QDate yesterday = pa.clock.today().addDays(-1);
        handover.setHandedOverOn(yesterday.toString(Qt::ISODate));
        handover.setFormatCode(u"both"_s);
        handover.setConsentToShare(true);
        handover.setYoungPersonHasCopy(true);
        QVERIFY(handover.save());
        QCOMPARE(handover.saveState(), RecordEditor::SaveState::OnDevice);
        QVERIFY(!deviceHasHandoverAlert(pa, ypId));
        QVERIFY(pa.syncNow());
        QCOMPARE(pa.session.rejectedCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(handover.saveState(), RecordEditor::SaveState::Sent, 10000);

        // The server's sweep resolves it.
        QTRY_VERIFY_WITH_TIMEOUT(managerApi.unresolvedAlerts(ypId, u"health_handover"_s).isEmpty(), 30000);

        // The young person sees it recorded: when, and in which format.
        QVERIFY(yp.syncNow());
        QVERIFY(mine.complete());
        QVERIFY(mine.statusText().contains(Labels::date(yesterday)));
        QVERIFY(mine.statusText().contains(Labels::handoverFormat(HandoverFormat::Both)));
        const auto seen = yp.session.data().handoverOf(ypId);
        QVERIFY(seen->consentToShare);
        QCOMPARE(seen->format, HandoverFormat::Both);
    }
};

QTEST_MAIN(TestJourneyHealthHandover)
#include "tst_journey_health_handover.moc"

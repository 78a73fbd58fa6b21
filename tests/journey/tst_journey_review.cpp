// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Journey 2: a young person asks for a review; the PA records the review as held; the review alert
// clears on the PA's device and on the server; the manager signs it off, and the manager's overdue
// figure drops.
#include "journeydevice.h"
#include "journeyserverapi.h"

#include "ui/caseloadcontroller.h"
#include "ui/labels.h"
#include "ui/reviewcontroller.h"
#include "ui/signoffcontroller.h"
#include "ui/teamcontroller.h"
#include "ui/youngpersoncontroller.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

namespace {

int figure(TeamController &team, const QString &key)
{
    return team.figures()->valueAt(team.figures()->indexOfKey(key), u"value"_s).toInt();
}

/** Whether the PA's device shows a plan-review alert for the young person. */
bool deviceHasReviewAlert(CaseloadController &caseload, const QString &youngPersonId)
{
    caseload.refresh();
    for (const Alert &a : caseload.model()->alerts().value(youngPersonId)) {
        if (a.ruleCode == "plan_review"_L1)
            return true;
    }
    return false;
}

const QString sentText = u"Saved on this device and on the server."_s;

} // namespace

class TestJourneyReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PATHWAY_ALERT_SWEEP_SECS", "1"); // the server's sweep, every second
    }

    void requestedReviewIsHeldAndSignedOff()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));

        // The manager's overdue figure, and a young person in it whose PA has a demo login.
        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));
        TeamController team;
        team.setApp(&manager.app);
        const int overdueBefore = figure(team, u"plan_review"_s);
        team.setSelectedFigure(u"plan_review"_s);
        QString ypId;
        DemoLogin paLogin;
        for (int i = 0; i < team.attention()->rowCount() && ypId.isEmpty(); ++i) {
            const QString id = team.attention()->valueAt(i, u"key"_s).toString();
            const DemoLogin l = loginOfStaff(server, manager.session.data().currentPaId(id, manager.clock.today()));
            if (!l.email.isEmpty()) {
                ypId = id;
                paLogin = l;
            }
        }
        QVERIFY2(!ypId.isEmpty(), "the demo team has an overdue review with a PA who can sign in");
        QVERIFY(overdueBefore > 0);

        // The server's sweep has the review alert open.
        JourneyServerApi managerApi(server.url());
        QVERIFY(managerApi.signIn(server.login(u"manager"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(!managerApi.unresolvedAlerts(ypId, u"plan_review"_s).isEmpty(), 30000);

        // The young person enrols with a code from their PA, and asks for a review.
        JourneyServerApi paApi(server.url());
        QVERIFY(paApi.signIn(paLogin));
        const QString code = paApi.enrolmentCode(ypId);
        QVERIFY2(!code.isEmpty(), "the PA can make an enrolment code");
        JourneyDevice yp;
        QVERIFY(yp.enrol(server.url(), code));
        YoungPersonController mine;
        mine.setApp(&yp.app);
        QVERIFY(mine.canRequestReview());
        QVERIFY(mine.requestReview());
        QVERIFY(yp.syncNow());
        QCOMPARE(yp.session.rejectedCount(), 0);

        // The PA sees the request and the overdue review, and records the review as held.
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), paLogin));
        CaseloadController caseload;
        caseload.setApp(&pa.app);
        QVERIFY(deviceHasReviewAlert(caseload, ypId));
        ReviewController review;
        review.setApp(&pa.app);
        review.setYoungPersonId(ypId);
        QVERIFY(review.canEdit());
        QVERIFY(review.overdue());
        QCOMPARE(review.reasonCode(), u"requested"_s);
        review.setParticipants(u"The young person and their PA"_s);
        review.setYoungPersonTookPart(true);
        review.setYoungPersonViews(u"I want help with money."_s);
        review.setOutcome(u"Plan updated: money and housing steps agreed."_s);
        const QString nextDue = review.nextReviewDue();
        QCOMPARE(nextDue, PlanReview::defaultNextReviewDue(pa.clock.today()).toString(Qt::ISODate));
        QVERIFY(review.save());
        // Saved here only, until the server has it.
        QVERIFY(!review.message().contains(sentText));
        QCOMPARE(review.saveState(), RecordEditor::SaveState::OnDevice);
        QVERIFY(!deviceHasReviewAlert(caseload, ypId));
        QVERIFY(pa.syncNow());
        QCOMPARE(pa.session.rejectedCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(review.saveState(), RecordEditor::SaveState::Sent, 10000);
        QVERIFY(review.message().contains(sentText));

        // The server's sweep resolves the alert.
        QTRY_VERIFY_WITH_TIMEOUT(managerApi.unresolvedAlerts(ypId, u"plan_review"_s).isEmpty(), 30000);

        // The young person sees the next review date.
        QVERIFY(yp.syncNow());
        QVERIFY(mine.reviewText().contains(Labels::date(QDate::fromString(nextDue, Qt::ISODate))));

        // The manager: the review waits for sign-off; after it, the overdue figure is one lower.
        QVERIFY(manager.syncNow());
        const auto held = manager.session.data().latestReview(ypId);
        QVERIFY(held.has_value());
        QCOMPARE(held->outcome, u"Plan updated: money and housing steps agreed."_s);
        QVERIFY(team.reviews()->indexOfKey(held->id) >= 0);
        // The figure counts reviews held, whoever has signed them off yet.
        QCOMPARE(figure(team, u"plan_review"_s), overdueBefore - 1);
        SignOffController signOff;
        signOff.setApp(&manager.app);
        signOff.setReviewId(held->id);
        QCOMPARE(signOff.youngPersonId(), ypId);
        QVERIFY(signOff.canSignOff());
        QVERIFY(signOff.signOff());
        QVERIFY(manager.syncNow());
        QCOMPARE(manager.session.rejectedCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(signOff.saveState(), RecordEditor::SaveState::Sent, 10000);
        QVERIFY(team.reviews()->indexOfKey(held->id) < 0);
        QCOMPARE(figure(team, u"plan_review"_s), overdueBefore - 1);
        team.setSelectedFigure(QString());
        team.setSelectedFigure(u"plan_review"_s);
        QVERIFY(team.attention()->indexOfKey(ypId) < 0);

        // The PA's device sees the sign-off.
        QVERIFY(pa.syncNow());
        SignOffController seenByPa;
        seenByPa.setApp(&pa.app);
        seenByPa.setReviewId(held->id);
        QVERIFY(seenByPa.signedOff());
        QVERIFY(!seenByPa.canSignOff());
    }
};

QTEST_MAIN(TestJourneyReview)
#include "tst_journey_review.moc"

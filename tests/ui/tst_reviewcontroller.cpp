// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "ui/reviewcontroller.h"
#include "ui/signoffcontroller.h"
#include "ui/teamcontroller.h"
#include "uitestutil.h"

#include "alerts/evaluator.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

namespace {

bool hasReviewAlert(const DemoDevice &d, const QString &youngPersonId)
{
    const QList<Alert> alerts
        = AlertEvaluator::evaluate(d.session->data().caseRecords(youngPersonId), d.clock.now(), d.app->alertSettings());
    return std::any_of(alerts.begin(), alerts.end(), [](const Alert &a) { return a.ruleCode == "plan_review"_L1; });
}

int figure(TeamController &t, const QString &key)
{
    return t.figures()->valueAt(t.figures()->indexOfKey(key), u"value"_s).toInt();
}

int reviewsOf(const DemoDevice &d, const QString &youngPersonId)
{
    const auto &all = d.session->data().reviews;
    return int(
        std::count_if(all.begin(), all.end(), [&](const PlanReview &r) { return r.youngPersonId == youngPersonId; }));
}

} // namespace

/** Recording a plan review held (the review alert clears), and a manager's sign-off of it. */
class TestReviewController : public QObject
{
    Q_OBJECT

    /** A young person on the PA's device whose review is overdue. */
    static QString overdueOne(const DemoDevice &d)
    {
        for (const YoungPerson &yp : d.session->data().youngPeople) {
            ReviewController c;
            c.setApp(d.app.get());
            c.setYoungPersonId(yp.id);
            if (c.overdue())
                return yp.id;
        }
        return {};
    }

private Q_SLOTS:
    void recordingAReviewClearsTheAlert()
    {
        DemoDevice d(Role::PersonalAdviser);
        const QString who = overdueOne(d);
        QVERIFY2(!who.isEmpty(), "a young person on the demo PA's caseload has an overdue review");
        QVERIFY(hasReviewAlert(d, who));

        ReviewController c;
        c.setApp(d.app.get());
        c.setYoungPersonId(who);
        QVERIFY(c.dueText().contains(u"overdue"_s));
        // The form starts today, the next review six months on.
        QCOMPARE(c.heldOn(), u"2026-03-02"_s);
        QCOMPARE(c.nextReviewDue(), u"2026-09-02"_s);
        c.setHeldOn(u"2026-02-27"_s);
        QCOMPARE(c.nextReviewDue(), u"2026-08-27"_s);

        // Nothing agreed written: refused, nothing saved.
        const int pending = d.session->pendingChanges();
        QVERIFY(!c.save());
        QVERIFY(!c.saved());
        QCOMPARE(d.session->pendingChanges(), pending);

        c.setParticipants(u"Sam (PA), Jo (housing)"_s);
        c.setYoungPersonViews(u"I want to stay where I am."_s);
        c.setOutcome(u"Stay put; apply for the bursary."_s);
        const int before = reviewsOf(d, who);
        QSignalSpy status(&c, &ReviewController::statusChanged);
        QVERIFY(c.save());
        QVERIFY(c.saved());
        QCOMPARE(c.saveState(), RecordEditor::SaveState::OnDevice);
        // Saved here, not yet on the server: it never says more than that.
        QVERIFY(c.message().contains(u"Saved on this device. It goes to the server when there is a connection."_s));
        QVERIFY(!c.message().contains(u"on the server"_s));
        QCOMPARE(d.session->pendingChanges(), pending + 1);
        QCOMPARE(reviewsOf(d, who), before + 1);
        QVERIFY(!hasReviewAlert(d, who));
        QVERIFY(!c.overdue());
        QVERIFY(status.count() > 0);
        const auto latest = d.session->data().latestReview(who);
        QCOMPARE(latest->heldOn, QDate(2026, 2, 27));
        QCOMPARE(latest->nextReviewDue, QDate(2026, 8, 27));
        QCOMPARE(latest->participants, u"Sam (PA), Jo (housing)"_s);
        QCOMPARE(latest->reviewedBy, d.app->userId());
        QVERIFY(latest->youngPersonTookPart);

        // A second tap corrects the same review; it never adds another.
        c.setOutcome(u"Stay put; apply for the bursary by April."_s);
        QVERIFY(c.save());
        QCOMPARE(reviewsOf(d, who), before + 1);
    }

    void aChosenNextDateStaysAndDatesAreChecked()
    {
        DemoDevice d(Role::PersonalAdviser);
        ReviewController c;
        c.setApp(d.app.get());
        c.setYoungPersonId(d.session->data().youngPeople.first().id);
        c.setNextReviewDue(u"2026-06-01"_s);
        c.setHeldOn(u"2026-03-01"_s);
        QCOMPARE(c.nextReviewDue(), u"2026-06-01"_s);
        c.setOutcome(u"Agreed."_s);
        c.setHeldOn(u"2026-03-05"_s); // in the future
        QVERIFY(!c.save());
        QVERIFY(c.message().contains(u"future"_s));
        c.setHeldOn(u"2026-03-01"_s);
        c.setNextReviewDue(u"2026-02-01"_s); // before the review
        QVERIFY(!c.save());
        c.setNextReviewDue(u"2026-06-01"_s);
        QVERIFY(c.save());
    }

    void aRequestMakesItARequestedReview()
    {
        DemoDevice d(Role::PersonalAdviser);
        const QString who = d.session->data().youngPeople.first().id;
        ChronologyEvent e;
        e.id = newId();
        e.youngPersonId = who;
        e.date = d.clock.today();
        e.kind = ChronologyKind::ReviewRequested;
        e.recordedBy = who;
        QCOMPARE(d.session->save(e), StoreSession::Error::None);
        // Two weeks on, the request has made the review due.
        d.clock.advanceDays(15);
        QVERIFY(hasReviewAlert(d, who));
        ReviewController c;
        c.setApp(d.app.get());
        c.setYoungPersonId(who);
        QCOMPARE(c.reasonCode(), u"requested"_s);
        c.setOutcome(u"Talked about the flat."_s);
        QVERIFY(c.save());
        QVERIFY(!hasReviewAlert(d, who));
    }

    void youngPeopleCannotRecordReviews()
    {
        DemoDevice d(Role::YoungPerson);
        ReviewController c;
        c.setApp(d.app.get());
        c.setYoungPersonId(d.app->userId());
        c.setOutcome(u"x"_s);
        QVERIFY(!c.isStaff());
        QVERIFY(!c.canEdit());
        QVERIFY(!c.save());
    }

    void managerSignsOffAfterReadingIt()
    {
        DemoDevice d(Role::Manager);
        TeamController team;
        team.setApp(d.app.get());
        const int overdueBefore = figure(team, u"plan_review"_s);

        // The PA's review reaches the manager's device (as sync would bring it).
        QString who;
        for (const YoungPerson &yp : d.session->data().youngPeople) {
            team.setSelectedFigure(u"plan_review"_s);
            if (team.attention()->indexOfKey(yp.id) >= 0) {
                who = yp.id;
                break;
            }
        }
        QVERIFY2(!who.isEmpty(), "the demo team has an overdue review");
        PlanReview held;
        held.id = newId();
        held.youngPersonId = who;
        held.heldOn = d.clock.today();
        held.nextReviewDue = PlanReview::defaultNextReviewDue(held.heldOn);
        held.outcome = u"Plan agreed."_s;
        held.reviewedBy = d.session->data().currentPaId(who, d.clock.today());
        QCOMPARE(d.session->save(held), StoreSession::Error::None);
        QCOMPARE(figure(team, u"plan_review"_s), overdueBefore - 1);
        QVERIFY(team.reviews()->indexOfKey(held.id) >= 0);

        SignOffController s;
        s.setApp(d.app.get());
        s.setReviewId(held.id);
        QCOMPARE(s.youngPersonId(), who);
        QVERIFY(s.found());
        QVERIFY(s.canSignOff());
        QCOMPARE(s.outcome(), u"Plan agreed."_s);
        QVERIFY(s.signOff());
        QVERIFY(s.signedOff());
        QVERIFY(!s.canSignOff());
        QCOMPARE(s.saveState(), RecordEditor::SaveState::OnDevice);
        QVERIFY(team.reviews()->indexOfKey(held.id) < 0);
        QCOMPARE(figure(team, u"plan_review"_s), overdueBefore - 1);
        QVERIFY(!s.signOff()); // once is enough
    }

    void onlyManagersSignOff()
    {
        DemoDevice d(Role::PersonalAdviser);
        const auto &reviews = d.session->data().reviews;
        QVERIFY(!reviews.isEmpty());
        SignOffController s;
        s.setApp(d.app.get());
        s.setReviewId(reviews.first().id);
        QVERIFY(!s.canSignOff());
        QVERIFY(!s.signOff());
    }
};

QTEST_MAIN(TestReviewController)
#include "tst_reviewcontroller.moc"

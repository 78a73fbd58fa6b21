// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Journey 1: a young person adds their own words to an empty plan area and proposes a step; the
// PA sees both and accepts the step; the young person sees it accepted.
#include "journeydevice.h"

#include "ui/planmodel.h"
#include "ui/syncstatus.h"
#include "ui/youngpersoncontroller.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

namespace {
/** The plan step called @p what in the plan model, or an empty map. */
QVariantMap stepCalled(PlanModel *plan, const QString &what)
{
    for (int i = 0; i < plan->rowCount(); ++i) {
        for (const QVariant &v : plan->valueAt(i, u"actions"_s).toList()) {
            if (v.toMap().value(u"what"_s).toString() == what)
                return v.toMap();
        }
    }
    return {};
}
} // namespace

class TestJourneyCoproducePlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void youngPersonsWordsAndProposedStepReachThePa()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));

        // A young person with a demo code and a PA with a demo login.
        JourneyDevice yp;
        QString ypId;
        QString paId;
        QVERIFY(!server.enrolments().isEmpty());
        const DemoEnrolment enrolment = server.enrolments().first();
        ypId = enrolment.youngPersonId;
        QVERIFY(yp.enrol(server.url(), enrolment.code));
        paId = yp.session.data().currentPaId(ypId, yp.clock.today());
        QVERIFY2(!loginOfStaff(server, paId).email.isEmpty(), "the young person's PA has a demo login");
        QCOMPARE(yp.app.role(), Role::YoungPerson);

        YoungPersonController mine;
        mine.setApp(&yp.app);
        QVERIFY(mine.canAddOwnWords());
        QVERIFY(mine.canAddStep());
        QVERIFY(!mine.canUpdatePlanArea());

        // An area with nothing in it yet.
        QString area;
        for (int i = 0; i < mine.plan()->rowCount() && area.isEmpty(); ++i) {
            if (mine.plan()->valueAt(i, u"goal"_s).toString().isEmpty()
                && mine.plan()->valueAt(i, u"ownWords"_s).toString().isEmpty())
                area = mine.plan()->valueAt(i, u"key"_s).toString();
        }
        QVERIFY2(!area.isEmpty(), "the demo young person has an empty plan area");

        const QString words = u"I want to learn to cook for myself."_s;
        const QString what = u"Find a cooking course at the college"_s;
        QVERIFY(mine.saveOwnWords(area, words));
        QVERIFY(mine.addStep(area, what, u"me"_s, 30));
        QVERIFY(stepCalled(mine.plan(), what).value(u"proposed"_s).toBool());
        QVERIFY(yp.syncNow());
        // The server accepted both: nothing refused, nothing waiting, and only now "All saved".
        QCOMPARE(yp.session.rejectedCount(), 0);
        QCOMPARE(yp.session.pendingChanges(), 0);
        QCOMPARE(yp.app.sync()->pendingText(), u"All saved"_s);

        // The PA sees the words and the proposed step, and accepts it.
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), loginOfStaff(server, paId)));
        YoungPersonController record;
        record.setApp(&pa.app);
        record.setYoungPersonId(ypId);
        const int row = record.plan()->indexOfKey(area);
        QVERIFY(row >= 0);
        QCOMPARE(record.plan()->valueAt(row, u"ownWords"_s).toString(), words);
        const QVariantMap proposed = stepCalled(record.plan(), what);
        QVERIFY(proposed.value(u"proposed"_s).toBool());
        QVERIFY(proposed.value(u"canAnswer"_s).toBool());
        QVERIFY(!proposed.value(u"canMarkDone"_s).toBool());
        // The young person cannot accept their own proposal.
        QVERIFY(!stepCalled(mine.plan(), what).value(u"canAnswer"_s).toBool());

        QVERIFY(record.acceptStep(proposed.value(u"id"_s).toString()));
        QVERIFY(pa.syncNow());
        QCOMPARE(pa.session.rejectedCount(), 0);
        QCOMPARE(pa.session.pendingChanges(), 0);

        // The young person sees it accepted: part of the plan, theirs to tick off.
        QVERIFY(yp.syncNow());
        const QVariantMap accepted = stepCalled(mine.plan(), what);
        QVERIFY(!accepted.value(u"proposed"_s).toBool());
        QVERIFY(accepted.value(u"canMarkDone"_s).toBool());
        QVERIFY(mine.markStepDone(accepted.value(u"id"_s).toString()));
        QVERIFY(yp.syncNow());
        QCOMPARE(yp.session.rejectedCount(), 0);
        QVERIFY(pa.syncNow());
        QVERIFY(stepCalled(record.plan(), what).value(u"done"_s).toBool());
    }

    void youngPersonsReviewRequestIsAccepted()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        QVERIFY(!server.enrolments().isEmpty());
        JourneyDevice yp;
        QVERIFY(yp.enrol(server.url(), server.enrolments().first().code));
        YoungPersonController mine;
        mine.setApp(&yp.app);
        QVERIFY(mine.canRequestReview());
        QVERIFY(mine.requestReview());
        QVERIFY(yp.syncNow());
        QCOMPARE(yp.session.rejectedCount(), 0);
        QCOMPARE(yp.session.pendingChanges(), 0);
    }
};

QTEST_MAIN(TestJourneyCoproducePlan)
#include "tst_journey_coproduce_plan.moc"

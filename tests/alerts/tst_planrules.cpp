// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "alerts/rules.h"
#include "casebuilder.h"

#include <QTest>

using namespace Pathway;
using namespace Pathway::Test;

/** Tests the plan review and health handover rules. */
class TestPlanRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scheduledReview_data()
    {
        QTest::addColumn<int>("daysAfterDue");
        QTest::addColumn<QString>("tier");
        QTest::newRow("due-15") << -15 << u"none"_s;
        QTest::newRow("due-14") << -14 << u"warning"_s;
        QTest::newRow("due") << 0 << u"warning"_s;
        QTest::newRow("due+1") << 1 << u"overdue"_s;
        QTest::newRow("due+27") << 27 << u"overdue"_s;
        QTest::newRow("due+28") << 28 << u"escalated"_s;
    }
    void scheduledReview()
    {
        QFETCH(int, daysAfterDue);
        QFETCH(QString, tier);
        CaseBuilder b;
        b.r.reviews.clear();
        const QDate held(2025, 3, 10);
        b.review(held); // next due 2025-09-10
        const QDate due(2025, 9, 10);
        b.setToday(due.addDays(daysAfterDue));
        const auto alerts = b.alerts(Rules::PlanReview);
        QCOMPARE(tierOrNone(alerts), tier);
        if (!alerts.isEmpty()) {
            QCOMPARE(alerts.first().dueDate, due);
            QCOMPARE(alerts.first().since, held);
            QCOMPARE(alerts.first().audience,
                     tier == u"escalated"_s ? AlertAudience::Manager : AlertAudience::PersonalAdviser);
            QCOMPARE(alerts.first().facts.value(u"reason"_s).toString(), u"scheduled"_s);
        }
    }

    void nextReviewDueFromTheReview()
    {
        CaseBuilder b;
        b.r.reviews.clear();
        b.review(b.now.date().addMonths(-2), b.now.date().addDays(-1)); // agreed to review sooner
        QCOMPARE(tierOrNone(b.alerts(Rules::PlanReview)), u"overdue"_s);
        b.r.reviews.first().nextReviewDue = QDate(); // not set: held + 6 months
        QCOMPARE(tierOrNone(b.alerts(Rules::PlanReview)), u"none"_s);
    }

    void reviewSettingsFromAuthority()
    {
        CaseBuilder b;
        b.r.reviews.clear();
        b.review(b.now.date().addMonths(-3).addDays(-5)).nextReviewDue = QDate();
        AlertSettings s;
        QCOMPARE(tierOrNone(b.alerts(Rules::PlanReview, s)), u"none"_s);
        s.thresholds.reviewIntervalMonths = 3;
        QCOMPARE(tierOrNone(b.alerts(Rules::PlanReview, s)), u"overdue"_s);
    }

    void significantChange_data()
    {
        QTest::addColumn<int>("changeDaysAgo");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("tier");
        QTest::newRow("work 27 days ago") << 27 << int(ChronologyKind::StartedWork) << u"warning"_s;
        QTest::newRow("work 28 days ago") << 28 << int(ChronologyKind::StartedWork) << u"warning"_s;
        QTest::newRow("work 29 days ago") << 29 << int(ChronologyKind::StartedWork) << u"overdue"_s;
        QTest::newRow("custody") << 29 << int(ChronologyKind::CustodyStart) << u"overdue"_s;
        QTest::newRow("pregnancy") << 29 << int(ChronologyKind::Pregnancy) << u"overdue"_s;
        QTest::newRow("asked for a review") << 29 << int(ChronologyKind::ReviewRequested) << u"overdue"_s;
        QTest::newRow("moved") << 29 << int(ChronologyKind::MovedHome) << u"overdue"_s;
        QTest::newRow("left education") << 29 << int(ChronologyKind::LeftEducation) << u"overdue"_s;
        QTest::newRow("other") << 29 << int(ChronologyKind::Other) << u"none"_s;
    }
    void significantChange()
    {
        QFETCH(int, changeDaysAgo);
        QFETCH(int, kind);
        QFETCH(QString, tier);
        CaseBuilder b;
        b.r.reviews.clear();
        b.review(b.now.date().addDays(-60)); // next due in four months
        const QDate changed = b.now.date().addDays(-changeDaysAgo);
        b.event(changed, static_cast<ChronologyKind>(kind));
        const auto alerts = b.alerts(Rules::PlanReview);
        QCOMPARE(tierOrNone(alerts), tier);
        if (!alerts.isEmpty()) {
            QCOMPARE(alerts.first().facts.value(u"reason"_s).toString(), u"significant_change"_s);
            QCOMPARE(alerts.first().facts.value(u"changeKind"_s).toString(), toCode(static_cast<ChronologyKind>(kind)));
            QCOMPARE(alerts.first().dueDate, changed.addDays(28));
        }
        // A review after the change settles it.
        b.review(b.now.date().addDays(-1));
        QCOMPARE(tierOrNone(b.alerts(Rules::PlanReview)), u"none"_s);
    }

    void changeBeforeLastReviewIgnored()
    {
        CaseBuilder b;
        b.r.reviews.clear();
        b.review(b.now.date().addDays(-40));
        b.event(b.now.date().addDays(-50), ChronologyKind::StartedWork);
        QVERIFY(b.alerts(Rules::PlanReview).isEmpty());
    }

    void noReviewEverDueSixMonthsFromServiceStart()
    {
        CaseBuilder b;
        b.r.reviews.clear();
        b.r.allocations.clear();
        b.allocate(u"pa1"_s, b.now.date().addMonths(-6));
        QCOMPARE(tierOrNone(b.alerts(Rules::PlanReview)), u"warning"_s);
        b.r.allocations.first().from = b.now.date().addMonths(-6).addDays(-1);
        const auto alerts = b.alerts(Rules::PlanReview);
        QCOMPARE(tierOrNone(alerts), u"overdue"_s);
        QCOMPARE(alerts.first().facts.value(u"reason"_s).toString(), u"first_review"_s);
    }

    void healthHandover_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("tier");
        // dob 2008-03-31: 17y6m on 2025-09-30 (Qt's month arithmetic clamps to the month end), 18 on 2026-03-31
        QTest::newRow("17y6m-1d") << QDate(2025, 9, 29) << u"none"_s;
        QTest::newRow("17y6m") << QDate(2025, 9, 30) << u"warning"_s;
        QTest::newRow("18-1d") << QDate(2026, 3, 30) << u"warning"_s;
        QTest::newRow("18") << QDate(2026, 3, 31) << u"overdue"_s;
        QTest::newRow("18+1d") << QDate(2026, 4, 1) << u"overdue"_s;
    }
    void healthHandover()
    {
        QFETCH(QDate, today);
        QFETCH(QString, tier);
        CaseBuilder b(today, QDate(2008, 3, 31));
        b.r.handover.reset();
        const auto alerts = b.alerts(Rules::HealthHandover);
        QCOMPARE(tierOrNone(alerts), tier);
        if (!alerts.isEmpty()) {
            QCOMPARE(alerts.first().dueDate, QDate(2026, 3, 31));
            QCOMPARE(alerts.first().since, QDate(2025, 9, 30));
            QCOMPARE(alerts.first().audience, AlertAudience::PersonalAdviser);
        }
        // Handed over but the young person has no copy yet: still not done.
        HealthHandover h;
        h.id = u"h"_s;
        h.youngPersonId = u"yp1"_s;
        h.handedOverOn = today;
        b.r.handover = h;
        QCOMPARE(tierOrNone(b.alerts(Rules::HealthHandover)), tier);
        b.r.handover->youngPersonHasCopy = true;
        QVERIFY(b.alerts(Rules::HealthHandover).isEmpty());
    }

    void healthHandoverOrdinaryDate()
    {
        CaseBuilder b(QDate(2025, 12, 14), QDate(2008, 6, 15)); // 17y6m on 2025-12-15
        b.r.handover.reset();
        QVERIFY(b.alerts(Rules::HealthHandover).isEmpty());
        b.setToday(QDate(2025, 12, 15));
        QCOMPARE(tierOrNone(b.alerts(Rules::HealthHandover)), u"warning"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlanRules)
#include "tst_planrules.moc"

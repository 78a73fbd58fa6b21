// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "reports/performance.h"

#include <QTest>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {

/** A young person who left care at 16 and a month after 100 weeks in care: a care leaver from 16 to 21. */
CaseRecords leaver(const QString &id, const QDate &dob)
{
    CaseRecords r;
    r.youngPerson.id = id;
    r.youngPerson.dateOfBirth = dob;
    r.youngPerson.care.lookedAfterAfter16 = true;
    r.youngPerson.care.weeksInCareSince14 = 100;
    r.youngPerson.care.leftCareOn = dob.addYears(16).addMonths(1);
    return r;
}

ContactLog &contact(CaseRecords &r, const QDateTime &at, ContactKind kind = ContactKind::Visit)
{
    ContactLog c;
    c.id = r.youngPerson.id + u"-c"_s + QString::number(r.contacts.size());
    c.youngPersonId = r.youngPerson.id;
    c.at = at;
    c.kind = kind;
    c.successful = kind != ContactKind::Attempted;
    r.contacts.append(c);
    return r.contacts.last();
}

void allocate(CaseRecords &r, const QString &pa, const QDate &from, std::optional<QDate> until = std::nullopt)
{
    Allocation a;
    a.id = r.youngPerson.id + u"-a"_s + QString::number(r.allocations.size());
    a.youngPersonId = r.youngPerson.id;
    a.staffId = pa;
    a.from = from;
    a.until = until;
    r.allocations.append(a);
}

DocumentItem document(DocumentKind kind, DocumentStatus status, std::optional<QDate> obtained = std::nullopt)
{
    DocumentItem d;
    d.id = toCode(kind);
    d.kind = kind;
    d.status = status;
    d.obtainedOn = obtained;
    return d;
}

ActivityPeriod activity(const QString &id, const QDate &from, const QString &code)
{
    ActivityPeriod a;
    a.id = id;
    a.from = from;
    a.code = code;
    return a;
}

std::optional<bool> standing(const CaseRecords &r, const QDate &day, PerformanceFigure f)
{
    const PersonStanding s = Performance::standingOn(r, day, AlertThresholds {});
    return s.figures.contains(f) ? std::optional(s.figures.value(f)) : std::nullopt;
}

QDateTime utc(int y, int m, int d, int h = 11, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace

/** Hand-worked examples of every Performance figure, at month ends and across birthdays. */
class TestPerformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportingDaysAreMonthEndsThenToday()
    {
        const QList<QDate> days = Performance::reportingDays(QDate(2026, 3, 15));
        QCOMPARE(days.size(), 12);
        QCOMPARE(days.first(), QDate(2025, 4, 30));
        QCOMPARE(days.at(9), QDate(2026, 1, 31));
        QCOMPARE(days.at(10), QDate(2026, 2, 28));
        QCOMPARE(days.last(), QDate(2026, 3, 15));
        // A leap year's February ends on the 29th; a month end today is not repeated.
        const QList<QDate> leap = Performance::reportingDays(QDate(2024, 3, 31), 3);
        QCOMPARE(leap, (QList<QDate> {QDate(2024, 1, 31), QDate(2024, 2, 29), QDate(2024, 3, 31)}));
    }

    void recentContactIsWithinEightWeeksOfTheDay()
    {
        CaseRecords r = leaver(u"yp"_s, QDate(2007, 5, 1));
        contact(r, utc(2026, 1, 3, 23, 30)); // 56 days before 28 February
        contact(r, utc(2026, 2, 1), ContactKind::Attempted); // an attempt is not contact
        contact(r, utc(2026, 3, 1), ContactKind::Letter); // nor is a letter
        QCOMPARE(standing(r, QDate(2026, 1, 2), PerformanceFigure::RecentContact), false); // not yet made
        QCOMPARE(standing(r, QDate(2026, 1, 3), PerformanceFigure::RecentContact), true);
        QCOMPARE(standing(r, QDate(2026, 1, 31), PerformanceFigure::RecentContact), true);
        QCOMPARE(standing(r, QDate(2026, 2, 27), PerformanceFigure::RecentContact), true); // 55 days
        QCOMPARE(standing(r, QDate(2026, 2, 28), PerformanceFigure::RecentContact), false); // 56 days
    }

    void aContactAtMidnightCountsOnItsUtcDay()
    {
        CaseRecords r = leaver(u"yp"_s, QDate(2007, 5, 1));
        contact(r, utc(2026, 2, 1, 0, 10));
        QCOMPARE(standing(r, QDate(2026, 1, 31), PerformanceFigure::RecentContact), false);
        QCOMPARE(standing(r, QDate(2026, 2, 28), PerformanceFigure::RecentContact), true);
    }

    void aContactEnteredInErrorNeverCounts()
    {
        CaseRecords r = leaver(u"yp"_s, QDate(2007, 5, 1));
        const QString id = contact(r, utc(2026, 1, 20)).id;
        ContactAmendment a;
        a.id = u"am"_s;
        a.contactLogId = id;
        a.amendedAt = utc(2026, 3, 1);
        a.changes = {{u"enteredInError"_s, true}};
        r.amendments.append(a);
        QCOMPARE(standing(r, QDate(2026, 1, 31), PerformanceFigure::RecentContact), false);
    }

    void planReviewedWithinSixMonths()
    {
        CaseRecords r = leaver(u"yp"_s, QDate(2007, 5, 1));
        PlanReview v;
        v.id = u"v"_s;
        v.heldOn = QDate(2025, 8, 31);
        r.reviews.append(v);
        QCOMPARE(standing(r, QDate(2025, 8, 30), PerformanceFigure::PlanReviewed), false);
        QCOMPARE(standing(r, QDate(2026, 2, 28), PerformanceFigure::PlanReviewed), true); // 28 Aug .. 28 Feb
        QCOMPARE(standing(r, QDate(2026, 3, 15), PerformanceFigure::PlanReviewed), false);
    }

    void healthHistoryByEighteenCountsFromTheBirthday()
    {
        // Turns 18 on 10 January 2026: in the group from the January month end on.
        CaseRecords early = leaver(u"early"_s, QDate(2008, 1, 10));
        HealthHandover h;
        h.id = u"h"_s;
        h.handedOverOn = QDate(2025, 12, 20);
        h.youngPersonHasCopy = true;
        early.handover = h;
        QCOMPARE(standing(early, QDate(2025, 12, 31), PerformanceFigure::HealthBy18), std::nullopt);
        QCOMPARE(standing(early, QDate(2026, 1, 31), PerformanceFigure::HealthBy18), true);

        CaseRecords late = leaver(u"late"_s, QDate(2008, 1, 10));
        h.handedOverOn = QDate(2026, 2, 5); // after the 18th birthday: never "by 18"
        late.handover = h;
        QCOMPARE(standing(late, QDate(2026, 1, 31), PerformanceFigure::HealthBy18), false);
        QCOMPARE(standing(late, QDate(2026, 2, 28), PerformanceFigure::HealthBy18), false);

        CaseRecords noCopy = leaver(u"nocopy"_s, QDate(2008, 1, 10));
        h.handedOverOn = QDate(2025, 12, 1);
        h.youngPersonHasCopy = false; // not complete, as the alert reads it
        noCopy.handover = h;
        QCOMPARE(standing(noCopy, QDate(2026, 1, 31), PerformanceFigure::HealthBy18), false);
    }

    void photoIdAndBankByEighteen()
    {
        CaseRecords r = leaver(u"yp"_s, QDate(2008, 1, 10));
        r.documents = {document(DocumentKind::Passport, DocumentStatus::Have, QDate(2025, 6, 1)),
                       document(DocumentKind::BankAccount, DocumentStatus::Have, QDate(2026, 2, 1))};
        QCOMPARE(standing(r, QDate(2025, 12, 31), PerformanceFigure::IdAndBankBy18), std::nullopt);
        QCOMPARE(standing(r, QDate(2026, 2, 28), PerformanceFigure::IdAndBankBy18), false); // bank after 18

        r.documents = {document(DocumentKind::ProvisionalLicence, DocumentStatus::Have), // date not known: held
                       document(DocumentKind::BankAccount, DocumentStatus::NotNeeded)};
        QCOMPARE(standing(r, QDate(2026, 1, 31), PerformanceFigure::IdAndBankBy18), true);

        r.documents = {document(DocumentKind::Passport, DocumentStatus::Applied),
                       document(DocumentKind::BankAccount, DocumentStatus::Have, QDate(2025, 1, 1))};
        QCOMPARE(standing(r, QDate(2026, 1, 31), PerformanceFigure::IdAndBankBy18), false);
    }

    void neetOfThoseWithAnActivity()
    {
        CaseRecords r = leaver(u"yp"_s, QDate(2007, 5, 1));
        QCOMPARE(standing(r, QDate(2025, 10, 31), PerformanceFigure::Neet), std::nullopt); // nothing recorded
        r.activities = {activity(u"a1"_s, QDate(2025, 9, 1), u"F2"_s), activity(u"a2"_s, QDate(2025, 11, 1), u"G5"_s)};
        QCOMPARE(standing(r, QDate(2025, 8, 31), PerformanceFigure::Neet), std::nullopt); // not yet recorded
        QCOMPARE(standing(r, QDate(2025, 10, 31), PerformanceFigure::Neet), false);
        QCOMPARE(standing(r, QDate(2025, 11, 30), PerformanceFigure::Neet), true);
    }

    void inTouchAtTheLatestClosedBirthdayWindow()
    {
        // 18 on 20 June 2025: the window (a month either side) closes on 20 July.
        CaseRecords r = leaver(u"yp"_s, QDate(2007, 6, 20));
        contact(r, utc(2025, 7, 1));
        // On 30 June the latest closed window is the 17th birthday's (2024), with no contact.
        QCOMPARE(standing(r, QDate(2025, 6, 30), PerformanceFigure::InTouch), false);
        QCOMPARE(standing(r, QDate(2025, 7, 31), PerformanceFigure::InTouch), true);

        // Refusing contact (REFU) is not in touch; a 16-year-old has no closed window yet.
        CaseRecords refu = leaver(u"refu"_s, QDate(2007, 6, 20));
        InTouchRecord t;
        t.id = u"t"_s;
        t.on = QDate(2025, 5, 1);
        t.status = u"REFU"_s;
        refu.inTouch = {t};
        QCOMPARE(standing(refu, QDate(2025, 7, 31), PerformanceFigure::InTouch), false);
        QCOMPARE(standing(leaver(u"young"_s, QDate(2009, 9, 1)), QDate(2026, 1, 31), PerformanceFigure::InTouch),
                 std::nullopt);
    }

    void onlyCareLeaversOnTheDayAreCounted()
    {
        // Turns 16 on 15 January 2026.
        const CaseRecords r = leaver(u"yp"_s, QDate(2010, 1, 15));
        QVERIFY(Performance::standingOn(r, QDate(2025, 12, 31), {}).figures.isEmpty());
        QCOMPARE(standing(r, QDate(2026, 1, 31), PerformanceFigure::Unallocated), true);
    }

    void scopesFollowTheAllocationOnTheDay()
    {
        CaseRecords moved = leaver(u"moved"_s, QDate(2007, 5, 1));
        allocate(moved, u"pa-a"_s, QDate(2025, 1, 1), QDate(2025, 12, 31));
        allocate(moved, u"pa-b"_s, QDate(2026, 1, 1));
        contact(moved, utc(2025, 12, 20));
        CaseRecords stays = leaver(u"stays"_s, QDate(2007, 8, 1));
        allocate(stays, u"pa-a"_s, QDate(2025, 1, 1));
        const CaseRecords nobody = leaver(u"nobody"_s, QDate(2008, 3, 3));
        const QList<CaseRecords> people {moved, stays, nobody};

        const QList<PerformancePoint> a = Performance::series(people, QDate(2026, 1, 20), u"pa-a"_s, {}, 2);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.at(0).day, QDate(2025, 12, 31));
        QCOMPARE(a.at(0).figures.value(PerformanceFigure::Caseload).counted, (QStringList {u"moved"_s, u"stays"_s}));
        QCOMPARE(a.at(0).figures.value(PerformanceFigure::RecentContact).counted, QStringList {u"moved"_s});
        QCOMPARE(a.at(0).figures.value(PerformanceFigure::RecentContact).share(), 0.5);
        QVERIFY(!a.at(0).figures.contains(PerformanceFigure::Unallocated));
        QCOMPARE(a.at(1).figures.value(PerformanceFigure::Caseload).counted, QStringList {u"stays"_s});
        QCOMPARE(a.at(1).figures.value(PerformanceFigure::RecentContact).share(), 0.0);

        const QList<PerformancePoint> b = Performance::series(people, QDate(2026, 1, 20), u"pa-b"_s, {}, 2);
        QCOMPARE(b.at(0).figures.value(PerformanceFigure::Caseload).counted, QStringList {});
        QCOMPARE(b.at(0).figures.value(PerformanceFigure::RecentContact).share(), std::nullopt);
        QCOMPARE(b.at(1).figures.value(PerformanceFigure::RecentContact).counted, QStringList {u"moved"_s});
        QCOMPARE(b.at(1).figures.value(PerformanceFigure::RecentContact).outOf, QStringList {u"moved"_s});

        const QList<PerformancePoint> team = Performance::series(people, QDate(2026, 1, 20), QString(), {}, 1);
        const FigureValue unallocated = team.at(0).figures.value(PerformanceFigure::Unallocated);
        QCOMPARE(unallocated.counted, QStringList {u"nobody"_s});
        QCOMPARE(unallocated.outOf, unallocated.counted);
        QCOMPARE(team.at(0).figures.value(PerformanceFigure::Caseload).counted, (QStringList {u"moved"_s, u"stays"_s}));
        QCOMPARE(team.at(0).figures.value(PerformanceFigure::RecentContact).outOf,
                 (QStringList {u"moved"_s, u"nobody"_s, u"stays"_s}));
    }

    void aYoungPersonsOwnThresholdsApply()
    {
        CaseRecords r = leaver(u"yp"_s, QDate(2007, 5, 1));
        contact(r, utc(2025, 12, 10));
        AlertSettings settings; // their plan agrees contact every 4 weeks
        settings.overrides.insert(u"yp"_s, QJsonObject {{u"contactOverdueDays"_s, 28}});
        const QList<PerformancePoint> points = Performance::series({r}, QDate(2026, 1, 20), {}, settings, 2);
        QCOMPARE(points.at(0).figures.value(PerformanceFigure::RecentContact).counted,
                 QStringList {u"yp"_s}); // 21 days
        QCOMPARE(points.at(1).figures.value(PerformanceFigure::RecentContact).counted, QStringList {}); // 41 days
        const QList<PerformancePoint> usual = Performance::series({r}, QDate(2026, 1, 20), {}, {}, 2);
        QCOMPARE(usual.at(1).figures.value(PerformanceFigure::RecentContact).counted, QStringList {u"yp"_s});
    }

    void codesRoundTrip()
    {
        for (PerformanceFigure f : allPerformanceFigures())
            QCOMPARE(performanceFigureFromCode(toCode(f)), f);
        QCOMPARE(performanceFigureFromCode(u"nonsense"_s), std::nullopt);
        QVERIFY(isShareFigure(PerformanceFigure::Neet));
        QVERIFY(!isShareFigure(PerformanceFigure::Caseload));
    }
};

QTEST_GUILESS_MAIN(TestPerformance)

#include "tst_performance.moc"

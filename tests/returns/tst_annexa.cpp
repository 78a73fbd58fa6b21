// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "returns/annexa.h"

#include <QTest>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {

const QDate AsOf(2025, 6, 30);

/** A care leaver built up record by record; every record is dated, some after AsOf on purpose. */
struct Person
{
    ReturnRecords r;

    explicit Person(const QDate &dob)
    {
        r.youngPerson.id = u"yp-1"_s;
        r.youngPerson.caseSystemRef = u"NB7"_s;
        r.youngPerson.dateOfBirth = dob;
        r.youngPerson.care.lookedAfterAfter16 = true;
        r.youngPerson.care.weeksInCareSince14 = 60;
        r.youngPerson.care.leftCareOn = dob.addYears(17);
    }
    Person &contactOn(const QDate &day, ContactKind kind = ContactKind::Visit)
    {
        ContactLog c;
        c.id = u"contact-"_s + day.toString(Qt::ISODate);
        c.youngPersonId = r.youngPerson.id;
        c.at = QDateTime(day, QTime(15, 30), Qt::UTC);
        c.kind = kind;
        c.successful = kind != ContactKind::Attempted;
        r.contacts.append(c);
        return *this;
    }
    Person &reviewOn(const QDate &day)
    {
        PlanReview v;
        v.id = u"review-"_s + day.toString(Qt::ISODate);
        v.youngPersonId = r.youngPerson.id;
        v.heldOn = day;
        r.reviews.append(v);
        return *this;
    }
    Person &allocatedTo(const QString &staffId, const QDate &from, std::optional<QDate> until = {})
    {
        Allocation a;
        a.id = u"alloc-"_s + staffId;
        a.youngPersonId = r.youngPerson.id;
        a.staffId = staffId;
        a.from = from;
        a.until = until;
        r.allocations.append(a);
        return *this;
    }
    Person &doing(const QDate &from, const QString &code)
    {
        r.activities.append({u"act-"_s + code, r.youngPerson.id, from, code, {}, false});
        return *this;
    }
    Person &livingIn(const QDate &from, const QString &type, bool suitable)
    {
        r.accommodations.append({u"home-"_s + type, r.youngPerson.id, from, type, suitable, {}, false});
        return *this;
    }
    AnnexARow row(const QHash<QString, AnnexAStaff> &staff = {}) const
    {
        const auto out = AnnexA::rowFor(r, staff, AsOf);
        return out ? *out : AnnexARow {};
    }
};

} // namespace

/** Ofsted's Annex A list 9: who is in it and each column, from hand-built records. */
class TestAnnexA : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyCareLeaversOnTheDate()
    {
        // 19 and left care: former relevant. Still looked after at 17: eligible, so list 8, not 9.
        QVERIFY(AnnexA::rowFor(Person(QDate(2006, 1, 1)).r, {}, AsOf));
        Person inCare(QDate(2008, 1, 1));
        inCare.r.youngPerson.care.leftCareOn.reset();
        inCare.r.youngPerson.care.stillLookedAfter = true;
        QVERIFY(!AnnexA::rowFor(inCare.r, {}, AsOf));
        // 22 and neither in education nor asking for support: no longer a care leaver.
        QVERIFY(!AnnexA::rowFor(Person(QDate(2003, 1, 1)).r, {}, AsOf));
        // Under 16 on the date.
        QVERIFY(!AnnexA::rowFor(Person(QDate(2010, 1, 1)).r, {}, AsOf));
    }

    void childIdIsTheCaseReferenceElseTheId()
    {
        Person p(QDate(2006, 1, 1));
        QCOMPARE(p.row().child, u"NB7"_s);
        p.r.youngPerson.caseSystemRef.clear();
        QCOMPARE(p.row().child, u"yp-1"_s);
    }

    void genderEthnicityDisabilityUasc()
    {
        Person p(QDate(2006, 1, 1));
        QCOMPARE(p.row().gender, QString());
        QCOMPARE(p.row().ethnicity, QString());
        QCOMPARE(p.row().disability, QString()); // not recorded
        QCOMPARE(p.row().uasc, u"No"_s);
        const QList<std::pair<QString, QString>> genders {{u"male"_s, u"Male"_s},
                                                          {u"female"_s, u"Female"_s},
                                                          {u"other"_s, u"Other"_s},
                                                          {u"not_known"_s, u"Not known"_s}};
        for (const auto &[code, text] : genders) {
            p.r.youngPerson.gender = code;
            QCOMPARE(p.row().gender, text);
        }
        p.r.youngPerson.ethnicity = u"BAFR"_s;
        p.r.youngPerson.disability = true;
        p.r.youngPerson.uasc = true;
        QCOMPARE(p.row().ethnicity, u"BAFR"_s);
        QCOMPARE(p.row().disability, u"Yes"_s);
        QCOMPARE(p.row().uasc, u"Yes"_s);
        p.r.youngPerson.disability = false;
        QCOMPARE(p.row().disability, u"No"_s);
    }

    void dateOfBirthAndAgeOnTheDate()
    {
        Person p(QDate(2006, 6, 30));
        QCOMPARE(p.row().dateOfBirth, QDate(2006, 6, 30));
        QCOMPARE(p.row().age, 19); // the birthday is the date itself
        QCOMPARE(Person(QDate(2006, 7, 1)).row().age, 18);
    }

    void eligibilityCategory()
    {
        QCOMPARE(Person(QDate(2008, 1, 1)).row().eligibility, u"Relevant"_s); // 17, left care
        QCOMPARE(Person(QDate(2005, 1, 1)).row().eligibility, u"Former relevant"_s);
        Person shortCare(QDate(2007, 1, 1));
        shortCare.r.youngPerson.care.weeksInCareSince14 = 8;
        QCOMPARE(shortCare.row().eligibility, u"Qualifying"_s);
        Person toTwentyFive(QDate(2002, 1, 1));
        toTwentyFive.r.youngPerson.care.supportRequestedTo25 = true;
        QCOMPARE(toTwentyFive.row().eligibility, u"Former relevant"_s);
    }

    void allocatedTeamWorkerAndPaOnTheDate()
    {
        const QHash<QString, AnnexAStaff> staff {{u"s1"_s, {u"Priya Shah"_s, u"Leaving care north"_s}},
                                                 {u"s2"_s, {u"Tom Reid"_s, u"Leaving care south"_s}}};
        Person p(QDate(2006, 1, 1));
        QCOMPARE(p.row(staff).allocatedPa, QString()); // unallocated: blank, not invented
        QCOMPARE(p.row(staff).allocatedTeam, QString());
        p.allocatedTo(u"s1"_s, QDate(2024, 1, 1), QDate(2025, 5, 31));
        QCOMPARE(p.row(staff).allocatedPa, QString()); // that allocation ended before the date
        p.allocatedTo(u"s2"_s, QDate(2025, 6, 1));
        const AnnexARow row = p.row(staff);
        QCOMPARE(row.allocatedPa, u"Tom Reid"_s);
        QCOMPARE(row.allocatedWorker, u"Tom Reid"_s);
        QCOMPARE(row.allocatedTeam, u"Leaving care south"_s);
        // A PA allocated after the date does not count; an unknown staff id is shown as the id.
        Person later(QDate(2006, 1, 1));
        later.allocatedTo(u"s1"_s, QDate(2025, 7, 1));
        QCOMPARE(later.row(staff).allocatedPa, QString());
        Person unknown(QDate(2006, 1, 1));
        unknown.allocatedTo(u"s9"_s, QDate(2025, 1, 1));
        QCOMPARE(unknown.row(staff).allocatedPa, u"s9"_s);
        QCOMPARE(unknown.row(staff).allocatedTeam, QString());
    }

    void inTouchOverTheThreeMonthsToTheDate()
    {
        Person p(QDate(2006, 1, 1));
        QCOMPARE(p.row().inTouch, u"NO"_s);
        p.contactOn(QDate(2025, 3, 29)); // a day before the three months
        p.contactOn(QDate(2025, 5, 1), ContactKind::Attempted);
        p.contactOn(QDate(2025, 7, 1)); // after the date
        QCOMPARE(p.row().inTouch, u"NO"_s);
        p.contactOn(QDate(2025, 3, 30));
        QCOMPARE(p.row().inTouch, u"YES"_s);
        Person refused(QDate(2006, 1, 1));
        refused.r.inTouch.append({u"t1"_s, refused.r.youngPerson.id, QDate(2025, 2, 1), u"REFU"_s, {}, false});
        QCOMPARE(refused.row().inTouch, u"REFU"_s);
    }

    void latestPlanReviewAndContactOnOrBeforeTheDate()
    {
        Person p(QDate(2006, 1, 1));
        QVERIFY(!p.row().latestPlanReview.isValid());
        QVERIFY(!p.row().latestContact.isValid());
        p.reviewOn(QDate(2024, 12, 2)).reviewOn(QDate(2025, 6, 30)).reviewOn(QDate(2025, 7, 2));
        p.contactOn(QDate(2025, 1, 10)).contactOn(QDate(2025, 6, 20), ContactKind::Attempted);
        p.contactOn(QDate(2025, 5, 5), ContactKind::Phone).contactOn(QDate(2025, 8, 1));
        QCOMPARE(p.row().latestPlanReview, QDate(2025, 6, 30));
        QCOMPARE(p.row().latestContact, QDate(2025, 5, 5)); // the attempt on 20 June does not count
    }

    void accommodationSuitabilityAndActivityInForceOnTheDate()
    {
        Person p(QDate(2006, 1, 1));
        QCOMPARE(p.row().accommodationType, QString());
        QCOMPARE(p.row().suitability, QString());
        QCOMPARE(p.row().activity, QString());
        p.livingIn(QDate(2024, 9, 1), u"E"_s, true).livingIn(QDate(2025, 7, 1), u"U"_s, true);
        p.doing(QDate(2024, 9, 1), u"F2"_s).doing(QDate(2025, 6, 30), u"G5"_s);
        QCOMPARE(p.row().accommodationType, u"E"_s);
        QCOMPARE(p.row().suitability, u"Suitable"_s);
        QCOMPARE(p.row().activity, u"G5"_s);
        p.livingIn(QDate(2025, 6, 1), u"W"_s, false);
        QCOMPARE(p.row().accommodationType, u"W"_s);
        QCOMPARE(p.row().suitability, u"Unsuitable"_s);
        // Homeless is never suitable, whatever was ticked.
        p.livingIn(QDate(2025, 6, 2), u"S"_s, true);
        QCOMPARE(p.row().suitability, u"Unsuitable"_s);
    }

    void rowsAreSortedAndCellsFollowTheHeaders()
    {
        Person a(QDate(2006, 1, 1));
        Person b(QDate(2005, 2, 3));
        b.r.youngPerson.caseSystemRef = u"NB1"_s;
        b.reviewOn(QDate(2025, 4, 1));
        const QList<AnnexARow> rows = AnnexA::rows({a.r, b.r}, {}, AsOf);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].child, u"NB1"_s);
        QCOMPARE(AnnexA::headers().size(), 17);
        const QStringList cells = AnnexA::cells(rows[0]);
        QCOMPARE(cells.size(), AnnexA::headers().size());
        QCOMPARE(cells[AnnexA::headers().indexOf(u"Date of birth"_s)], u"03/02/2005"_s);
        QCOMPARE(cells[AnnexA::headers().indexOf(u"Age"_s)], u"20"_s);
        QCOMPARE(cells[AnnexA::headers().indexOf(u"Latest pathway plan review date"_s)], u"01/04/2025"_s);
        QCOMPARE(cells[AnnexA::headers().indexOf(u"Latest contact date"_s)], QString());
    }

    void csvQuotesAndDisarmsFormulas()
    {
        Person p(QDate(2006, 1, 1));
        const QHash<QString, AnnexAStaff> staff {{u"s1"_s, {u"=HYPERLINK(\"x\")"_s, u"North, \"A\" team"_s}}};
        p.allocatedTo(u"s1"_s, QDate(2025, 1, 1));
        p.r.youngPerson.caseSystemRef = u"@SUM(1)"_s;
        p.r.youngPerson.ethnicity = u"-1"_s;
        const QByteArray csv = AnnexA::csv({p.row(staff)});
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 3); // header, row, and the empty rest after the last CRLF
        QVERIFY(csv.endsWith("\r\n"));
        QCOMPARE(lines[0],
                 QByteArray("Child ID,Gender,Ethnicity,Date of birth,Age,Disability,UASC,Allocated team,"
                            "Allocated worker,Allocated PA,Eligibility category,In touch,"
                            "Latest pathway plan review date,Latest contact date,Accommodation type,"
                            "Suitability of accommodation,Activity\r"));
        QCOMPARE(lines[1],
                 QByteArray("'@SUM(1),,'-1,01/01/2006,19,,No,\"North, \"\"A\"\" team\",\"'=HYPERLINK(\"\"x\"\")\","
                            "\"'=HYPERLINK(\"\"x\"\")\",Former relevant,NO,,,,,\r"));
        p.r.youngPerson.caseSystemRef = u"+44\nline"_s;
        QVERIFY(AnnexA::csv({p.row(staff)}).contains("\"'+44\nline\""));
    }

    void fileName() { QCOMPARE(AnnexA::fileName(AsOf, u"xlsx"_s), u"annex-a-list-9-2025-06-30.xlsx"_s); }
};

QTEST_GUILESS_MAIN(TestAnnexA)
#include "tst_annexa.moc"

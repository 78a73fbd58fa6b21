// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "domain/circumstances.h"
#include "domain/people.h"

#include "domaintest.h"

#include <QTest>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {

ActivityPeriod activity(const QString &id, const QDate &from, const QString &code)
{
    ActivityPeriod a;
    a.id = id;
    a.youngPersonId = u"yp-1"_s;
    a.from = from;
    a.code = code;
    a.recordedBy = u"pa-1"_s;
    return a;
}

AccommodationPeriod accommodation(const QString &id, const QDate &from, const QString &type, bool suitable)
{
    AccommodationPeriod a;
    a.id = id;
    a.youngPersonId = u"yp-1"_s;
    a.from = from;
    a.type = type;
    a.suitable = suitable;
    a.recordedBy = u"pa-1"_s;
    return a;
}

InTouchRecord inTouch(const QString &id, const QDate &on, const QString &status)
{
    InTouchRecord t;
    t.id = id;
    t.youngPersonId = u"yp-1"_s;
    t.on = on;
    t.status = status;
    t.recordedBy = u"pa-1"_s;
    return t;
}

ContactLog contactOn(const QString &id, const QDate &day, bool successful = true)
{
    ContactLog c;
    c.id = id;
    c.youngPersonId = u"yp-1"_s;
    c.at = QDateTime(day, QTime(10, 0), Qt::UTC);
    c.kind = successful ? ContactKind::Visit : ContactKind::Attempted;
    c.successful = successful;
    return c;
}

} // namespace

/** The facts OC3 and Annex A need: activity, accommodation, in touch, and a young person's identity codes. */
class TestCircumstances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codeListsAreTheDfEs()
    {
        QCOMPARE(activityCodes().size(), 12);
        QVERIFY(activityCodes().contains(u"F1"_s) && activityCodes().contains(u"0"_s));
        QCOMPARE(inTouchCodes(), (QStringList {u"YES"_s, u"NO"_s, u"DIED"_s, u"REFU"_s, u"NREQ"_s, u"RHOM"_s}));
        QCOMPARE(recordedInTouchCodes(), (QStringList {u"DIED"_s, u"REFU"_s, u"NREQ"_s, u"RHOM"_s}));
        QCOMPARE(ethnicityCodes().size(), 20);
        QVERIFY(ethnicityCodes().contains(u"WBRI"_s) && ethnicityCodes().contains(u"NOBT"_s));
        for (const auto &code : activityCodes())
            QCOMPARE(isNeetActivity(code), code.startsWith(u'G'));
    }

    void roundTrips()
    {
        QVERIFY(DomainTest::roundTrips(activity(u"a-1"_s, QDate(2026, 1, 5), u"F2"_s)));
        QVERIFY(DomainTest::roundTrips(accommodation(u"h-1"_s, QDate(2026, 1, 5), u"U"_s, false)));
        QVERIFY(DomainTest::roundTrips(inTouch(u"t-1"_s, QDate(2026, 1, 5), u"REFU"_s)));
        QVERIFY(DomainTest::roundTrips(ActivityPeriod()));
        QVERIFY(DomainTest::roundTrips(AccommodationPeriod()));
        QVERIFY(DomainTest::roundTrips(InTouchRecord()));
    }

    void validActivityAccommodationAndInTouch()
    {
        QCOMPARE(activity(u"a-1"_s, QDate(2026, 1, 5), u"G5"_s).validateAt(DomainTest::now()), ValidationErrors());
        QCOMPARE(accommodation(u"h-1"_s, QDate(2026, 1, 5), u"S"_s, false).validateAt(DomainTest::now()),
                 ValidationErrors());
        QCOMPARE(inTouch(u"t-1"_s, QDate(2026, 1, 5), u"NREQ"_s).validateAt(DomainTest::now()), ValidationErrors());
    }

    void invalidOnesAreRefused()
    {
        QVERIFY(DomainTest::reports(activity(u"a-1"_s, QDate(2026, 1, 5), u"G7"_s), u"unknown_code"_s, u"code"_s));
        QVERIFY(DomainTest::reports(activity(u"a-1"_s, QDate(), u"F1"_s), u"required"_s, u"from"_s));
        QVERIFY(DomainTest::reports(activity(QString(), QDate(2026, 1, 5), u"F1"_s), u"required"_s, u"id"_s));
        QVERIFY(hasError(activity(u"a-1"_s, QDate(2026, 6, 2), u"F1"_s).validateAt(DomainTest::now()),
                         u"date_in_future"_s, u"from"_s));
        QVERIFY(DomainTest::reports(accommodation(u"h-1"_s, QDate(2026, 1, 5), u"A"_s, true), u"unknown_code"_s,
                                    u"type"_s));
        // Homeless and custody are never suitable (only S2 and X2 exist).
        QVERIFY(DomainTest::reports(accommodation(u"h-1"_s, QDate(2026, 1, 5), u"S"_s, true), u"invalid_combination"_s,
                                    u"suitable"_s));
        QVERIFY(DomainTest::reports(accommodation(u"h-1"_s, QDate(2026, 1, 5), u"X"_s, true), u"invalid_combination"_s,
                                    u"suitable"_s));
        // YES and NO are derived from contact logs, never recorded.
        QVERIFY(DomainTest::reports(inTouch(u"t-1"_s, QDate(2026, 1, 5), u"YES"_s), u"unknown_code"_s, u"status"_s));
        QVERIFY(DomainTest::reports(inTouch(u"t-1"_s, QDate(2026, 1, 5), u"NO"_s), u"unknown_code"_s, u"status"_s));
        QVERIFY(hasError(inTouch(u"t-1"_s, QDate(2026, 6, 2), u"DIED"_s).validateAt(DomainTest::now()),
                         u"date_in_future"_s, u"on"_s));
    }

    void accomCodeIsLetterAndSuitability()
    {
        QCOMPARE(accommodation(u"h-1"_s, QDate(2026, 1, 5), u"U"_s, true).accomCode(), u"U1"_s);
        QCOMPARE(accommodation(u"h-1"_s, QDate(2026, 1, 5), u"S"_s, false).accomCode(), u"S2"_s);
    }

    void theRecordInForceIsTheLatestStarted()
    {
        const QList<ActivityPeriod> history {activity(u"a-2"_s, QDate(2026, 3, 1), u"G5"_s),
                                             activity(u"a-1"_s, QDate(2025, 9, 1), u"F2"_s),
                                             activity(u"a-3"_s, QDate(2026, 5, 1), u"F5"_s)};
        QVERIFY(!activityOn(history, QDate(2025, 8, 31)));
        QCOMPARE(activityOn(history, QDate(2025, 9, 1))->code, u"F2"_s);
        QCOMPARE(activityOn(history, QDate(2026, 4, 30))->code, u"G5"_s);
        QCOMPARE(activityOn(history, QDate(2026, 5, 1))->code, u"F5"_s);
        auto deleted = history;
        deleted[2].deleted = true;
        QCOMPARE(activityOn(deleted, QDate(2026, 5, 1))->code, u"G5"_s);
        const QList<AccommodationPeriod> homes {accommodation(u"h-1"_s, QDate(2025, 1, 1), u"D"_s, true),
                                                accommodation(u"h-2"_s, QDate(2026, 2, 1), u"W"_s, false)};
        QCOMPARE(accommodationOn(homes, QDate(2026, 1, 31))->accomCode(), u"D1"_s);
        QCOMPARE(accommodationOn(homes, QDate(2026, 2, 1))->accomCode(), u"W2"_s);
    }

    void neetRunsAcrossNeetCodes()
    {
        const QList<ActivityPeriod> history {activity(u"a-1"_s, QDate(2025, 9, 1), u"F2"_s),
                                             activity(u"a-2"_s, QDate(2026, 1, 10), u"G5"_s),
                                             activity(u"a-3"_s, QDate(2026, 3, 1), u"G6"_s)};
        QVERIFY(!neetSince(history, QDate(2026, 1, 9)));
        QCOMPARE(neetSince(history, QDate(2026, 1, 10)), QDate(2026, 1, 10));
        // Pregnancy after "other" NEET is the same NEET run.
        QCOMPARE(neetSince(history, QDate(2026, 4, 1)), QDate(2026, 1, 10));
        auto back = history;
        back.append(activity(u"a-4"_s, QDate(2026, 4, 2), u"P5"_s));
        QVERIFY(!neetSince(back, QDate(2026, 4, 2)));
        QVERIFY(!neetSince({}, QDate(2026, 4, 2)));
    }

    void inTouchFromContactsAndRecords()
    {
        const QDate first(2026, 1, 1);
        const QDate last(2026, 3, 1);
        QCOMPARE(inTouchCode(first, last, {}, {}), u"NO"_s);
        QCOMPARE(inTouchCode(first, last, {contactOn(u"c-1"_s, QDate(2026, 2, 1))}, {}), u"YES"_s);
        // An attempt is not being in touch; nor is contact outside the window.
        QCOMPARE(inTouchCode(first, last, {contactOn(u"c-1"_s, QDate(2026, 2, 1), false)}, {}), u"NO"_s);
        QCOMPARE(inTouchCode(first, last, {contactOn(u"c-1"_s, QDate(2025, 12, 31))}, {}), u"NO"_s);
        QCOMPARE(inTouchCode(first, last, {contactOn(u"c-1"_s, QDate(2026, 3, 2))}, {}), u"NO"_s);
        // The first and last days belong to the window.
        QCOMPARE(inTouchCode(first, last, {contactOn(u"c-1"_s, first)}, {}), u"YES"_s);
        QCOMPARE(inTouchCode(first, last, {contactOn(u"c-1"_s, last)}, {}), u"YES"_s);
        // What the PA recorded holds until a later contact.
        QCOMPARE(inTouchCode(first, last, {}, {inTouch(u"t-1"_s, QDate(2025, 6, 1), u"REFU"_s)}), u"REFU"_s);
        QCOMPARE(inTouchCode(first, last, {contactOn(u"c-1"_s, QDate(2025, 7, 1))},
                             {inTouch(u"t-1"_s, QDate(2025, 6, 1), u"REFU"_s)}),
                 u"NO"_s);
        QCOMPARE(inTouchCode(first, last, {contactOn(u"c-1"_s, QDate(2025, 5, 1))},
                             {inTouch(u"t-1"_s, QDate(2025, 6, 1), u"NREQ"_s)}),
                 u"NREQ"_s);
        // A record after the window does not reach back.
        QCOMPARE(inTouchCode(first, last, {}, {inTouch(u"t-1"_s, QDate(2026, 3, 2), u"RHOM"_s)}), u"NO"_s);
        // A contact in the window beats a refusal; nothing beats DIED, once recorded.
        QCOMPARE(inTouchCode(first, last, {contactOn(u"c-1"_s, QDate(2026, 2, 1))},
                             {inTouch(u"t-1"_s, QDate(2026, 1, 15), u"REFU"_s)}),
                 u"YES"_s);
        QCOMPARE(inTouchCode(first, last, {contactOn(u"c-1"_s, QDate(2026, 2, 1))},
                             {inTouch(u"t-1"_s, QDate(2024, 1, 15), u"DIED"_s)}),
                 u"DIED"_s);
        auto withdrawn = inTouch(u"t-1"_s, QDate(2024, 1, 15), u"DIED"_s);
        withdrawn.deleted = true;
        QCOMPARE(inTouchCode(first, last, {}, {withdrawn}), u"NO"_s);
    }

    void youngPersonIdentityCodes()
    {
        YoungPerson p;
        p.id = u"yp-1"_s;
        p.authorityId = u"auth-1"_s;
        p.displayName = u"Sam"_s;
        p.dateOfBirth = QDate(2007, 3, 4);
        p.gender = u"female"_s;
        p.ethnicity = u"BAFR"_s;
        p.disability = false;
        QCOMPARE(p.validate(), ValidationErrors());
        QVERIFY(DomainTest::roundTrips(p));
        QCOMPARE(YoungPerson::fromJson(p.toJson())->disability, std::optional<bool>(false));
        p.ethnicity = u"XXXX"_s;
        p.gender = u"f"_s;
        QVERIFY(DomainTest::reports(p, u"unknown_code"_s, u"ethnicity"_s));
        QVERIFY(DomainTest::reports(p, u"unknown_code"_s, u"gender"_s));
        // Not recorded is allowed, and stays out of the JSON.
        YoungPerson blank = p;
        blank.gender.clear();
        blank.ethnicity.clear();
        blank.disability.reset();
        QCOMPARE(blank.validate(), ValidationErrors());
        QVERIFY(!blank.toJson().contains(u"disability"_s));
    }
};

QTEST_GUILESS_MAIN(TestCircumstances)
#include "tst_circumstances.moc"

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "domain/people.h"

#include "domaintest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {

YoungPerson goodPerson()
{
    YoungPerson p;
    p.id = u"yp-1"_s;
    p.authorityId = u"la-1"_s;
    p.displayName = u"Dawit"_s;
    p.legalName = u"Dawit Haile"_s;
    p.dateOfBirth = QDate(2008, 3, 14);
    p.pronouns = u"he/him"_s;
    p.firstLanguage = u"ti"_s;
    p.uasc = true;
    p.accessibilityNeeds = {u"interpreter"_s, u"large_text"_s};
    p.caseSystemRef = u"NB40100"_s;
    p.care.weeksInCareSince14 = 60;
    p.care.lookedAfterAfter16 = true;
    p.care.leftCareOn = QDate(2026, 3, 14);
    p.care.inAgreedEducation = true;
    return p;
}

StaffMember goodStaff()
{
    StaffMember s;
    s.id = u"staff-1"_s;
    s.authorityId = u"la-1"_s;
    s.teamId = u"team-1"_s;
    s.displayName = u"Amina Yusuf"_s;
    s.email = u"amina.yusuf@example.org"_s;
    s.role = Role::Manager;
    s.active = false;
    return s;
}

Allocation allocation(const QString &id, const QDate &from, std::optional<QDate> until)
{
    Allocation a;
    a.id = id;
    a.youngPersonId = u"yp-1"_s;
    a.staffId = u"pa-"_s + id;
    a.from = from;
    a.until = until;
    a.allocatedBy = u"manager-1"_s;
    a.reason = u"New PA"_s;
    return a;
}

/** Care-history shapes for the category table. */
CareHistory care(const QString &shape)
{
    CareHistory c;
    if (shape == u"looked_after_13"_s) {
        c.weeksInCareSince14 = 13;
        c.lookedAfterAfter16 = true;
        c.stillLookedAfter = true;
    } else if (shape == u"looked_after_12"_s) {
        c.weeksInCareSince14 = 12;
        c.lookedAfterAfter16 = true;
        c.stillLookedAfter = true;
    } else if (shape == u"left_13"_s) {
        c.weeksInCareSince14 = 13;
        c.lookedAfterAfter16 = true;
        c.leftCareOn = QDate(2024, 9, 1);
    } else if (shape == u"left_12"_s) {
        c.weeksInCareSince14 = 12;
        c.lookedAfterAfter16 = true;
        c.leftCareOn = QDate(2024, 9, 1);
    } else if (shape == u"left_13_education"_s) {
        c.weeksInCareSince14 = 13;
        c.lookedAfterAfter16 = true;
        c.leftCareOn = QDate(2024, 9, 1);
        c.inAgreedEducation = true;
    } else if (shape == u"left_13_requested"_s) {
        c.weeksInCareSince14 = 13;
        c.lookedAfterAfter16 = true;
        c.leftCareOn = QDate(2024, 9, 1);
        c.supportRequestedTo25 = true;
    } else if (shape == u"left_12_education"_s) {
        c.weeksInCareSince14 = 12;
        c.lookedAfterAfter16 = true;
        c.leftCareOn = QDate(2024, 9, 1);
        c.inAgreedEducation = true;
    } else if (shape == u"sgo"_s) {
        c.weeksInCareSince14 = 100;
        c.lookedAfterAfter16 = true;
        c.specialGuardianshipOrder = true;
        c.leftCareOn = QDate(2024, 9, 1);
    } else if (shape == u"left_before_16"_s) {
        c.weeksInCareSince14 = 80;
        c.lookedAfterAfter16 = false;
        c.leftCareOn = QDate(2023, 1, 1);
    } else if (shape == u"never"_s) {
        // nothing
    }
    return c;
}

} // namespace

class TestPeople : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes()
    {
        const QStringList codes {u"eligible"_s, u"relevant"_s, u"former_relevant"_s, u"qualifying"_s,
                                 u"not_a_care_leaver"_s};
        QCOMPARE(allLegalCategories().size(), codes.size());
        for (qsizetype i = 0; i < codes.size(); ++i) {
            QCOMPARE(toCode(allLegalCategories().at(i)), codes.at(i));
            QCOMPARE(legalCategoryFromCode(codes.at(i)), allLegalCategories().at(i));
        }
        QVERIFY(!legalCategoryFromCode(u"Eligible"_s));
        QCOMPARE(toCode(Role::PersonalAdviser), u"pa"_s);
        QCOMPARE(staffRoleFromCode(u"manager"_s), Role::Manager);
        QCOMPARE(staffRoleFromCode(u"admin"_s), Role::Admin);
        QVERIFY(!staffRoleFromCode(u"boss"_s));
        QVERIFY(!staffRoleFromCode(u"young_person"_s)); // a staff record never holds a young person's role
    }

    void ageOn_data()
    {
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("age");
        QTest::newRow("day before 18th birthday") << QDate(2008, 6, 15) << QDate(2026, 6, 14) << 17;
        QTest::newRow("18th birthday") << QDate(2008, 6, 15) << QDate(2026, 6, 15) << 18;
        QTest::newRow("day after") << QDate(2008, 6, 15) << QDate(2026, 6, 16) << 18;
        QTest::newRow("earlier month") << QDate(2008, 6, 15) << QDate(2026, 5, 30) << 17;
        QTest::newRow("born 31 Dec, 1 Jan") << QDate(2007, 12, 31) << QDate(2026, 1, 1) << 18;
        QTest::newRow("29 Feb, 28 Feb common year") << QDate(2008, 2, 29) << QDate(2026, 2, 28) << 17;
        QTest::newRow("29 Feb, 1 Mar common year") << QDate(2008, 2, 29) << QDate(2026, 3, 1) << 18;
        QTest::newRow("29 Feb, 28 Feb leap year") << QDate(2008, 2, 29) << QDate(2024, 2, 28) << 15;
        QTest::newRow("29 Feb, 29 Feb leap year") << QDate(2008, 2, 29) << QDate(2024, 2, 29) << 16;
        QTest::newRow("birth day") << QDate(2008, 2, 29) << QDate(2008, 2, 29) << 0;
    }

    void ageOn()
    {
        QFETCH(QDate, born);
        QFETCH(QDate, day);
        QFETCH(int, age);
        YoungPerson p;
        p.dateOfBirth = born;
        QCOMPARE(p.ageOn(day), age);
    }

    void legalCategory_data()
    {
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<LegalCategory>("expected");
        const QDate b(2008, 6, 15);
        using LC = LegalCategory;
        // 16th birthday
        QTest::newRow("looked after 13w, day before 16")
            << b << u"looked_after_13"_s << QDate(2024, 6, 14) << LC::NotACareLeaver;
        QTest::newRow("looked after 13w, on 16th birthday")
            << b << u"looked_after_13"_s << QDate(2024, 6, 15) << LC::Eligible;
        // 13 weeks
        QTest::newRow("looked after 12w at 17") << b << u"looked_after_12"_s << QDate(2025, 7, 1) << LC::Qualifying;
        QTest::newRow("looked after 13w at 17") << b << u"looked_after_13"_s << QDate(2025, 7, 1) << LC::Eligible;
        QTest::newRow("left 12w at 17") << b << u"left_12"_s << QDate(2025, 7, 1) << LC::Qualifying;
        QTest::newRow("left 13w at 17") << b << u"left_13"_s << QDate(2025, 7, 1) << LC::Relevant;
        // 18th birthday
        QTest::newRow("left 13w, day before 18") << b << u"left_13"_s << QDate(2026, 6, 14) << LC::Relevant;
        QTest::newRow("left 13w, on 18th birthday") << b << u"left_13"_s << QDate(2026, 6, 15) << LC::FormerRelevant;
        QTest::newRow("still looked after at 18")
            << b << u"looked_after_13"_s << QDate(2026, 6, 15) << LC::FormerRelevant;
        // 21st birthday
        QTest::newRow("left 13w, day before 21") << b << u"left_13"_s << QDate(2029, 6, 14) << LC::FormerRelevant;
        QTest::newRow("left 13w, on 21st birthday") << b << u"left_13"_s << QDate(2029, 6, 15) << LC::NotACareLeaver;
        QTest::newRow("in education, on 21st birthday")
            << b << u"left_13_education"_s << QDate(2029, 6, 15) << LC::FormerRelevant;
        QTest::newRow("requested to 25, on 21st birthday")
            << b << u"left_13_requested"_s << QDate(2029, 6, 15) << LC::FormerRelevant;
        // 25th birthday
        QTest::newRow("in education, day before 25")
            << b << u"left_13_education"_s << QDate(2033, 6, 14) << LC::FormerRelevant;
        QTest::newRow("in education, on 25th birthday")
            << b << u"left_13_education"_s << QDate(2033, 6, 15) << LC::NotACareLeaver;
        QTest::newRow("requested, on 25th birthday")
            << b << u"left_13_requested"_s << QDate(2033, 6, 15) << LC::NotACareLeaver;
        // Qualifying: 16 to 21, not extended by education
        QTest::newRow("sgo, day before 16") << b << u"sgo"_s << QDate(2024, 6, 14) << LC::NotACareLeaver;
        QTest::newRow("sgo, on 16th birthday") << b << u"sgo"_s << QDate(2024, 6, 15) << LC::Qualifying;
        QTest::newRow("sgo at 19 with 100 weeks") << b << u"sgo"_s << QDate(2027, 7, 1) << LC::Qualifying;
        QTest::newRow("sgo, day before 21") << b << u"sgo"_s << QDate(2029, 6, 14) << LC::Qualifying;
        QTest::newRow("sgo, on 21st birthday") << b << u"sgo"_s << QDate(2029, 6, 15) << LC::NotACareLeaver;
        QTest::newRow("left 12w, day before 21") << b << u"left_12"_s << QDate(2029, 6, 14) << LC::Qualifying;
        QTest::newRow("left 12w, on 21st birthday") << b << u"left_12"_s << QDate(2029, 6, 15) << LC::NotACareLeaver;
        QTest::newRow("left 12w in education at 22")
            << b << u"left_12_education"_s << QDate(2030, 7, 1) << LC::NotACareLeaver;
        // Never looked after after 16, or never at all
        QTest::newRow("in care only before 16") << b << u"left_before_16"_s << QDate(2025, 7, 1) << LC::NotACareLeaver;
        QTest::newRow("never looked after") << b << u"never"_s << QDate(2025, 7, 1) << LC::NotACareLeaver;
        // 29 February births reach 18 on 1 March in common years
        const QDate leap(2008, 2, 29);
        QTest::newRow("29 Feb, 28 Feb at 17") << leap << u"left_13"_s << QDate(2026, 2, 28) << LC::Relevant;
        QTest::newRow("29 Feb, 1 Mar at 18") << leap << u"left_13"_s << QDate(2026, 3, 1) << LC::FormerRelevant;
        QTest::newRow("29 Feb, leap-year 16th birthday")
            << leap << u"looked_after_13"_s << QDate(2024, 2, 29) << LC::Eligible;
        QTest::newRow("29 Feb, day before") << leap << u"looked_after_13"_s << QDate(2024, 2, 28) << LC::NotACareLeaver;
        QTest::newRow("29 Feb, 28 Feb before 21") << leap << u"left_13"_s << QDate(2029, 2, 28) << LC::FormerRelevant;
        QTest::newRow("29 Feb, 1 Mar at 21") << leap << u"left_13"_s << QDate(2029, 3, 1) << LC::NotACareLeaver;
        // No date of birth: nothing can be derived
        QTest::newRow("no date of birth") << QDate() << u"left_13"_s << QDate(2026, 1, 1) << LC::NotACareLeaver;
    }

    void legalCategory()
    {
        QFETCH(QDate, born);
        QFETCH(QString, shape);
        QFETCH(QDate, day);
        QFETCH(LegalCategory, expected);
        YoungPerson p;
        p.dateOfBirth = born;
        p.care = care(shape);
        QCOMPARE(toCode(p.legalCategoryOn(day)), toCode(expected));
    }

    void youngPersonJson()
    {
        QVERIFY(DomainTest::roundTrips(goodPerson()));
        QVERIFY(DomainTest::roundTrips(YoungPerson()));
        QVERIFY(DomainTest::matchesGolden(u"young_person.json"_s, goodPerson().toJson()));
        const QJsonObject json = goodPerson().toJson();
        QCOMPARE(json.value(u"dateOfBirth"_s).toString(), u"2008-03-14"_s);
        QCOMPARE(json.value(u"care"_s).toObject().value(u"leftCareOn"_s).toString(), u"2026-03-14"_s);
        YoungPerson sparse = goodPerson();
        sparse.legalName.clear();
        sparse.accessibilityNeeds.clear();
        sparse.care.leftCareOn.reset();
        const QJsonObject sparseJson = sparse.toJson();
        QVERIFY(!sparseJson.contains(u"legalName"_s));
        QVERIFY(!sparseJson.contains(u"accessibilityNeeds"_s));
        QVERIFY(!sparseJson.value(u"care"_s).toObject().contains(u"leftCareOn"_s));
    }

    void youngPersonRejectsWrongTypes()
    {
        const QJsonObject good = goodPerson().toJson();
        for (const QString &key : good.keys()) {
            QJsonObject json = good;
            json.insert(key, good.value(key).isString() ? QJsonValue(1) : QJsonValue(u"x"_s));
            QVERIFY2(!YoungPerson::fromJson(json), qPrintable(key));
        }
        for (const QString &key : good.value(u"care"_s).toObject().keys()) {
            QJsonObject careJson = good.value(u"care"_s).toObject();
            careJson.insert(key, QJsonValue(QJsonArray {}));
            QJsonObject json = good;
            json.insert(u"care"_s, careJson);
            QVERIFY2(!YoungPerson::fromJson(json), qPrintable(key));
        }
        QJsonObject json = good;
        json.insert(u"dateOfBirth"_s, u"14/03/2008"_s);
        QVERIFY(!YoungPerson::fromJson(json));
        json = good;
        json.insert(u"unknownFutureField"_s, true);
        QCOMPARE(YoungPerson::fromJson(json)->toJson(), good);
    }

    void youngPersonValidation()
    {
        QCOMPARE(goodPerson().validateAt(DomainTest::now()), ValidationErrors());
        const ValidationErrors empty = YoungPerson().validate();
        for (const QString &field : {u"id"_s, u"authorityId"_s, u"displayName"_s, u"dateOfBirth"_s})
            QVERIFY2(hasError(empty, u"required"_s, field), qPrintable(field));

        YoungPerson p = goodPerson();
        p.dateOfBirth = DomainTest::now().date().addDays(1);
        p.care.leftCareOn = DomainTest::now().date().addDays(2);
        QVERIFY(hasError(p.validateAt(DomainTest::now()), u"date_in_future"_s, u"dateOfBirth"_s));
        QVERIFY(hasError(p.validateAt(DomainTest::now()), u"date_in_future"_s, u"care.leftCareOn"_s));
        p.dateOfBirth = DomainTest::now().date();
        QVERIFY(!hasError(p.validateAt(DomainTest::now()), u"date_in_future"_s, u"dateOfBirth"_s));

        p = goodPerson();
        p.care.weeksInCareSince14 = -1;
        QVERIFY(DomainTest::reports(p, u"out_of_range"_s, u"care.weeksInCareSince14"_s));
        p = goodPerson();
        p.care.stillLookedAfter = true;
        QVERIFY(DomainTest::reports(p, u"invalid_combination"_s, u"care.leftCareOn"_s));
        p.care.leftCareOn.reset();
        p.care.specialGuardianshipOrder = true;
        QVERIFY(DomainTest::reports(p, u"invalid_combination"_s, u"care.specialGuardianshipOrder"_s));
        p = goodPerson();
        p.care.leftCareOn = p.dateOfBirth.addDays(-1);
        QVERIFY(DomainTest::reports(p, u"invalid_combination"_s, u"care.leftCareOn"_s));

        p = goodPerson();
        p.displayName = QString(MaxShortText + 1, u'a');
        QVERIFY(DomainTest::reports(p, u"too_long"_s, u"displayName"_s));
        p = goodPerson();
        p.accessibilityNeeds.append(QString(MaxShortText + 1, u'a'));
        QVERIFY(DomainTest::reports(p, u"too_long"_s, u"accessibilityNeeds.2"_s));
        for (const QString &tag : {u"english"_s, u"e"_s, u"en_GB"_s}) {
            p = goodPerson();
            p.firstLanguage = tag;
            QVERIFY2(DomainTest::reports(p, u"invalid_format"_s, u"firstLanguage"_s), qPrintable(tag));
        }
        for (const QString &tag : {u"en-GB"_s, u"ckb"_s, u"fa-AF"_s, u"sr-Latn-RS"_s}) {
            p = goodPerson();
            p.firstLanguage = tag;
            QCOMPARE(p.validate(), ValidationErrors());
        }
    }

    void staff()
    {
        QVERIFY(DomainTest::roundTrips(goodStaff()));
        QCOMPARE(goodStaff().toJson().value(u"role"_s).toString(), u"manager"_s);
        QCOMPARE(goodStaff().validate(), ValidationErrors());
        QJsonObject json = goodStaff().toJson();
        json.insert(u"role"_s, u"chief"_s);
        QVERIFY(!StaffMember::fromJson(json));
        json = goodStaff().toJson();
        json.insert(u"active"_s, u"yes"_s);
        QVERIFY(!StaffMember::fromJson(json));
        json = goodStaff().toJson();
        json.remove(u"active"_s);
        QCOMPARE(StaffMember::fromJson(json)->active, true);

        const ValidationErrors empty = StaffMember().validate();
        for (const QString &field : {u"id"_s, u"authorityId"_s, u"displayName"_s})
            QVERIFY(hasError(empty, u"required"_s, field));
        StaffMember s = goodStaff();
        s.email = u"not an address"_s;
        QVERIFY(DomainTest::reports(s, u"invalid_format"_s, u"email"_s));
        s.email = QString(MaxShortText, u'a') + u"@example.org"_s;
        QVERIFY(DomainTest::reports(s, u"too_long"_s, u"email"_s));
    }

    void allocationJsonAndValidation()
    {
        const Allocation a = allocation(u"1"_s, QDate(2025, 1, 1), QDate(2025, 6, 30));
        QVERIFY(DomainTest::roundTrips(a));
        QVERIFY(DomainTest::roundTrips(allocation(u"2"_s, QDate(2025, 1, 1), std::nullopt)));
        QVERIFY(!allocation(u"2"_s, QDate(2025, 1, 1), std::nullopt).toJson().contains(u"until"_s));
        QCOMPARE(a.validate(), ValidationErrors());
        QJsonObject json = a.toJson();
        json.insert(u"until"_s, 20250630);
        QVERIFY(!Allocation::fromJson(json));

        const ValidationErrors empty = Allocation().validate();
        for (const QString &field : {u"id"_s, u"youngPersonId"_s, u"staffId"_s, u"from"_s})
            QVERIFY(hasError(empty, u"required"_s, field));
        QVERIFY(DomainTest::reports(allocation(u"1"_s, QDate(2025, 1, 2), QDate(2025, 1, 1)), u"invalid_combination"_s,
                                    u"until"_s));
        QCOMPARE(allocation(u"1"_s, QDate(2025, 1, 2), QDate(2025, 1, 2)).validate(), ValidationErrors());
        Allocation longReason = a;
        longReason.reason = QString(MaxLineText + 1, u'r');
        QVERIFY(DomainTest::reports(longReason, u"too_long"_s, u"reason"_s));
    }

    void isCurrentOn()
    {
        const Allocation a = allocation(u"1"_s, QDate(2025, 1, 10), QDate(2025, 3, 31));
        QVERIFY(!a.isCurrentOn(QDate(2025, 1, 9)));
        QVERIFY(a.isCurrentOn(QDate(2025, 1, 10)));
        QVERIFY(a.isCurrentOn(QDate(2025, 3, 31))); // until is the last day
        QVERIFY(!a.isCurrentOn(QDate(2025, 4, 1)));
        QVERIFY(allocation(u"2"_s, QDate(2025, 1, 10), std::nullopt).isCurrentOn(QDate(2040, 1, 1)));
        QVERIFY(!Allocation().isCurrentOn(QDate(2025, 1, 1)));
    }

    void currentAllocationPicksTheLatest()
    {
        const Allocation first = allocation(u"a"_s, QDate(2024, 1, 1), QDate(2025, 3, 1));
        const Allocation second = allocation(u"b"_s, QDate(2025, 3, 1), std::nullopt);
        const Allocation future = allocation(u"c"_s, QDate(2027, 1, 1), std::nullopt);
        const QList<Allocation> history {second, future, first};
        QCOMPARE(currentAllocation(history, QDate(2024, 6, 1))->id, u"a"_s);
        QCOMPARE(currentAllocation(history, QDate(2025, 3, 1))->id, u"b"_s); // handover day: the newer one
        QCOMPARE(currentAllocation(history, QDate(2026, 1, 1))->id, u"b"_s);
        QCOMPARE(currentAllocation(history, QDate(2027, 1, 1))->id, u"c"_s);
        QVERIFY(!currentAllocation(history, QDate(2023, 1, 1)));
        QVERIFY(!currentAllocation({first}, QDate(2025, 3, 2))); // ended: unallocated
        QVERIFY(!currentAllocation({}, QDate(2025, 3, 2)));
        // Same start: the answer does not depend on the list order.
        const Allocation twinA = allocation(u"x"_s, QDate(2025, 5, 1), std::nullopt);
        const Allocation twinB = allocation(u"y"_s, QDate(2025, 5, 1), std::nullopt);
        QCOMPARE(currentAllocation({twinA, twinB}, QDate(2025, 6, 1))->id, u"y"_s);
        QCOMPARE(currentAllocation({twinB, twinA}, QDate(2025, 6, 1))->id, u"y"_s);
    }

    void newIds()
    {
        const QString a = newId();
        QCOMPARE(a.size(), 36);
        QVERIFY(!a.startsWith(u'{'));
        QVERIFY(a != newId());
        // Version 7 (time-ordered), RFC 9562 variant, and it parses as a UUID.
        const QUuid uuid(a);
        QVERIFY(!uuid.isNull());
        QCOMPARE(a.at(14), u'7');
        QVERIFY(QStringView(u"89ab").contains(a.at(19)));
        // Its first 48 bits are the time it was made: ids made later sort later.
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString made = newId();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        const qint64 stamp = QString(made.left(8) + made.mid(9, 4)).toLongLong(nullptr, 16);
        QVERIFY(stamp >= before && stamp <= after);
        QTest::qWait(2);
        QVERIFY(newId() > made);
        // Unique in bulk, including within one millisecond.
        QSet<QString> many;
        for (int i = 0; i < 10000; ++i) {
            many.insert(newId());
        }
        QCOMPARE(many.size(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestPeople)
#include "tst_people.moc"

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "domain/localoffer.h"

#include "domaintest.h"

#include <QJsonArray>
#include <QTest>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {

const QDate day(2026, 6, 1);

OfferItem goodItem()
{
    OfferItem o;
    o.id = u"offer-1"_s;
    o.authorityId = u"la-1"_s;
    o.catalogueVersion = 2;
    o.title = u"Higher Education Bursary"_s;
    o.plainDescription = u"£2,000 from us if you go to university."_s;
    o.howToClaim = u"Tell your PA when you get your place."_s;
    o.amountPence = 200000;
    o.amountPeriod = u"once"_s;
    o.category = u"education"_s;
    o.eligibility.minAge = 17;
    o.eligibility.maxAge = 24;
    o.eligibility.categories = {LegalCategory::Relevant, LegalCategory::FormerRelevant};
    o.eligibility.circumstances = {u"in_higher_education"_s};
    o.national = true;
    return o;
}

Entitlement goodEntitlement()
{
    Entitlement e;
    e.id = u"ent-1"_s;
    e.youngPersonId = u"yp-1"_s;
    e.offerItemId = u"offer-1"_s;
    e.status = EntitlementStatus::Claimed;
    e.statusSince = QDate(2026, 5, 2);
    e.notes = u"Form sent to finance."_s;
    return e;
}

/** A former relevant young person of `age` on `day`, left care at 18. */
YoungPerson formerRelevant(int age)
{
    YoungPerson p;
    p.id = u"yp-1"_s;
    p.dateOfBirth = day.addYears(-age);
    p.care.weeksInCareSince14 = 100;
    p.care.lookedAfterAfter16 = true;
    p.care.leftCareOn = p.dateOfBirth.addYears(18);
    p.care.inAgreedEducation = true;
    return p;
}

} // namespace

class TestLocalOffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes()
    {
        for (EntitlementStatus s :
             {EntitlementStatus::NotClaimed, EntitlementStatus::Asked, EntitlementStatus::Claimed,
              EntitlementStatus::Received, EntitlementStatus::NotEligible, EntitlementStatus::Declined})
            QCOMPARE(entitlementStatusFromCode(toCode(s)), s);
        QCOMPARE(toCode(EntitlementStatus::NotEligible), u"not_eligible"_s);
        QVERIFY(!entitlementStatusFromCode(u"paid"_s));
        QCOMPARE(offerCircumstanceCodes().size(), 8);
        QVERIFY(offerCategoryCodes().contains(u"travel"_s));
        QCOMPARE(offerAmountPeriodCodes(), (QStringList {u"once"_s, u"year"_s, u"month"_s, u"week"_s}));
    }

    void json()
    {
        QVERIFY(DomainTest::roundTrips(goodItem()));
        QVERIFY(DomainTest::roundTrips(goodEntitlement()));
        QVERIFY(DomainTest::roundTrips(OfferItem()));
        QVERIFY(DomainTest::roundTrips(Entitlement()));
        QVERIFY(DomainTest::matchesGolden(u"offer_item.json"_s, goodItem().toJson()));
        const QJsonObject eligibility = goodItem().toJson().value(u"eligibility"_s).toObject();
        QCOMPARE(eligibility.value(u"categories"_s).toArray(), (QJsonArray {u"relevant"_s, u"former_relevant"_s}));
        QCOMPARE(goodItem().toJson().value(u"amountPence"_s).toInteger(), 200000);
        OfferItem service = goodItem();
        service.amountPence.reset();
        service.amountPeriod.clear();
        QVERIFY(!service.toJson().contains(u"amountPence"_s));
        QCOMPARE(OfferItem::fromJson(service.toJson())->amountPence, std::nullopt);
        // A zero amount is still an amount.
        service.amountPence = 0;
        QCOMPARE(OfferItem::fromJson(service.toJson())->amountPence, std::optional<qint64>(0));
    }

    void translations()
    {
        OfferItem item = goodItem();
        item.translations.insert(u"ar"_s, {u"منحة التعليم العالي"_s, u"2000 جنيه منّا"_s, {}});
        item.translations.insert(u"ti"_s, {u"ሓገዝ"_s, u"£2,000"_s, u"ንኣማኻሪኻ ንገሮ"_s});
        QVERIFY(DomainTest::roundTrips(item));
        const std::optional<OfferItem> back = OfferItem::fromJson(item.toJson());
        QVERIFY(back);
        QCOMPARE(back->translations.value(u"ti"_s).howToClaim, u"ንኣማኻሪኻ ንገሮ"_s);
        QVERIFY(item.validate().isEmpty());
        // The language's words where there are some, English for a field left empty, English for other languages.
        QCOMPARE(item.textIn(u"ar"_s).title, u"منحة التعليم العالي"_s);
        QCOMPARE(item.textIn(u"ar-EG"_s).plainDescription, u"2000 جنيه منّا"_s);
        QCOMPARE(item.textIn(u"ar"_s).howToClaim, item.howToClaim);
        QCOMPARE(item.textIn(u"fa"_s).title, item.title);
        QCOMPARE(item.textIn(u"en-GB"_s).title, item.title);
        // An item without translations writes none.
        QVERIFY(!goodItem().toJson().contains(u"translations"_s));
        // A language that is not a language tag, or words that are too long, are refused.
        OfferItem bad = goodItem();
        bad.translations.insert(u"not a language"_s, {u"x"_s, {}, {}});
        QVERIFY(DomainTest::reports(bad, u"invalid_format"_s, u"translations.not a language"_s));
        bad = goodItem();
        bad.translations.insert(u"so"_s, {QString(1000, u'x'), {}, {}});
        QVERIFY(DomainTest::reports(bad, u"too_long"_s, u"translations.so.title"_s));
        // Words that are not text are refused when read.
        QJsonObject json = item.toJson();
        json.insert(u"translations"_s, QJsonObject {{u"ar"_s, u"text"_s}});
        QVERIFY(!OfferItem::fromJson(json));
    }

    void rejectsWrongTypes()
    {
        for (const QJsonObject &good : {goodItem().toJson(), goodEntitlement().toJson()}) {
            const bool isItem = good.contains(u"eligibility"_s);
            for (const QString &key : good.keys()) {
                QJsonObject json = good;
                json.insert(key, good.value(key).isString() ? QJsonValue(true) : QJsonValue(u"x"_s));
                QVERIFY2(isItem ? !OfferItem::fromJson(json) : !Entitlement::fromJson(json), qPrintable(key));
            }
        }
        QJsonObject json = goodItem().toJson();
        QJsonObject eligibility = json.value(u"eligibility"_s).toObject();
        eligibility.insert(u"categories"_s, QJsonArray {u"care_leaver"_s});
        json.insert(u"eligibility"_s, eligibility);
        QVERIFY(!OfferItem::fromJson(json));
        eligibility.insert(u"categories"_s, QJsonArray {});
        eligibility.insert(u"minAge"_s, 16.5);
        json.insert(u"eligibility"_s, eligibility);
        QVERIFY(!OfferItem::fromJson(json));
        json = goodItem().toJson();
        json.insert(u"amountPence"_s, 12.34);
        QVERIFY(!OfferItem::fromJson(json));
        json = goodEntitlement().toJson();
        json.insert(u"status"_s, u"paid"_s);
        QVERIFY(!Entitlement::fromJson(json));
    }

    void itemValidation()
    {
        QCOMPARE(goodItem().validate(), ValidationErrors());
        const ValidationErrors empty = OfferItem().validate();
        for (const QString &field :
             {u"id"_s, u"authorityId"_s, u"title"_s, u"plainDescription"_s, u"howToClaim"_s, u"category"_s})
            QVERIFY2(hasError(empty, u"required"_s, field), qPrintable(field));
        OfferItem o = goodItem();
        o.amountPence = -1;
        QVERIFY(DomainTest::reports(o, u"out_of_range"_s, u"amountPence"_s));
        o = goodItem();
        o.catalogueVersion = 0;
        QVERIFY(DomainTest::reports(o, u"out_of_range"_s, u"catalogueVersion"_s));
        o = goodItem();
        o.eligibility.minAge = -1;
        QVERIFY(DomainTest::reports(o, u"out_of_range"_s, u"eligibility.minAge"_s));
        o = goodItem();
        o.eligibility.maxAge = 31;
        QVERIFY(DomainTest::reports(o, u"out_of_range"_s, u"eligibility.maxAge"_s));
        o = goodItem();
        o.eligibility.minAge = 22;
        o.eligibility.maxAge = 21;
        QVERIFY(DomainTest::reports(o, u"out_of_range"_s, u"eligibility.maxAge"_s));
        o.eligibility.maxAge = 22;
        QCOMPARE(o.validate(), ValidationErrors());
        o = goodItem();
        o.eligibility.circumstances.append(u"rich"_s);
        QVERIFY(DomainTest::reports(o, u"unknown_code"_s, u"eligibility.circumstances.1"_s));
        o = goodItem();
        o.category = u"food"_s;
        QVERIFY(DomainTest::reports(o, u"unknown_code"_s, u"category"_s));
        o = goodItem();
        o.amountPeriod = u"fortnight"_s;
        QVERIFY(DomainTest::reports(o, u"unknown_code"_s, u"amountPeriod"_s));
        o = goodItem();
        o.amountPence.reset();
        QVERIFY(DomainTest::reports(o, u"invalid_combination"_s, u"amountPeriod"_s));
        o = goodItem();
        o.title = QString(MaxShortText + 1, u't');
        QVERIFY(DomainTest::reports(o, u"too_long"_s, u"title"_s));
        o = goodItem();
        o.plainDescription = QString(MaxLineText + 1, u'p');
        QVERIFY(DomainTest::reports(o, u"too_long"_s, u"plainDescription"_s));
    }

    void entitlementValidation()
    {
        QCOMPARE(goodEntitlement().validateAt(DomainTest::now()), ValidationErrors());
        const ValidationErrors empty = Entitlement().validate();
        for (const QString &field : {u"id"_s, u"youngPersonId"_s, u"offerItemId"_s})
            QVERIFY(hasError(empty, u"required"_s, field));
        Entitlement e = goodEntitlement();
        e.notes = QString(MaxLongText + 1, u'n');
        QVERIFY(DomainTest::reports(e, u"too_long"_s, u"notes"_s));
        e = goodEntitlement();
        e.statusSince = DomainTest::now().date().addDays(1);
        QVERIFY(hasError(e.validateAt(DomainTest::now()), u"date_in_future"_s, u"statusSince"_s));
    }

    void eligibilityAges_data()
    {
        QTest::addColumn<int>("age");
        QTest::addColumn<bool>("eligible");
        QTest::newRow("16") << 16 << false;
        QTest::newRow("17 (min, inclusive)") << 17 << true; // relevant at 17: in the list
        QTest::newRow("18") << 18 << true;
        QTest::newRow("24 (max, inclusive)") << 24 << true;
        QTest::newRow("25") << 25 << false;
    }

    void eligibilityAges()
    {
        QFETCH(int, age);
        QFETCH(bool, eligible);
        QCOMPARE(goodItem().isEligible(formerRelevant(age), day, {u"in_higher_education"_s}), eligible);
    }

    void eligibilityRules()
    {
        const OfferItem item = goodItem();
        const YoungPerson yp = formerRelevant(20);
        QVERIFY(item.isEligible(yp, day, {u"in_higher_education"_s, u"in_work"_s}));
        QVERIFY(!item.isEligible(yp, day, {})); // circumstance missing
        QVERIFY(!item.isEligible(yp, day, {u"in_education"_s})); // a different one
        OfferItem two = item;
        two.eligibility.circumstances = {u"in_work"_s, u"own_tenancy"_s};
        QVERIFY(!two.isEligible(yp, day, {u"in_work"_s})); // all must hold
        QVERIFY(two.isEligible(yp, day, {u"own_tenancy"_s, u"in_work"_s}));

        // The age range is inclusive at both ends, on the day's age.
        OfferItem exact = item;
        exact.eligibility.minAge = 20;
        exact.eligibility.maxAge = 20;
        QVERIFY(exact.isEligible(yp, day, {u"in_higher_education"_s}));
        QVERIFY(!exact.isEligible(yp, day.addDays(-1), {u"in_higher_education"_s}));
        QVERIFY(!exact.isEligible(yp, day.addYears(1), {u"in_higher_education"_s}));

        // Categories: a qualifying young person is not in the list.
        YoungPerson sgo = yp;
        sgo.care.specialGuardianshipOrder = true;
        QCOMPARE(sgo.legalCategoryOn(day), LegalCategory::Qualifying);
        QVERIFY(!item.isEligible(sgo, day, {u"in_higher_education"_s}));
        // An empty list means any care-leaver category, but not someone who is not one.
        OfferItem any = item;
        any.eligibility.categories.clear();
        QVERIFY(any.isEligible(sgo, day, {u"in_higher_education"_s}));
        YoungPerson never = yp;
        never.care = CareHistory();
        QVERIFY(!any.isEligible(never, day, {u"in_higher_education"_s}));

        // "uasc" holds for a former UASC young person without being listed.
        OfferItem uascOnly = any;
        uascOnly.eligibility.circumstances = {u"uasc"_s};
        QVERIFY(!uascOnly.isEligible(yp, day, {}));
        YoungPerson uasc = yp;
        uasc.uasc = true;
        QVERIFY(uascOnly.isEligible(uasc, day, {}));

        OfferItem withdrawn = item;
        withdrawn.withdrawn = true;
        QVERIFY(!withdrawn.isEligible(yp, day, {u"in_higher_education"_s}));
    }
};

QTEST_GUILESS_MAIN(TestLocalOffer)
#include "tst_localoffer.moc"

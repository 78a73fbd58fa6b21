// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "localoffer.h"

#include "checks.h"
#include "jsonutil.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

constexpr std::array circumstanceCodes {
    u"in_education", u"in_higher_education", u"in_work",  u"own_tenancy", u"uasc",
    u"parent",       u"staying_put",         u"disabled",
};
constexpr std::array categoryCodes {u"money", u"housing", u"education", u"health", u"support", u"leisure", u"travel"};
constexpr std::array periodCodes {u"once", u"year", u"month", u"week"};
constexpr std::array entitlementStatusCodes {
    u"not_claimed", u"asked", u"claimed", u"received", u"not_eligible", u"declined",
};

/** Ages an offer may name: care leavers are 16-25, some offers start earlier (PA from 15y9m). */
constexpr int MinOfferAge = 0;
constexpr int MaxOfferAge = 30;

QJsonObject eligibilityToJson(const OfferEligibility &e)
{
    QJsonArray categories;
    for (LegalCategory c : e.categories)
        categories.append(toCode(c));
    Json::Writer w;
    w.put(u"minAge"_s, e.minAge);
    w.put(u"maxAge"_s, e.maxAge);
    if (!categories.isEmpty())
        w.put(u"categories"_s, categories);
    w.putIfNotEmpty(u"circumstances"_s, e.circumstances);
    return w.result();
}

OfferEligibility eligibilityFromJson(Json::Reader &parent, const QString &key)
{
    Json::Reader r(parent.object(key));
    OfferEligibility e;
    e.minAge = r.integer(u"minAge"_s, e.minAge);
    e.maxAge = r.integer(u"maxAge"_s, e.maxAge);
    for (const QString &code : r.stringList(u"categories"_s)) {
        const std::optional<LegalCategory> c = legalCategoryFromCode(code);
        if (!c)
            r.fail();
        else
            e.categories.append(*c);
    }
    e.circumstances = r.stringList(u"circumstances"_s);
    if (!r.ok())
        parent.fail();
    return e;
}

} // namespace

QStringList offerCircumstanceCodes()
{
    return Json::codeList(circumstanceCodes);
}

QStringList offerCategoryCodes()
{
    return Json::codeList(categoryCodes);
}

QStringList offerAmountPeriodCodes()
{
    return Json::codeList(periodCodes);
}

QString toCode(EntitlementStatus s)
{
    return Json::codeOf(entitlementStatusCodes, s);
}

std::optional<EntitlementStatus> entitlementStatusFromCode(const QString &code)
{
    return Json::enumFromCode<EntitlementStatus>(entitlementStatusCodes, code);
}

// ---- OfferItem ------------------------------------------------------------------------

bool OfferItem::isEligible(const YoungPerson &yp, const QDate &day, const QStringList &circumstances) const
{
    if (withdrawn || !yp.dateOfBirth.isValid() || !day.isValid())
        return false;
    const int age = yp.ageOn(day);
    if (age < eligibility.minAge || age > eligibility.maxAge)
        return false;
    const LegalCategory legal = yp.legalCategoryOn(day);
    if (eligibility.categories.isEmpty() ? legal == LegalCategory::NotACareLeaver
                                         : !eligibility.categories.contains(legal))
        return false;
    for (const QString &needed : eligibility.circumstances) {
        const bool holds = circumstances.contains(needed) || (needed == u"uasc"_s && yp.uasc);
        if (!holds)
            return false;
    }
    return true;
}

OfferText OfferItem::textIn(const QString &language) const
{
    OfferText text {title, plainDescription, howToClaim};
    const auto it = translations.constFind(language.section(u'-', 0, 0).section(u'_', 0, 0).toLower());
    if (it == translations.cend())
        return text;
    for (auto [to, from] :
         {std::pair {&text.title, &it->title}, std::pair {&text.plainDescription, &it->plainDescription},
          std::pair {&text.howToClaim, &it->howToClaim}}) {
        if (!from->isEmpty())
            *to = *from;
    }
    return text;
}

QJsonObject OfferItem::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"authorityId"_s, authorityId);
    w.put(u"catalogueVersion"_s, catalogueVersion);
    w.putIfNotEmpty(u"key"_s, key);
    w.put(u"title"_s, title);
    w.putIfNotEmpty(u"plainDescription"_s, plainDescription);
    w.putIfNotEmpty(u"howToClaim"_s, howToClaim);
    w.putOptional(u"amountPence"_s, amountPence);
    w.putIfNotEmpty(u"amountPeriod"_s, amountPeriod);
    w.putIfNotEmpty(u"category"_s, category);
    w.put(u"eligibility"_s, eligibilityToJson(eligibility));
    w.put(u"national"_s, national);
    w.put(u"withdrawn"_s, withdrawn);
    if (!translations.isEmpty()) {
        QJsonObject byLanguage;
        for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
            Json::Writer t;
            t.putIfNotEmpty(u"title"_s, it->title);
            t.putIfNotEmpty(u"plainDescription"_s, it->plainDescription);
            t.putIfNotEmpty(u"howToClaim"_s, it->howToClaim);
            byLanguage.insert(it.key(), t.result());
        }
        w.put(u"translations"_s, byLanguage);
    }
    return w.result();
}

std::optional<OfferItem> OfferItem::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    OfferItem o;
    o.id = r.string(u"id"_s);
    o.authorityId = r.string(u"authorityId"_s);
    o.catalogueVersion = r.integer(u"catalogueVersion"_s, o.catalogueVersion);
    o.key = r.string(u"key"_s);
    o.title = r.string(u"title"_s);
    o.plainDescription = r.string(u"plainDescription"_s);
    o.howToClaim = r.string(u"howToClaim"_s);
    o.amountPence = r.optionalInt64(u"amountPence"_s);
    o.amountPeriod = r.string(u"amountPeriod"_s);
    o.category = r.string(u"category"_s);
    o.eligibility = eligibilityFromJson(r, u"eligibility"_s);
    o.national = r.boolean(u"national"_s);
    o.withdrawn = r.boolean(u"withdrawn"_s);
    const QJsonObject byLanguage = r.object(u"translations"_s);
    for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it) {
        Json::Reader t(it.value().toObject());
        o.translations.insert(it.key(),
                              {t.string(u"title"_s), t.string(u"plainDescription"_s), t.string(u"howToClaim"_s)});
        if (!it.value().isObject() || !t.ok())
            return std::nullopt;
    }
    if (!r.ok())
        return std::nullopt;
    return o;
}

ValidationErrors OfferItem::validate() const
{
    Checks::Collector c;
    c.required(u"id"_s, id);
    c.required(u"authorityId"_s, authorityId);
    c.required(u"title"_s, title);
    c.required(u"plainDescription"_s, plainDescription);
    c.required(u"howToClaim"_s, howToClaim);
    c.required(u"category"_s, category);
    c.maxLength(u"key"_s, key, MaxShortText);
    c.maxLength(u"title"_s, title, MaxShortText);
    c.maxLength(u"plainDescription"_s, plainDescription, MaxLineText);
    c.maxLength(u"howToClaim"_s, howToClaim, MaxLongText);
    c.range(u"catalogueVersion"_s, catalogueVersion, 1, std::numeric_limits<int>::max());
    if (amountPence)
        c.range(u"amountPence"_s, *amountPence, 0, std::numeric_limits<qint64>::max());
    c.knownCode(u"amountPeriod"_s, amountPeriod, offerAmountPeriodCodes());
    c.combination(u"amountPeriod"_s, !amountPeriod.isEmpty() && !amountPence);
    c.knownCode(u"category"_s, category, offerCategoryCodes());
    for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
        const QString at = u"translations."_s + it.key();
        if (!isLanguageTag(it.key()))
            c.add(u"invalid_format"_s, at);
        c.maxLength(at + u".title"_s, it->title, MaxShortText);
        c.maxLength(at + u".plainDescription"_s, it->plainDescription, MaxLineText);
        c.maxLength(at + u".howToClaim"_s, it->howToClaim, MaxLongText);
    }
    c.range(u"eligibility.minAge"_s, eligibility.minAge, MinOfferAge, MaxOfferAge);
    c.range(u"eligibility.maxAge"_s, eligibility.maxAge, MinOfferAge, MaxOfferAge);
    if (eligibility.minAge > eligibility.maxAge)
        c.add(u"out_of_range"_s, u"eligibility.maxAge"_s);
    const QStringList known = offerCircumstanceCodes();
    for (qsizetype i = 0; i < eligibility.circumstances.size(); ++i)
        c.knownCode(u"eligibility.circumstances."_s + QString::number(i), eligibility.circumstances.at(i), known,
                    false);
    for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
        const QString at = u"translations."_s + it.key();
        if (!isLanguageTag(it.key()))
            c.add(u"invalid_format"_s, at);
        c.maxLength(at + u".title"_s, it->title, MaxShortText);
        c.maxLength(at + u".plainDescription"_s, it->plainDescription, MaxLineText);
        c.maxLength(at + u".howToClaim"_s, it->howToClaim, MaxLongText);
    }
    return c.errors();
}

// ---- Entitlement ----------------------------------------------------------------------

QJsonObject Entitlement::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"youngPersonId"_s, youngPersonId);
    w.put(u"offerItemId"_s, offerItemId);
    w.put(u"status"_s, toCode(status));
    w.putOptional(u"statusSince"_s, statusSince);
    w.putIfNotEmpty(u"notes"_s, notes);
    return w.result();
}

std::optional<Entitlement> Entitlement::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    Entitlement e;
    e.id = r.string(u"id"_s);
    e.youngPersonId = r.string(u"youngPersonId"_s);
    e.offerItemId = r.string(u"offerItemId"_s);
    e.status = r.enumeration(u"status"_s, entitlementStatusFromCode, EntitlementStatus::NotClaimed);
    e.statusSince = r.optionalDate(u"statusSince"_s);
    e.notes = r.string(u"notes"_s);
    if (!r.ok())
        return std::nullopt;
    return e;
}

ValidationErrors Entitlement::validate() const
{
    Checks::Collector c;
    c.required(u"id"_s, id);
    c.required(u"youngPersonId"_s, youngPersonId);
    c.required(u"offerItemId"_s, offerItemId);
    c.maxLength(u"notes"_s, notes, MaxLongText);
    return c.errors();
}

ValidationErrors Entitlement::validateAt(const QDateTime &now) const
{
    Checks::Collector c;
    c.notAfter(u"statusSince"_s, statusSince, now.toUTC().date());
    return validate() + c.errors();
}

} // namespace Pathway

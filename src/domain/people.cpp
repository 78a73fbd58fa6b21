// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "people.h"

#include "checks.h"
#include "circumstances.h"
#include "jsonutil.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

constexpr std::array legalCategoryCodes {
    u"eligible", u"relevant", u"former_relevant", u"qualifying", u"not_a_care_leaver",
};
/** Weeks in care since 14 can be at most 11 years' worth by 25; a little slack for data entry. */
constexpr int MaxWeeksInCare = 600;
/** The qualifying period for eligibility: 13 weeks looked after since 14, ending after 16. */
constexpr int EligibleWeeks = 13;

bool isEmailAddress(const QString &email)
{
    static const QRegularExpression re(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return re.match(email).hasMatch();
}

QJsonObject careToJson(const CareHistory &c)
{
    Json::Writer w;
    w.put(u"weeksInCareSince14"_s, c.weeksInCareSince14);
    w.put(u"lookedAfterAfter16"_s, c.lookedAfterAfter16);
    w.put(u"stillLookedAfter"_s, c.stillLookedAfter);
    w.putOptional(u"leftCareOn"_s, c.leftCareOn);
    w.put(u"specialGuardianshipOrder"_s, c.specialGuardianshipOrder);
    w.put(u"inAgreedEducation"_s, c.inAgreedEducation);
    w.put(u"supportRequestedTo25"_s, c.supportRequestedTo25);
    return w.result();
}

CareHistory careFromJson(Json::Reader &parent, const QString &key)
{
    Json::Reader r(parent.object(key));
    CareHistory c;
    c.weeksInCareSince14 = r.integer(u"weeksInCareSince14"_s);
    c.lookedAfterAfter16 = r.boolean(u"lookedAfterAfter16"_s);
    c.stillLookedAfter = r.boolean(u"stillLookedAfter"_s);
    c.leftCareOn = r.optionalDate(u"leftCareOn"_s);
    c.specialGuardianshipOrder = r.boolean(u"specialGuardianshipOrder"_s);
    c.inAgreedEducation = r.boolean(u"inAgreedEducation"_s);
    c.supportRequestedTo25 = r.boolean(u"supportRequestedTo25"_s);
    if (!r.ok())
        parent.fail();
    return c;
}

} // namespace

bool isLanguageTag(const QString &tag)
{
    static const QRegularExpression re(u"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"_s);
    return re.match(tag).hasMatch();
}

QString toCode(LegalCategory c)
{
    return Json::codeOf(legalCategoryCodes, c);
}

std::optional<LegalCategory> legalCategoryFromCode(const QString &code)
{
    return Json::enumFromCode<LegalCategory>(legalCategoryCodes, code);
}

QList<LegalCategory> allLegalCategories()
{
    return Json::allOf<LegalCategory>(legalCategoryCodes);
}

// ---- YoungPerson ----------------------------------------------------------------------

int YoungPerson::ageOn(const QDate &day) const
{
    if (!dateOfBirth.isValid() || !day.isValid())
        return 0;
    int age = day.year() - dateOfBirth.year();
    // Compare (month, day) pairs: a 29 February birthday is not reached on 28 February of a
    // common year, so it falls on 1 March, as in English law.
    if (day.month() < dateOfBirth.month() || (day.month() == dateOfBirth.month() && day.day() < dateOfBirth.day()))
        --age;
    return age;
}

/*
 * Legal category (Children Act 1989 ss.19B, 23A, 24 as amended; DOMAIN.md):
 * - under 16 or 25 and over: not a care leaver.
 * - "eligible history": looked after for 13+ weeks since 14 and at some point after 16
 *   (still being looked after implies after 16), and not left care on a special
 *   guardianship order:
 *     16-17: eligible while still looked after, relevant once they have left care;
 *     18-20: former relevant;
 *     21-24: former relevant only in agreed education or training, or on request.
 * - otherwise, 16-20: qualifying when they left care on a special guardianship order, or
 *   were looked after after 16 but short of the 13 weeks.
 * - anyone else is not a care leaver (e.g. in care only before 16).
 */
LegalCategory YoungPerson::legalCategoryOn(const QDate &day) const
{
    if (!dateOfBirth.isValid() || !day.isValid())
        return LegalCategory::NotACareLeaver;
    const int age = ageOn(day);
    if (age < 16 || age >= 25)
        return LegalCategory::NotACareLeaver;

    const bool lookedAfterAfter16 = care.lookedAfterAfter16 || care.stillLookedAfter;
    const bool eligibleHistory
        = lookedAfterAfter16 && care.weeksInCareSince14 >= EligibleWeeks && !care.specialGuardianshipOrder;
    if (eligibleHistory) {
        if (age < 18)
            return care.stillLookedAfter ? LegalCategory::Eligible : LegalCategory::Relevant;
        if (age < 21 || care.inAgreedEducation || care.supportRequestedTo25)
            return LegalCategory::FormerRelevant;
        return LegalCategory::NotACareLeaver;
    }
    if (age < 21 && (care.specialGuardianshipOrder || lookedAfterAfter16))
        return LegalCategory::Qualifying;
    return LegalCategory::NotACareLeaver;
}

QJsonObject YoungPerson::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"authorityId"_s, authorityId);
    w.put(u"displayName"_s, displayName);
    w.putIfNotEmpty(u"legalName"_s, legalName);
    w.putIfValid(u"dateOfBirth"_s, dateOfBirth);
    w.putIfNotEmpty(u"pronouns"_s, pronouns);
    w.putIfNotEmpty(u"firstLanguage"_s, firstLanguage);
    w.put(u"uasc"_s, uasc);
    w.putIfNotEmpty(u"accessibilityNeeds"_s, accessibilityNeeds);
    w.putIfNotEmpty(u"caseSystemRef"_s, caseSystemRef);
    w.putIfNotEmpty(u"gender"_s, gender);
    w.putIfNotEmpty(u"ethnicity"_s, ethnicity);
    w.putOptional(u"disability"_s, disability);
    w.put(u"care"_s, careToJson(care));
    return w.result();
}

std::optional<YoungPerson> YoungPerson::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    YoungPerson p;
    p.id = r.string(u"id"_s);
    p.authorityId = r.string(u"authorityId"_s);
    p.displayName = r.string(u"displayName"_s);
    p.legalName = r.string(u"legalName"_s);
    p.dateOfBirth = r.date(u"dateOfBirth"_s);
    p.pronouns = r.string(u"pronouns"_s);
    p.firstLanguage = r.string(u"firstLanguage"_s);
    p.uasc = r.boolean(u"uasc"_s);
    p.accessibilityNeeds = r.stringList(u"accessibilityNeeds"_s);
    p.caseSystemRef = r.string(u"caseSystemRef"_s);
    p.gender = r.string(u"gender"_s);
    p.ethnicity = r.string(u"ethnicity"_s);
    p.disability = r.optionalBool(u"disability"_s);
    p.care = careFromJson(r, u"care"_s);
    if (!r.ok())
        return std::nullopt;
    return p;
}

ValidationErrors YoungPerson::validate() const
{
    Checks::Collector c;
    c.required(u"id"_s, id);
    c.required(u"authorityId"_s, authorityId);
    c.required(u"displayName"_s, displayName);
    c.required(u"dateOfBirth"_s, dateOfBirth);
    c.maxLength(u"displayName"_s, displayName, MaxShortText);
    c.maxLength(u"legalName"_s, legalName, MaxShortText);
    c.maxLength(u"pronouns"_s, pronouns, MaxShortText);
    c.maxLength(u"caseSystemRef"_s, caseSystemRef, MaxShortText);
    c.maxLength(u"accessibilityNeeds"_s, accessibilityNeeds, MaxShortText);
    c.knownCode(u"gender"_s, gender, genderCodes());
    c.knownCode(u"ethnicity"_s, ethnicity, ethnicityCodes());
    if (!firstLanguage.isEmpty() && !isLanguageTag(firstLanguage))
        c.add(u"invalid_format"_s, u"firstLanguage"_s);
    c.range(u"care.weeksInCareSince14"_s, care.weeksInCareSince14, 0, MaxWeeksInCare);
    c.combination(u"care.leftCareOn"_s, care.stillLookedAfter && care.leftCareOn.has_value());
    c.combination(u"care.leftCareOn"_s, care.leftCareOn && dateOfBirth.isValid() && *care.leftCareOn < dateOfBirth);
    c.combination(u"care.specialGuardianshipOrder"_s, care.stillLookedAfter && care.specialGuardianshipOrder);
    return c.errors();
}

ValidationErrors YoungPerson::validateAt(const QDateTime &now) const
{
    Checks::Collector c;
    const QDate today = now.toUTC().date();
    c.notAfter(u"dateOfBirth"_s, dateOfBirth.isValid() ? std::optional(dateOfBirth) : std::nullopt, today);
    c.notAfter(u"care.leftCareOn"_s, care.leftCareOn, today);
    return validate() + c.errors();
}

// ---- StaffMember ----------------------------------------------------------------------

QJsonObject StaffMember::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"authorityId"_s, authorityId);
    w.putIfNotEmpty(u"teamId"_s, teamId);
    w.put(u"displayName"_s, displayName);
    w.putIfNotEmpty(u"email"_s, email);
    w.put(u"role"_s, toCode(role));
    w.put(u"active"_s, active);
    return w.result();
}

std::optional<StaffMember> StaffMember::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    StaffMember s;
    s.id = r.string(u"id"_s);
    s.authorityId = r.string(u"authorityId"_s);
    s.teamId = r.string(u"teamId"_s);
    s.displayName = r.string(u"displayName"_s);
    s.email = r.string(u"email"_s);
    s.role = r.enumeration(u"role"_s, staffRoleFromCode, Role::PersonalAdviser);
    s.active = r.boolean(u"active"_s, true);
    if (!r.ok())
        return std::nullopt;
    return s;
}

ValidationErrors StaffMember::validate() const
{
    Checks::Collector c;
    c.required(u"id"_s, id);
    c.required(u"authorityId"_s, authorityId);
    c.required(u"displayName"_s, displayName);
    c.maxLength(u"displayName"_s, displayName, MaxShortText);
    c.maxLength(u"teamId"_s, teamId, MaxShortText);
    c.maxLength(u"email"_s, email, MaxShortText);
    if (!email.isEmpty() && !isEmailAddress(email))
        c.add(u"invalid_format"_s, u"email"_s);
    return c.errors();
}

// ---- Allocation -----------------------------------------------------------------------

bool Allocation::isCurrentOn(const QDate &day) const
{
    if (!from.isValid() || !day.isValid() || day < from)
        return false;
    return !until || day <= *until;
}

QJsonObject Allocation::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"youngPersonId"_s, youngPersonId);
    w.put(u"staffId"_s, staffId);
    w.putIfValid(u"from"_s, from);
    w.putOptional(u"until"_s, until);
    w.putIfNotEmpty(u"allocatedBy"_s, allocatedBy);
    w.putIfNotEmpty(u"reason"_s, reason);
    return w.result();
}

std::optional<Allocation> Allocation::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    Allocation a;
    a.id = r.string(u"id"_s);
    a.youngPersonId = r.string(u"youngPersonId"_s);
    a.staffId = r.string(u"staffId"_s);
    a.from = r.date(u"from"_s);
    a.until = r.optionalDate(u"until"_s);
    a.allocatedBy = r.string(u"allocatedBy"_s);
    a.reason = r.string(u"reason"_s);
    if (!r.ok())
        return std::nullopt;
    return a;
}

ValidationErrors Allocation::validate() const
{
    Checks::Collector c;
    c.required(u"id"_s, id);
    c.required(u"youngPersonId"_s, youngPersonId);
    c.required(u"staffId"_s, staffId);
    c.required(u"from"_s, from);
    c.combination(u"until"_s, until && from.isValid() && *until < from);
    c.maxLength(u"reason"_s, reason, MaxLineText);
    return c.errors();
}

std::optional<Allocation> currentAllocation(const QList<Allocation> &history, const QDate &day)
{
    std::optional<Allocation> best;
    for (const Allocation &a : history) {
        if (!a.isCurrentOn(day))
            continue;
        if (!best || a.from > best->from || (a.from == best->from && a.id > best->id))
            best = a;
    }
    return best;
}

} // namespace Pathway

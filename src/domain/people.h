// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "role.h"
#include "validation.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace Pathway {

/** Care-leaver category under the Children Act 1989 as amended (DOMAIN.md). Codes in comments. */
enum class LegalCategory
{
    Eligible, // "eligible": still looked after, 13+ weeks in care since 14 incl. after 16; 16-17
    Relevant, // "relevant": left care after being eligible; 16-17
    FormerRelevant, // "former_relevant": was eligible or relevant; 18-21, to 25 in education/on request
    Qualifying, // "qualifying": looked after after 16 but <13 weeks, or SGO; 16-21
    NotACareLeaver, // "not_a_care_leaver": none of the above (e.g. under 16, or aged out)
};
/** Whether @p tag looks like a BCP 47 language tag ("ti", "fa-AF"). */
bool isLanguageTag(const QString &tag);

QString toCode(LegalCategory c);
std::optional<LegalCategory> legalCategoryFromCode(const QString &code);
QList<LegalCategory> allLegalCategories();

/** Whether text is a BCP 47 language tag such as "ar" or "pt-BR". */
bool isLanguageTag(const QString &tag);

/** The facts about a young person's time in care that decide their legal category. */
struct CareHistory
{
    int weeksInCareSince14 = 0; ///< total weeks looked after since their 14th birthday
    bool lookedAfterAfter16 = false; ///< looked after at some point after their 16th birthday
    bool stillLookedAfter = false; ///< currently looked after
    std::optional<QDate> leftCareOn; ///< when they stopped being looked after
    bool specialGuardianshipOrder = false; ///< left care on an SGO
    bool inAgreedEducation = false; ///< in education/training agreed in their plan (support to 25)
    bool supportRequestedTo25 = false; ///< asked for PA support to 25 (CSWA 2017 s.3)
};

/**
 * A care-experienced young person (16-25). The legal category is derived from the date of
 * birth and care history, never typed in.
 */
struct YoungPerson
{
    static constexpr const char *recordType = "young_person";
    QString id;
    QString authorityId;
    QString displayName; ///< what they like to be called
    QString legalName;
    QDate dateOfBirth;
    QString pronouns; ///< free text, e.g. "she/her"
    QString firstLanguage; ///< BCP 47 tag, e.g. "ti" (Tigrinya), "ar", "en"
    bool uasc = false; ///< arrived as an unaccompanied asylum-seeking child
    QStringList accessibilityNeeds; ///< codes: "large_text", "screen_reader", "easy_read", "interpreter", "bsl", other
                                    ///< free text
    QString caseSystemRef; ///< id in the authority's case system (CSV import key)
    QString gender; ///< genderCodes() (circumstances.h), or empty when not recorded
    QString ethnicity; ///< DfE ethnicity code, ethnicityCodes() (circumstances.h), or empty
    std::optional<bool> disability; ///< whether they have a disability; empty when not recorded
    CareHistory care;

    QString ownerId() const { return id; }
    /** Age in whole years on `day`; someone born on 29 February has birthdays on 1 March in common years. */
    int ageOn(const QDate &day) const;
    /** The legal category on `day`, derived from dateOfBirth and care (see people.cpp for the rules). */
    LegalCategory legalCategoryOn(const QDate &day) const;
    QJsonObject toJson() const;
    static std::optional<YoungPerson> fromJson(const QJsonObject &json);
    ValidationErrors validate() const;
    /** validate() plus: dateOfBirth and care.leftCareOn not after now's (UTC) date. */
    ValidationErrors validateAt(const QDateTime &now) const;
};

/** A member of the authority's staff: a PA, a team/service manager or an administrator. */
struct StaffMember
{
    static constexpr const char *recordType = "staff";
    QString id;
    QString authorityId;
    QString teamId;
    QString displayName;
    QString email;
    Role role = Role::PersonalAdviser; ///< never Role::YoungPerson
    bool active = true;

    QString ownerId() const { return {}; }
    QJsonObject toJson() const;
    static std::optional<StaffMember> fromJson(const QJsonObject &json);
    ValidationErrors validate() const;
};

/**
 * One period in which a PA is allocated to a young person. The history of these records
 * shows every PA change over time; the current PA is the one whose period has no end.
 */
struct Allocation
{
    static constexpr const char *recordType = "allocation";
    QString id;
    QString youngPersonId;
    QString staffId; ///< the PA
    QDate from;
    std::optional<QDate> until; ///< empty while current
    QString allocatedBy; ///< staff id of the manager who allocated
    QString reason;

    QString ownerId() const { return youngPersonId; }
    /** from <= day, and day <= until when there is an end: `until` is the last day of the period. */
    bool isCurrentOn(const QDate &day) const;
    QJsonObject toJson() const;
    static std::optional<Allocation> fromJson(const QJsonObject &json);
    ValidationErrors validate() const;
};

/**
 * The current PA from an allocation history, if any, on a given day. When periods overlap
 * (a handover day), the one that started last wins; ties go to the greater id, so the answer
 * never depends on the list order.
 */
std::optional<Allocation> currentAllocation(const QList<Allocation> &history, const QDate &day);

} // namespace Pathway

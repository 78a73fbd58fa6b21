// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace Pathway {

/**
 * One reason a domain value is invalid: a stable code and the field it concerns. Never translated text.
 *
 * Codes (src/ui turns them into words; never rename one):
 * | code                  | meaning                                                                 |
 * |-----------------------|-------------------------------------------------------------------------|
 * | "required"            | a required value is missing: an id, youngPersonId, name, date, ...     |
 * | "date_in_future"      | a date/instant that must be in the past is after "now" (validateAt()   |
 * |                       | only; instants get 5 minutes of grace for device clock drift)           |
 * | "out_of_range"        | a number outside its range: wellbeing 1..5, ages 0..30, minAge <=      |
 * |                       | maxAge, amounts >= 0, weeks in care >= 0, catalogue version >= 1        |
 * | "invalid_combination" | fields that contradict each other: an attempt marked successful,       |
 * |                       | until < from, completedAt without status done, accommodation           |
 * |                       | suitability outside the accommodation section, signedOffAt without     |
 * |                       | signedOffBy, answeredAt on an open request, ...                        |
 * | "too_long"            | free text over its limit (MaxShortText, MaxLineText, MaxLongText)       |
 * | "unknown_code"        | a text code outside its code list (contact location, request status,   |
 * |                       | offer category/period/circumstance, ACCOM letter, amendment field)      |
 * | "invalid_format"      | text of the wrong shape: an e-mail address, a language tag, amendment  |
 * |                       | changes that do not read as contact-log fields                          |
 *
 * `field` is the JSON key (nested keys joined with a dot, e.g. "care.weeksInCareSince14";
 * list items with their index, e.g. "followUps.2").
 */
struct ValidationError
{
    QString code; ///< e.g. "required", "date_in_future", "out_of_range", "unknown_code"
    QString field; ///< JSON field name, e.g. "dateOfBirth"
    friend bool operator==(const ValidationError &, const ValidationError &) = default;
};

using ValidationErrors = QList<ValidationError>;

/** Length limits for free text, in UTF-16 code units. */
inline constexpr int MaxShortText = 200; ///< names, titles, pronouns, who
inline constexpr int MaxLineText = 1000; ///< one-line text: an action, a summary, a follow-up, a reason
inline constexpr int MaxLongText = 20000; ///< notes, details, goals, own words, outcomes, messages

/** Whether `errors` holds `code`, for `field` too when it is given. */
inline bool hasError(const ValidationErrors &errors, const QString &code, const QString &field = {})
{
    for (const ValidationError &e : errors) {
        if (e.code == code && (field.isEmpty() || e.field == field))
            return true;
    }
    return false;
}

} // namespace Pathway

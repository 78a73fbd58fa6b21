// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "contact.h"
#include "validation.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Pathway {

// The facts the SSDA903 care-leaver return (OC3) and Ofsted's Annex A list 9 need (DOMAIN.md).
// Their codes are the DfE's own, kept as the DfE writes them (upper case), not lower_snake.

/** SSDA903 ACTIV codes: F1 P1 F2 P2 F4 P4 F5 P5 G4 G5 G6, and 0 (unknown). */
QStringList activityCodes();
/** Whether an ACTIV code means not in education, employment or training (G4, G5, G6). */
bool isNeetActivity(const QString &code);

/** SSDA903 IN_TOUCH codes: YES NO DIED REFU NREQ RHOM. */
QStringList inTouchCodes();
/** The IN_TOUCH codes a PA records explicitly: DIED REFU NREQ RHOM (YES and NO are derived). */
QStringList recordedInTouchCodes();

/** DfE ethnicity codes (school census / SSDA903): WBRI WIRI ... REFU NOBT. */
QStringList ethnicityCodes();
/** Gender codes: "male", "female", "other", "not_known". */
QStringList genderCodes();

/**
 * What a young person is doing from a day on (education, employment, training or NEET). The
 * history of these records is the activity history; the one in force on a day is the latest
 * `from` on or before it.
 */
struct ActivityPeriod
{
    static constexpr const char *recordType = "activity";
    QString id;
    QString youngPersonId;
    QDate from;
    QString code; ///< SSDA903 ACTIV code
    QString recordedBy; ///< staff id
    bool deleted = false;

    QString ownerId() const { return youngPersonId; }
    bool isNeet() const { return isNeetActivity(code); }
    QJsonObject toJson() const;
    static std::optional<ActivityPeriod> fromJson(const QJsonObject &json);
    friend bool operator==(const ActivityPeriod &, const ActivityPeriod &) = default;
    ValidationErrors validate() const;
    /** validate() plus: from not after now's (UTC) date. */
    ValidationErrors validateAt(const QDateTime &now) const;
};

/**
 * Where a young person lives from a day on: the SSDA903 ACCOM letter and whether it is suitable
 * (the ACCOM code is the letter and 1 for suitable, 2 for unsuitable). S (homeless) and X
 * (custody) are never suitable.
 */
struct AccommodationPeriod
{
    static constexpr const char *recordType = "accommodation";
    QString id;
    QString youngPersonId;
    QDate from;
    QString type; ///< ACCOM letter (DOMAIN.md), as chronology's accommodationTypeCodes()
    bool suitable = true;
    QString recordedBy; ///< staff id
    bool deleted = false;

    QString ownerId() const { return youngPersonId; }
    /** The OC3 ACCOM code: letter and suitability digit, e.g. "U1", "S2". */
    QString accomCode() const;
    QJsonObject toJson() const;
    static std::optional<AccommodationPeriod> fromJson(const QJsonObject &json);
    friend bool operator==(const AccommodationPeriod &, const AccommodationPeriod &) = default;
    ValidationErrors validate() const;
    /** validate() plus: from not after now's (UTC) date. */
    ValidationErrors validateAt(const QDateTime &now) const;
};

/**
 * What a PA records about being in touch when contact logs cannot say it: DIED, REFU (the young
 * person refuses contact), NREQ (no longer requires services) or RHOM (returned home to parents
 * for 6 months or more). It holds from `on`; DIED holds for ever.
 */
struct InTouchRecord
{
    static constexpr const char *recordType = "in_touch";
    QString id;
    QString youngPersonId;
    QDate on;
    QString status; ///< one of recordedInTouchCodes()
    QString recordedBy; ///< staff id
    bool deleted = false;

    QString ownerId() const { return youngPersonId; }
    QJsonObject toJson() const;
    static std::optional<InTouchRecord> fromJson(const QJsonObject &json);
    friend bool operator==(const InTouchRecord &, const InTouchRecord &) = default;
    ValidationErrors validate() const;
    /** validate() plus: on not after now's (UTC) date. */
    ValidationErrors validateAt(const QDateTime &now) const;
};

/** The record in force on @p day: the latest `from` on or before it (ties: greater id); deleted ones ignored. */
std::optional<ActivityPeriod> activityOn(const QList<ActivityPeriod> &history, const QDate &day);
std::optional<AccommodationPeriod> accommodationOn(const QList<AccommodationPeriod> &history, const QDate &day);

/**
 * The first day of the unbroken NEET run that includes @p day, or nothing when the activity in
 * force on @p day is not NEET (or none is recorded).
 */
std::optional<QDate> neetSince(const QList<ActivityPeriod> &history, const QDate &day);

/**
 * The SSDA903 IN_TOUCH code for the window [first, last] around a birthday, from the contact logs
 * (amendments applied) and what the PA recorded:
 * - DIED when a DIED record is dated on or before `last` (once died, always died);
 * - YES when a successful contact falls in the window;
 * - else the latest REFU, NREQ or RHOM record dated on or before `last`, unless a successful
 *   contact came after it (they were in touch again, just not in this window);
 * - else NO.
 */
QString inTouchCode(const QDate &first,
                    const QDate &last,
                    const QList<ContactLog> &contacts,
                    const QList<InTouchRecord> &records);

} // namespace Pathway

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "returnrecords.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace Pathway {

/** One row of the SSDA903 care-leaver table OC3. */
struct Oc3Row
{
    QString child; ///< the young person's case-system reference (their id when there is none)
    QDate dateOfBirth;
    int age = 0; ///< the birthday in the collection year
    QString inTouch; ///< IN_TOUCH code
    QString activ; ///< ACTIV code
    QString accom; ///< ACCOM code
    friend bool operator==(const Oc3Row &, const Oc3Row &) = default;
};

/** One broken OC3 validation rule for one row. */
struct Oc3Problem
{
    QString child;
    /**
     * Rule codes (DOMAIN.md): "all_or_none" (IN_TOUCH, ACTIV, ACCOM all filled or all blank),
     * "died_rhom_zero" (DIED or RHOM need ACTIV and ACCOM 0), "yes_not_zero" (YES needs neither
     * to be 0), "no_z_at_17", "no_t_under_18", "once_died" (DIED in an earlier year stays DIED),
     * "age_range" (17-21, and 22-25 from 2023), "unknown_code" (a code outside the DfE's lists,
     * S or X not with 2).
     */
    QString rule;
    friend bool operator==(const Oc3Problem &, const Oc3Problem &) = default;
};

/**
 * The SSDA903 OC3 return for the collection year starting 1 April `year` (to 31 March `year` + 1).
 *
 * Due a return: a young person who was looked after after 16 for 13 weeks or more since 14 (not
 * on a special guardianship order), no longer looked after on a birthday in the year that is
 * their 17th to 21st, or their 22nd to 25th from the 2023 collection on.
 * - 17-21: in touch means a successful contact from 3 months before to 1 month after the
 *   birthday; activity and accommodation are those in force on the birthday.
 * - 22-25: in touch means a successful contact in the year; activity and accommodation are those
 *   in force on the latest such contact.
 * - Not in touch (NO, REFU, NREQ), DIED or RHOM: ACTIV and ACCOM are 0. In touch with nothing
 *   recorded gives 0 as well, which validateOc3 reports (the PA records it, and the row is right).
 */
class Oc3Return
{
public:
    static QDate yearStart(int year) { return QDate(year, 4, 1); }
    static QDate yearEnd(int year) { return QDate(year + 1, 3, 31); }
    /** The row for one young person, or nothing when they are not due one in the year. */
    static std::optional<Oc3Row> rowFor(const ReturnRecords &records, int year);
    /** The rows of everyone due one, by CHILD. */
    static QList<Oc3Row> rows(const QList<ReturnRecords> &people, int year);
    /** Every rule each row breaks; `previousDied` lists CHILD ids returned as DIED in an earlier year. */
    static QList<Oc3Problem> validate(const QList<Oc3Row> &rows, int year, const QStringList &previousDied = {});
    /** The DfE's CSV: header CHILD,DOB,IN_TOUCH,ACTIV,ACCOM, dates dd/mm/yyyy, CRLF line ends. */
    static QByteArray csv(const QList<Oc3Row> &rows);
};

} // namespace Pathway

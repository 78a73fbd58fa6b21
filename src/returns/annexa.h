// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "returnrecords.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Pathway {

/** Who a staff id is, for the allocated team, worker and PA columns of Annex A. */
struct AnnexAStaff
{
    QString name; ///< their display name
    QString team; ///< their team's name
};

/** One row of Ofsted's Annex A list 9 (care leavers), as of a date. */
struct AnnexARow
{
    QString child; ///< the case-system reference (their id when there is none), as in OC3
    QString gender; ///< "Male", "Female", "Other", "Not known", or empty when not recorded
    QString ethnicity; ///< the DfE code, or empty
    QDate dateOfBirth;
    int age = 0; ///< on the date
    QString disability; ///< "Yes", "No", or empty when not recorded
    QString uasc; ///< "Yes" or "No"
    QString allocatedTeam; ///< the allocated PA's team
    QString allocatedWorker; ///< the worker Pathway allocates: the PA (no other worker is recorded)
    QString allocatedPa;
    QString eligibility; ///< "Relevant", "Former relevant" or "Qualifying"
    QString inTouch; ///< IN_TOUCH code over the 3 months to the date
    QDate latestPlanReview; ///< invalid when there has been none
    QDate latestContact; ///< the latest successful contact; invalid when none
    QString accommodationType; ///< the ACCOM letter in force on the date, or empty
    QString suitability; ///< "Suitable", "Unsuitable", or empty with no accommodation recorded
    QString activity; ///< the ACTIV code in force on the date, or empty
    friend bool operator==(const AnnexARow &, const AnnexARow &) = default;
};

/**
 * Ofsted's Annex A list 9: every care leaver (relevant, former relevant or qualifying on the date)
 * with the columns DOMAIN.md lists. Only what was recorded on or before the date counts:
 * - the allocated PA is the allocation current on the date; team and names come from `staff`;
 * - in touch is the IN_TOUCH code for the 3 months to the date (a successful contact in them is
 *   YES; otherwise what the PA recorded, or NO), as OC3 works it out around a birthday;
 * - accommodation, suitability and activity are those in force on the date.
 */
class AnnexA
{
public:
    /** How far back a successful contact counts as in touch. */
    static constexpr int InTouchMonths = 3;
    /** The row for one young person, or nothing when they are not a care leaver on the date. */
    static std::optional<AnnexARow>
    rowFor(const ReturnRecords &records, const QHash<QString, AnnexAStaff> &staff, const QDate &asOf);
    /** The rows of every care leaver, by child id. */
    static QList<AnnexARow>
    rows(const QList<ReturnRecords> &people, const QHash<QString, AnnexAStaff> &staff, const QDate &asOf);
    /** The column headings, in order. */
    static QStringList headers();
    /** The row's cells as text, in header order: dates dd/mm/yyyy, empty for nothing recorded. */
    static QStringList cells(const AnnexARow &row);
    /**
     * RFC 4180 CSV with CRLF line ends: fields with a comma, quote or line break are quoted, and
     * a field that starts with = + - or @ gets a leading single quote so spreadsheets do not run it.
     */
    static QByteArray csv(const QList<AnnexARow> &rows);
    /** "annex-a-list-9-YYYY-MM-DD.<extension>" */
    static QString fileName(const QDate &asOf, const QString &extension);
};

} // namespace Pathway

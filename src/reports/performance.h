// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/alertsettings.h"
#include "alerts/caserecords.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace Pathway {

/**
 * The figures of a manager's Performance page. Codes: "recent_contact", "plan_reviewed",
 * "health_by_18", "id_and_bank_by_18", "neet", "in_touch", "unallocated", "caseload".
 */
enum class PerformanceFigure
{
    RecentContact, ///< share with a successful contact in the last 8 weeks (contactOverdueDays)
    PlanReviewed, ///< share whose plan was reviewed within the review interval (6 months)
    HealthBy18, ///< of those 18 or over, share whose health history was handed over by 18
    IdAndBankBy18, ///< of those 18 or over, share who had photo ID and a bank account by 18
    Neet, ///< of those whose activity is recorded, share not in education, employment or training
    InTouch, ///< of those whose latest birthday "in touch" window closed in the last year, share in touch (YES)
    Unallocated, ///< how many have no PA (the team only)
    Caseload, ///< how many are allocated to a PA (the team: to any PA)
};
QString toCode(PerformanceFigure f);
std::optional<PerformanceFigure> performanceFigureFromCode(const QString &code);
QList<PerformanceFigure> allPerformanceFigures();
/** Whether a figure is a share (counted out of a group) rather than a number of young people. */
bool isShareFigure(PerformanceFigure f);

/** One figure on one day: who it counts, out of whom. Ids are sorted. */
struct FigureValue
{
    QStringList counted; ///< the young people the figure counts (numerator)
    QStringList outOf; ///< the young people it is taken over (denominator); for a number, the same as counted

    /** counted / outOf, or nothing when nobody is in the group. */
    std::optional<double> share() const;
    friend bool operator==(const FigureValue &, const FigureValue &) = default;
};

/** Where one young person stood on one day, for every figure. */
struct PersonStanding
{
    QString youngPersonId;
    QString paId; ///< the PA allocated on the day; empty when none
    /** The figures whose group they were in, and whether the figure counted them. */
    QMap<PerformanceFigure, bool> figures;
    friend bool operator==(const PersonStanding &, const PersonStanding &) = default;
};

/** Every figure of one scope (the team or one PA) on one reporting day. */
struct PerformancePoint
{
    QDate day; ///< a month's last day, or today for the current month
    QMap<PerformanceFigure, FigureValue> figures;
    friend bool operator==(const PerformancePoint &, const PerformancePoint &) = default;
};

/**
 * Performance over time: pure functions of records and a date, so a device and the server
 * compute the same figures. Each figure is taken "as it stood" at the end of a day: records dated
 * after it (contacts, reviews, handovers, documents obtained, activities) are left out first, then
 * the alert engine's own facts (caseFactsFrom), the legal category (YoungPerson::legalCategoryOn),
 * the in-touch windows and code (closedInTouchWindows, inTouchCode) and NEET (neetSince) decide.
 * Only young people who are care leavers on the day (a legal category) are counted.
 */
class Performance
{
public:
    /** The last @p months reporting days: the last day of each earlier month, oldest first, then today. */
    static QList<QDate> reportingDays(const QDate &today, int months = 12);
    /**
     * A young person's records as they stood at the end of @p day: contacts (amendments applied),
     * reviews, events, requests and circumstances dated after it left out; a handover after it
     * not yet made; a document obtained after it still missing (one with no date obtained counts
     * as held: the date is not known).
     */
    static CaseRecords asOf(const CaseRecords &records, const QDate &day);
    /** Where one young person stood at the end of @p day, under the thresholds that apply to them. */
    static PersonStanding standingOn(const CaseRecords &records, const QDate &day, const AlertThresholds &t);
    /**
     * The figures over standings of one day: @p paId empty for the team (everyone; with the number
     * unallocated), else the young people allocated to that PA on the day.
     */
    static QMap<PerformanceFigure, FigureValue> figures(const QList<PersonStanding> &standings, const QString &paId);
    /** Every reporting day's figures for a scope (see figures()), oldest first. */
    static QList<PerformancePoint> series(const QList<CaseRecords> &people,
                                          const QDate &today,
                                          const QString &paId,
                                          const AlertSettings &settings,
                                          int months = 12);
};

} // namespace Pathway

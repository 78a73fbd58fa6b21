// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "nextchange.h"

#include "evaluator.h"
#include "rules.h"

namespace Pathway {

namespace {

/** Collects the earliest candidate instant strictly after `now`. */
class Earliest
{
public:
    explicit Earliest(const QDateTime &now)
        : m_now(now)
    {
    }
    void at(const QDateTime &t)
    {
        if (t.isValid() && t > m_now && (!m_best || t < *m_best)) {
            m_best = t;
        }
    }
    /** The start (00:00 UTC) of a day: rules read the day only. */
    void day(const QDate &d)
    {
        if (d.isValid()) {
            at(QDateTime(d, QTime(0, 0), Qt::UTC));
        }
    }
    void day(const std::optional<QDate> &d)
    {
        if (d) {
            day(*d);
        }
    }
    std::optional<QDateTime> best() const { return m_best; }

private:
    QDateTime m_now;
    std::optional<QDateTime> m_best;
};

/** The alerts that count by day, without their counts (contact requests have a schedule of their own below). */
QList<Alert> countedByDay(const QList<Alert> &alerts)
{
    QList<Alert> out;
    for (const Alert &a : alerts) {
        if (countsByDay(a)) {
            out.append(withoutDayCounts(a));
        }
    }
    return out;
}

} // namespace

std::optional<QDateTime> nextAlertChange(const CaseSummary &s, const QDateTime &nowIn, const AlertThresholds &t)
{
    const QDateTime now = nowIn.toUTC();
    const QDate today = now.date();
    if (AlertEvaluator::isBeyondService(s.dateOfBirth, today, t)) {
        return std::nullopt; // age only grows: no alerts ever again
    }
    const CaseFacts f = s.factsOn(today, t);
    Earliest next(now);
    // Day counts are worked out when alerts are read (withDayCounts), so they are no change. Anything
    // else that would differ tomorrow is (e.g. "no PA since" a day still to come reads as today).
    const QDate tomorrow = today.addDays(1);
    if (countedByDay(AlertEvaluator::evaluateFacts(f, now, t))
        != countedByDay(
            AlertEvaluator::evaluateFacts(s.factsOn(tomorrow, t), QDateTime(tomorrow, QTime(0, 0), Qt::UTC), t))) {
        next.day(tomorrow);
    }
    const QDate dob = s.dateOfBirth;
    if (dob.isValid()) {
        next.day(dob.addYears(t.serviceMaxAge + 1));
        next.day(dob.addYears(16)); // service start when never allocated
        next.day(dob.addMonths(t.healthWarningAgeMonths));
        next.day(dob.addMonths(t.healthOverdueAgeMonths));
        next.day(dob.addYears(t.idCheckAgeYears));
        for (int age = t.inTouchFirstAge; age <= t.inTouchLastAge; ++age) {
            const QDate last = dob.addYears(age).addMonths(t.inTouchWindowMonthsAfter);
            next.day(last.addDays(1)); // the window closes
            next.day(last.addDays(qint64(t.inTouchLookbackDays) + 1)); // its look-back ends
        }
    }
    // Allocations start and end (current PA, last allocation ended).
    for (const auto &p : s.allocations) {
        next.day(p.from);
        if (p.until) {
            next.day(*p.until);
            next.day(p.until->addDays(1));
        }
    }
    // No contact: the tiers counted from the last contact (or the start of the service).
    const QDate contactStart = f.lastContactAt ? f.lastContactAt->toUTC().date() : Rules::serviceStart(f);
    if (contactStart.isValid()) {
        for (int d : {t.contactWarningDays, t.contactOverdueDays, t.contactEscalateDays, t.contactLostDays}) {
            next.day(contactStart.addDays(d));
        }
    }
    // Visit after a move.
    if (f.lastAuthorityMoveOn) {
        next.day(f.lastAuthorityMoveOn->addDays(t.moveVisitWarningDays));
        next.day(f.lastAuthorityMoveOn->addDays(qint64(t.moveVisitDays) + 1));
    }
    // Plan review: the same due date as the rule, and the change-driven one.
    const QDate reviewBase = f.lastReviewOn ? *f.lastReviewOn : Rules::serviceStart(f);
    if (reviewBase.isValid()) {
        QList<QDate> dues {f.lastReviewOn && f.nextReviewDue ? *f.nextReviewDue
                                                             : reviewBase.addMonths(t.reviewIntervalMonths)};
        if (f.firstChangeAfterReviewOn) {
            dues.append(f.firstChangeAfterReviewOn->addDays(t.reviewAfterChangeDays));
        }
        for (const QDate &due : dues) {
            next.day(due.addDays(-t.reviewWarningDays));
            next.day(due.addDays(1));
            next.day(due.addDays(t.reviewEscalateDays));
        }
    }
    // Activity and accommodation periods start (NEET, unsuitable); NEET turns into an alert after neetMonths.
    for (const auto &a : s.activities) {
        next.day(a.from);
    }
    for (const auto &a : s.accommodations) {
        next.day(a.from);
    }
    if (f.neetSince) {
        next.day(f.neetSince->addMonths(t.neetMonths));
    }
    // Passport: "expires <= today + N months" first holds a few days either side of expires - N
    // months (month ends), so every day around it is a candidate; expired the day after.
    if (s.passportExpiresOn) {
        const QDate warn = s.passportExpiresOn->addMonths(-t.passportExpiryWarningMonths);
        for (int d = -4; d <= 4; ++d) {
            next.day(warn.addDays(d));
        }
        next.day(s.passportExpiresOn->addDays(1));
    }
    // Contact requests: overdue the instant after the deadline; days overdue count from it.
    for (const auto &r : s.openRequests) {
        const QDateTime deadline = r.urgency == RequestUrgency::Urgent
            ? r.requestedAt.addSecs(qint64(t.requestUrgentHours) * 3600)
            : r.requestedAt.addDays(t.requestWhenConvenientDays);
        if (now <= deadline) {
            next.at(deadline.addMSecs(1));
        } else {
            const qint64 overdueSecs = deadline.secsTo(now);
            next.at(deadline.addSecs((overdueSecs / 86400 + 1) * 86400));
        }
    }
    return next.best();
}

} // namespace Pathway

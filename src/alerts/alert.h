// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace Pathway {

/**
 * How serious an alert is. Codes: "warning" (coming due), "overdue", "escalated" (to the
 * manager), "lost_contact" (no contact for so long the young person may be lost to the
 * service), "immediate" (alert at once, e.g. no PA allocated).
 */
enum class AlertTier
{
    Warning,
    Overdue,
    Escalated,
    LostContact,
    Immediate
};
QString toCode(AlertTier t);
std::optional<AlertTier> alertTierFromCode(const QString &code);
/** Orders tiers by seriousness, Warning lowest. */
int tierRank(AlertTier t);

/** Who an alert is for. Codes: "pa", "manager". */
enum class AlertAudience
{
    PersonalAdviser,
    Manager
};
QString toCode(AlertAudience a);
std::optional<AlertAudience> alertAudienceFromCode(const QString &code);

/**
 * One condition a rule found for one young person on one day. It carries facts (counts,
 * dates, codes) and never free text from notes. key() is stable over time so the server's
 * sweep can recognise the same condition on the next run.
 */
struct Alert
{
    QString ruleCode; ///< e.g. "no_contact"
    QString youngPersonId;
    QString subject; ///< distinguishes several alerts of one rule, e.g. "ni_number"; often empty
    AlertTier tier = AlertTier::Warning;
    AlertAudience audience = AlertAudience::PersonalAdviser;
    QDate since; ///< when the condition started
    QDate dueDate; ///< when the thing was (or is) due
    int daysOverdue = 0; ///< days past dueDate, 0 if not yet due
    QJsonObject facts; ///< counts, dates and codes only

    /** ruleCode ":" youngPersonId, plus ":" subject when there is one. */
    QString key() const;
    QJsonObject toJson() const;
    static std::optional<Alert> fromJson(const QJsonObject &json);
    friend bool operator==(const Alert &, const Alert &) = default;
};

/** Longest acknowledgement note the server accepts, in characters (UTF-16 units); the app checks it first. */
inline constexpr int MaxAckNoteLength = 2000;

/**
 * Whether an alert's day counts follow from its dates and the day alone: every rule's but a
 * contact request's, whose days overdue run in whole 24 hours from its answer-by instant.
 */
bool countsByDay(const Alert &a);

/**
 * The alert with its day counts as of `today`, worked out from its dates: daysOverdue (days past
 * dueDate, 0 before it) and the rule's count in facts (no_contact: daysSinceContact, from since;
 * move_visit: daysSinceMove, from since; health_handover: daysToDue, to dueDate). The rules fill
 * their counts with it, and the server with it when alerts are read, so both agree on any day.
 * An alert that does not count by day is returned unchanged.
 */
Alert withDayCounts(Alert a, const QDate &today);

/** The alert without the counts withDayCounts() works out: the same on every day of one finding. */
Alert withoutDayCounts(Alert a);

/** Sorts alerts by young person, then rule, then subject (a stable order for tests and output). */
void sortAlerts(QList<Alert> &alerts);

} // namespace Pathway

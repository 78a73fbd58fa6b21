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

/** Sorts alerts by young person, then rule, then subject (a stable order for tests and output). */
void sortAlerts(QList<Alert> &alerts);

} // namespace Pathway

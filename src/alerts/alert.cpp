// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "alert.h"

#include <QJsonValue>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {
constexpr std::array tierCodes = {"warning", "overdue", "escalated", "lost_contact", "immediate"};
constexpr std::array audienceCodes = {"pa", "manager"};
} // namespace

QString toCode(AlertTier t)
{
    return QString::fromLatin1(tierCodes.at(static_cast<size_t>(t)));
}

std::optional<AlertTier> alertTierFromCode(const QString &code)
{
    for (size_t i = 0; i < tierCodes.size(); ++i) {
        if (code == QLatin1StringView(tierCodes.at(i))) {
            return static_cast<AlertTier>(i);
        }
    }
    return std::nullopt;
}

int tierRank(AlertTier t)
{
    switch (t) {
    case AlertTier::Warning:
        return 0;
    case AlertTier::Overdue:
        return 1;
    case AlertTier::Escalated:
        return 2;
    case AlertTier::LostContact:
        return 3;
    case AlertTier::Immediate:
        return 4;
    }
    return 0;
}

QString toCode(AlertAudience a)
{
    return QString::fromLatin1(audienceCodes.at(static_cast<size_t>(a)));
}

std::optional<AlertAudience> alertAudienceFromCode(const QString &code)
{
    for (size_t i = 0; i < audienceCodes.size(); ++i) {
        if (code == QLatin1StringView(audienceCodes.at(i))) {
            return static_cast<AlertAudience>(i);
        }
    }
    return std::nullopt;
}

QString Alert::key() const
{
    QString k = ruleCode + u':' + youngPersonId;
    if (!subject.isEmpty()) {
        k += u':' + subject;
    }
    return k;
}

QJsonObject Alert::toJson() const
{
    QJsonObject o {
        {u"ruleCode"_s, ruleCode},
        {u"youngPersonId"_s, youngPersonId},
        {u"tier"_s, toCode(tier)},
        {u"audience"_s, toCode(audience)},
        {u"daysOverdue"_s, daysOverdue},
        {u"facts"_s, facts},
        {u"key"_s, key()},
    };
    if (!subject.isEmpty()) {
        o.insert(u"subject"_s, subject);
    }
    if (since.isValid()) {
        o.insert(u"since"_s, since.toString(Qt::ISODate));
    }
    if (dueDate.isValid()) {
        o.insert(u"dueDate"_s, dueDate.toString(Qt::ISODate));
    }
    return o;
}

std::optional<Alert> Alert::fromJson(const QJsonObject &json)
{
    Alert a;
    a.ruleCode = json.value(u"ruleCode"_s).toString();
    a.youngPersonId = json.value(u"youngPersonId"_s).toString();
    a.subject = json.value(u"subject"_s).toString();
    const auto tier = alertTierFromCode(json.value(u"tier"_s).toString());
    const auto audience = alertAudienceFromCode(json.value(u"audience"_s).toString());
    if (a.ruleCode.isEmpty() || a.youngPersonId.isEmpty() || !tier || !audience) {
        return std::nullopt;
    }
    a.tier = *tier;
    a.audience = *audience;
    a.since = QDate::fromString(json.value(u"since"_s).toString(), Qt::ISODate);
    a.dueDate = QDate::fromString(json.value(u"dueDate"_s).toString(), Qt::ISODate);
    a.daysOverdue = json.value(u"daysOverdue"_s).toInt();
    a.facts = json.value(u"facts"_s).toObject();
    return a;
}

namespace {

/** The fact a rule counts in days, and whether it counts from `since` (else to `dueDate`). */
struct DayCountFact
{
    const char *rule;
    QLatin1StringView fact;
    bool fromSince;
};
constexpr std::array dayCountFacts = {
    DayCountFact {"no_contact", QLatin1StringView("daysSinceContact"), true},
    DayCountFact {"move_visit", QLatin1StringView("daysSinceMove"), true},
    DayCountFact {"health_handover", QLatin1StringView("daysToDue"), false},
};

} // namespace

bool countsByDay(const Alert &a)
{
    return a.ruleCode != "contact_request"_L1;
}

Alert withDayCounts(Alert a, const QDate &today)
{
    if (!countsByDay(a)) {
        return a;
    }
    a.daysOverdue = a.dueDate.isValid() ? static_cast<int>(std::max<qint64>(0, a.dueDate.daysTo(today))) : 0;
    for (const auto &c : dayCountFacts) {
        if (a.ruleCode == QLatin1StringView(c.rule)) {
            const qint64 days = c.fromSince ? a.since.daysTo(today) : today.daysTo(a.dueDate);
            a.facts.insert(c.fact, static_cast<int>(days));
        }
    }
    return a;
}

Alert withoutDayCounts(Alert a)
{
    if (!countsByDay(a)) {
        return a;
    }
    a.daysOverdue = 0;
    for (const auto &c : dayCountFacts) {
        if (a.ruleCode == QLatin1StringView(c.rule)) {
            a.facts.remove(c.fact);
        }
    }
    return a;
}

void sortAlerts(QList<Alert> &alerts)
{
    std::sort(alerts.begin(), alerts.end(), [](const Alert &l, const Alert &r) {
        if (l.youngPersonId != r.youngPersonId) {
            return l.youngPersonId < r.youngPersonId;
        }
        if (l.ruleCode != r.ruleCode) {
            return l.ruleCode < r.ruleCode;
        }
        return l.subject < r.subject;
    });
}

} // namespace Pathway

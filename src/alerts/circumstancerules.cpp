// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "rules.h"

using namespace Qt::StringLiterals;

namespace Pathway::Rules {

namespace {

/** An overdue alert to the PA for a condition that started on `since` and was due on `due`. */
Alert overdueToPa(const char *rule, const CaseFacts &f, const QDate &since, const QDate &due, const QDate &today)
{
    Alert a;
    a.ruleCode = QString::fromLatin1(rule);
    a.youngPersonId = f.youngPersonId;
    a.tier = AlertTier::Overdue;
    a.audience = AlertAudience::PersonalAdviser;
    a.since = since;
    a.dueDate = due;
    return withDayCounts(a, today);
}

} // namespace

QList<Alert> neetRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t)
{
    if (!f.neetSince) {
        return {};
    }
    const QDate due = f.neetSince->addMonths(t.neetMonths);
    if (today < due) {
        return {};
    }
    Alert a = overdueToPa(Neet, f, *f.neetSince, due, today);
    a.facts = {{u"activity"_s, f.neetCode}, {u"neetSince"_s, f.neetSince->toString(Qt::ISODate)}};
    return {a};
}

QList<Alert> unsuitableAccommodationRule(const CaseFacts &f, const QDate &today, const AlertThresholds &)
{
    if (!f.unsuitableAccommodationSince || *f.unsuitableAccommodationSince > today) {
        return {};
    }
    const QDate since = *f.unsuitableAccommodationSince;
    Alert a = overdueToPa(UnsuitableAccommodation, f, since, since, today);
    a.facts = {{u"accommodation"_s, f.accommodationCode}};
    return {a};
}

} // namespace Pathway::Rules

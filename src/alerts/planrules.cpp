// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "rules.h"

using namespace Qt::StringLiterals;

namespace Pathway::Rules {

QList<Alert> planReviewRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t)
{
    QDate base = f.lastReviewOn ? *f.lastReviewOn : serviceStart(f);
    if (!base.isValid()) {
        return {};
    }
    QDate due = f.lastReviewOn && f.nextReviewDue ? *f.nextReviewDue : base.addMonths(t.reviewIntervalMonths);
    QString reason = f.lastReviewOn ? u"scheduled"_s : u"first_review"_s;
    if (f.firstChangeAfterReviewOn) {
        const QDate changeDue = f.firstChangeAfterReviewOn->addDays(t.reviewAfterChangeDays);
        if (changeDue < due) {
            due = changeDue;
            base = *f.firstChangeAfterReviewOn;
            reason = u"significant_change"_s;
        }
    }
    if (today < due.addDays(-t.reviewWarningDays)) {
        return {};
    }
    Alert a;
    a.ruleCode = QString::fromLatin1(PlanReview);
    a.youngPersonId = f.youngPersonId;
    a.since = base;
    a.dueDate = due;
    a = withDayCounts(a, today);
    if (today <= due) {
        a.tier = AlertTier::Warning;
    } else if (a.daysOverdue >= t.reviewEscalateDays) {
        a.tier = AlertTier::Escalated;
        a.audience = AlertAudience::Manager;
    } else {
        a.tier = AlertTier::Overdue;
    }
    QJsonObject facts {{u"reason"_s, reason}};
    if (f.lastReviewOn) {
        facts.insert(u"lastReviewOn"_s, f.lastReviewOn->toString(Qt::ISODate));
    }
    if (reason == u"significant_change"_s) {
        facts.insert(u"changeOn"_s, f.firstChangeAfterReviewOn->toString(Qt::ISODate));
        facts.insert(u"changeKind"_s, f.firstChangeKind);
    }
    a.facts = facts;
    return {a};
}

QList<Alert> healthHandoverRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t)
{
    if (f.healthHandedOver || !f.dateOfBirth.isValid()) {
        return {};
    }
    const QDate warnFrom = f.dateOfBirth.addMonths(t.healthWarningAgeMonths);
    const QDate due = f.dateOfBirth.addMonths(t.healthOverdueAgeMonths);
    if (today < warnFrom) {
        return {};
    }
    Alert a;
    a.ruleCode = QString::fromLatin1(HealthHandover);
    a.youngPersonId = f.youngPersonId;
    a.tier = today < due ? AlertTier::Warning : AlertTier::Overdue;
    a.since = warnFrom;
    a.dueDate = due;
    return {withDayCounts(a, today)}; // daysOverdue, daysToDue
}

} // namespace Pathway::Rules

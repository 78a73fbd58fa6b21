// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "evaluator.h"

#include "rules.h"

namespace Pathway {

bool AlertEvaluator::isBeyondService(const QDate &dateOfBirth, const QDate &today, const AlertThresholds &t)
{
    return dateOfBirth.isValid() && dateOfBirth.addYears(t.serviceMaxAge + 1) <= today;
}

QList<Alert> AlertEvaluator::evaluateFacts(const CaseFacts &facts, const QDateTime &now, const AlertThresholds &t)
{
    const QDate today = now.toUTC().date();
    if (isBeyondService(facts.dateOfBirth, today, t)) {
        return {};
    }
    QList<Alert> out;
    out += Rules::noContactRule(facts, today, t);
    out += Rules::noPaRule(facts, today, t);
    out += Rules::moveVisitRule(facts, today, t);
    out += Rules::planReviewRule(facts, today, t);
    out += Rules::healthHandoverRule(facts, today, t);
    out += Rules::missingIdRule(facts, today, t);
    out += Rules::passportExpiryRule(facts, today, t);
    out += Rules::inTouchRule(facts, today, t);
    out += Rules::contactRequestRule(facts, now, t);
    out += Rules::neetRule(facts, today, t);
    out += Rules::unsuitableAccommodationRule(facts, today, t);
    sortAlerts(out);
    return out;
}

QList<Alert> AlertEvaluator::evaluate(const CaseRecords &records, const QDateTime &now, const AlertSettings &settings)
{
    const AlertThresholds t = settings.forYoungPerson(records.youngPerson.id);
    return evaluateFacts(caseFactsFrom(records, now.toUTC().date(), t), now, t);
}

QList<Alert> AlertEvaluator::evaluateCaseload(const QList<CaseRecords> &caseload,
                                              const QDateTime &now,
                                              const AlertSettings &settings)
{
    QList<Alert> out;
    for (const auto &r : caseload) {
        out += evaluate(r, now, settings);
    }
    sortAlerts(out);
    return out;
}

} // namespace Pathway

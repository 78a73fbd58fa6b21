// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alert.h"
#include "alertsettings.h"
#include "caserecords.h"

#include <QDateTime>
#include <QList>

namespace Pathway {

/** Runs every alert rule for one young person, or a whole caseload. Pure: same input, same output. */
class AlertEvaluator
{
public:
    /** All alerts for one young person's records, sorted by rule and subject. */
    static QList<Alert> evaluate(const CaseRecords &records, const QDateTime &now, const AlertSettings &settings);
    /** The same from compact facts (the server's SQL path); `t` must be settings.forYoungPerson(id). */
    static QList<Alert> evaluateFacts(const CaseFacts &facts, const QDateTime &now, const AlertThresholds &t);
    /** All alerts for many young people, sorted by young person, rule and subject. */
    static QList<Alert>
    evaluateCaseload(const QList<CaseRecords> &caseload, const QDateTime &now, const AlertSettings &settings);
    /** Whether a young person of this date of birth is beyond the service on `today` (no alerts). */
    static bool isBeyondService(const QDate &dateOfBirth, const QDate &today, const AlertThresholds &t);
};

/** Convenience free function matching the rule style. */
inline QList<Alert> evaluate(const CaseRecords &records, const QDateTime &now, const AlertSettings &settings)
{
    return AlertEvaluator::evaluate(records, now, settings);
}

} // namespace Pathway

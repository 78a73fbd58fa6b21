// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alertsettings.h"
#include "casesummary.h"

#include <QDateTime>
#include <optional>

namespace Pathway {

/**
 * When a young person's alerts could next change by the passing of time alone (their records
 * unchanged): the earliest instant after `now` at which AlertEvaluator::evaluateFacts over
 * summary.factsOn(that day) could give a different list than at `now`. It may be earlier than
 * the real change (the sweep then finds nothing new and asks again), never later. nullopt: never
 * (beyond the service). Alerts carry day counts, so any alert present means "tomorrow" at most.
 */
std::optional<QDateTime> nextAlertChange(const CaseSummary &summary, const QDateTime &now, const AlertThresholds &t);

} // namespace Pathway

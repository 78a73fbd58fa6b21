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
 * (beyond the service). Day counts (withDayCounts) are no change: they are worked out when read,
 * so an alert that only counts on is not evaluated again until its tier or another fact can change.
 * A contact request's days overdue run from an instant and are changes, at the instant each turns.
 */
std::optional<QDateTime> nextAlertChange(const CaseSummary &summary, const QDateTime &now, const AlertThresholds &t);

} // namespace Pathway

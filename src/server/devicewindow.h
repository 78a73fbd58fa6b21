// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "server/serverstore.h"

#include <QString>

/**
 * When the server first learned of each device's change window: the earliest server time from
 * which the changes a device has not pushed yet can date. A device's sync run pushes every change
 * it holds before it pulls, so once a run's pull reaches the end, whatever the device pushes later
 * was made after that run opened. Before its first complete run, a device's window opens when the
 * server first saw the device. The device's own clock (its HLCs) is not trusted for this.
 */
namespace Pathway::Server {

/** A push or pull from the device at server time @p nowMs: opens its sync run unless one is open. */
void openSyncRun(ServerStore &store, const QString &deviceId, qint64 nowMs);
/** The device's pull reached the end: its change window now starts when that run opened. */
void settleSyncRun(ServerStore &store, const QString &deviceId, qint64 nowMs);
/** The start of the device's change window (ms since the epoch; 0 for an unknown device). */
qint64 changeWindowStart(ServerStore &store, const QString &deviceId);

} // namespace Pathway::Server

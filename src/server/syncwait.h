// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "server/api.h"
#include "server/changefeed.h"
#include "server/router.h"

namespace Pathway::Server {

/**
 * Registers GET /v1/sync/wait?after=<seq>[&timeout=<s>] (docs/api/openapi.yaml): a long-poll that
 * answers {"changed": true, "cursor": "<seq>"} as soon as a record the caller may read (the same
 * access rules as a pull) has a server_seq above `after`, or when the set of young people the
 * caller sees changes; and {"changed": false} when nothing came within the server's
 * `sync_wait` seconds (or the shorter `timeout` asked for). The request is held by the HTTP
 * front end without a thread; the ChangeFeed wakes it. 503 "too_many_waits" when the server
 * holds its maximum; a device's third wait ends its first (ChangeFeed::Limits).
 */
void registerSyncWaitRoute(Router &router, ApiContext &context, ChangeFeed &feed);

} // namespace Pathway::Server

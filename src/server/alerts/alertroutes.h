// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "server/api.h"
#include "server/router.h"

namespace Pathway::Server {

using AuthedHandler = std::function<HttpResponse(const HttpRequest &, const RouteParams &, const Principal &)>;

/** Staff only: a young person's token, a missing or revoked one, are refused (401/403). */
Handler staffOnly(ApiContext &ctx, AuthedHandler fn);

/**
 * Registers the alert routes (documented in docs/api/openapi.yaml):
 *   GET  /v1/alerts?state=open|acknowledged|resolved&audience=pa|manager
 *        staff only; a PA sees alerts of their caseload, a manager their team's and the
 *        unallocated young people's, an admin the authority's. Without `state`: every
 *        unresolved alert.
 *   POST /v1/alerts/{id}/ack {"note": "..."}  acknowledges with a note, by the caller.
 * An acknowledged alert carries who (staff id and, from their staff record, display name), the
 * note and when, so every device that sees the alert can say who acknowledged it and why.
 * The app does not sync alerts as records: it evaluates the same pure rules on the device for
 * the PA's own caseload (offline), and reads and acknowledges the server's alerts here.
 */
void registerAlertRoutes(Router &router, ApiContext &context);

} // namespace Pathway::Server

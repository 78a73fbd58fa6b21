// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"
#include "server/auth.h"
#include "server/config.h"
#include "server/metrics.h"
#include "server/router.h"
#include "server/serverstore.h"

namespace Pathway::Server {

/** What the core API handlers need; owned by the caller, outlives the router. */
struct ApiContext
{
    ServerStore &store;
    AuthService &auth;
    const Clock &clock;
    const ServerConfig &config;
    Metrics &metrics;
};

/** Registers /healthz, /metrics and every /v1 route of docs/api/openapi.yaml except feature extensions. */
void registerCoreRoutes(Router &router, ApiContext &context);

/** GET /metrics, unauthenticated: only for the separate metrics listener (metrics_bind/metrics_port). */
void registerMetricsRoute(Router &router, Metrics &metrics);

/**
 * Routes one request: 404/405 for unknown routes, the handler otherwise; never lets an
 * exception out (500). Counts it in metrics and writes one structured log line.
 */
HttpResponse dispatch(const Router &router, const HttpRequest &request, Metrics &metrics);

/**
 * Counts one finished request in metrics and writes its log line. dispatch() does this itself,
 * except for a held response (a long-poll), which the front end logs when it is answered.
 */
void logRequest(Metrics &metrics,
                const HttpRequest &request,
                const QString &route,
                const HttpResponse &response,
                double durationMs);

} // namespace Pathway::Server

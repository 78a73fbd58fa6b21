// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "server/api.h"
#include "server/router.h"

namespace Pathway::Server {

/**
 * Registers the statutory return routes (documented in docs/api/openapi.yaml):
 *   GET /v1/reports/oc3?year=YYYY  the SSDA903 OC3 CSV for the collection year starting 1 April
 *       YYYY; managers (their team's and the unallocated young people) and admins (the
 *       authority's). Rows that break a DfE rule are counted in the X-Pathway-Problems header.
 *       With format=json: {"fileName", "rows", "csv", "problems": [{"child", "rule"}]} (the app).
 */
void registerReportRoutes(Router &router, ApiContext &context);

} // namespace Pathway::Server

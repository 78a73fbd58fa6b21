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
 *   GET /v1/reports/annex-a?date=YYYY-MM-DD&format=xlsx|csv  Ofsted's Annex A list 9 (care
 *       leavers) as of the date (not after today), as XLSX (the default) or CSV; managers and
 *       admins, scoped as OC3. A bad date or format is 400. With envelope=json:
 *       {"fileName", "rows", "content" (the file in base64)} (the app).
 */
void registerReportRoutes(Router &router, ApiContext &context);

} // namespace Pathway::Server

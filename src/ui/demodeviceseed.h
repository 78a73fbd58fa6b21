// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "casedata.h"
#include "domain/role.h"
#include "storesession.h"

namespace Pathway {

/** The records and the identity a demo device starts with. */
struct DemoDeviceSeed
{
    CaseData data;
    DeviceIdentity identity;
};

/**
 * A demo device for @p role ("young_person", "pa", "manager"): the synthetic authority of
 * makeDemoAuthority(), cut down to what that role's device would hold after a first sync
 * (a young person: their own records; a PA: their caseload; a manager: the whole team).
 */
DemoDeviceSeed makeDemoSeed(Role role, const QDate &today);

} // namespace Pathway

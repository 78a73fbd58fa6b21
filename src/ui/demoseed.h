#pragma once

#include "casedata.h"
#include "storesession.h"

namespace Pathway {

/** The records and the identity a demo device starts with. */
struct DemoSeed
{
    CaseData data;
    DeviceIdentity identity;
};

/**
 * A demo device for @p role ("young_person", "pa", "manager"): the synthetic authority of
 * makeDemoAuthority(), cut down to what that role's device would hold after a first sync
 * (a young person: their own records; a PA: their caseload; a manager: the whole team).
 */
DemoSeed makeDemoSeed(const QString &role, const QDate &today);

} // namespace Pathway

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "role.h"

#include <QJsonObject>
#include <QString>

namespace Pathway {

/**
 * One write to check against the access table: who writes, which record, which fields.
 * `fields` are the fields the change sets (for a new record its whole body; for an existing one
 * only what differs), as the outbox sends them.
 */
struct WriteRequest
{
    Role role = Role::YoungPerson;
    QString writerId; ///< the writer's staff id, or the young person's own id
    QString recordType;
    QString ownerId; ///< the young person the record belongs to ("" for authority-wide records)
    bool isDelete = false;
    QJsonObject fields;
    bool exists = false; ///< the record exists already
    QJsonObject current; ///< its stored body when it exists
};

/**
 * The one access table for writes, role x record type x field: both pathway-server (on every push)
 * and the app (to decide which actions to offer, and before saving) use it, so the app never offers
 * what the server refuses.
 *
 * - young person: only records they own (`ownerId` is their id), and within those:
 *   contact_request: their own requests (not the answer fields), status open or withdrawn;
 *   plan_section: ownWords and youngPersonTookPart, in an existing area or a new one (area only);
 *   plan_action: a step they propose (new, status "proposed"), or status "done" on a step;
 *   chronology_event: a new "review_requested" or "copy_made" event recorded by themselves;
 *   health_entry: appointments and notes they add (and edit or delete those);
 *   document: helpRequested, and youngPersonHasIt (they have it now; the PA confirms);
 *   entitlement: status "asked". Anything else is refused.
 * - PA: every caseload record type, young people excepted (they may not create young people),
 *   not allocations, staff or the offer. This includes the facts the returns need: activity,
 *   accommodation and in_touch (a young person writes none of these).
 * - manager: as a PA, plus allocations, the offer and the authority's settings (its out-of-hours line).
 * - admin: everything, staff records included.
 *
 * Whose records a member of staff may write (caseload, team, authority) is decided by the server's
 * visibility rules (server/access.h); this table says what a role may write in a record it can see.
 */
bool mayWrite(const WriteRequest &request);

/** Whether the role may write the record type at all (coarse: for showing a page's editors). */
bool mayWriteType(Role role, const QString &recordType);

} // namespace Pathway

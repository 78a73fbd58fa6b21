// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/writeaccess.h"
#include "server/serverstore.h"

#include <QDate>
#include <QMap>
#include <QSet>
#include <QString>

/**
 * Access control: who may see and write which records. Decided on the server for every push and
 * pull. What each role may write in a record is the shared write table (domain/writeaccess.h), the
 * same one the app uses to decide what to offer; whose records it may read and write is decided here.
 * Summary:
 *
 * - young person: records they own, except staff-only ones (a confidential contact log, and the
 *   amendments of one, are not sent to them at all); of authority-wide records, only their own
 *   PA's staff record (reduced to id, name and role) and their authority's offer items. What they
 *   may push in their own records is the write table's (domain/writeaccess.h); anything else is
 *   rejected "forbidden".
 * - PA: young people currently allocated to them, plus authority-wide staff and offer items.
 * - manager: young people allocated to PAs in their team, and unallocated young people of the
 *   authority; may also allocate, create young people and edit the offer.
 * - admin: every young person of the authority; the only role that edits staff records.
 *
 * Allocation periods: `until` is the last day the PA is allocated (inclusive), as in the domain's
 * Allocation::isCurrentOn. On the `until` day the PA still sees and writes the young person's
 * records; from the next day the young person disappears from the old PA's pulls (removeOwners),
 * but the old PA's devices may still push changes for them made while allocated, for the
 * ReallocationGraceDays days after `until`, so nothing written offline is lost. "While allocated"
 * means the change's date is on or before `until`, or its instant is before the instant the end
 * was recorded on the server (the HLC of the allocation's `until` field): a contact the old PA
 * logged offline on the morning of the handover day is accepted, one made after the reallocation
 * was recorded is not. The change's instant is its HLC, but never earlier than the start of the
 * device's change window (devicewindow.h): a device cannot backdate a change to before the server
 * last knew it had pushed everything it held.
 */
namespace Pathway::Server {

using Pathway::Role;
using Pathway::roleFromCode;
using Pathway::toCode;

/** The authenticated caller of a request. */
struct Principal
{
    Role role = Role::YoungPerson;
    QString subjectId; ///< staff id or young person id
    QString authorityId;
    QString teamId;
    QString deviceId;
    QString tokenHash;
    QString sessionId;
    bool revoked = false; ///< the device was revoked: it may only upload in its final window, and pull a wipe
};

/** Days after an allocation's last day (`until`) during which the old PA's earlier offline changes are accepted. */
inline constexpr int ReallocationGraceDays = 30;

/** Everything access decisions need about a principal, computed once per request. */
struct AccessContext
{
    Principal who;
    QDate today;
    QSet<QString> visibleOwners; ///< young people whose records the principal sees now
    QMap<QString, QDate> endedOwners; ///< PA only: young people allocated to them before, with the last allocated day
    QMap<QString, qint64> endRecordedAt; ///< PA only: when each end was recorded (ms, `until` field HLC)
    QString ownPaId; ///< young person only: their current PA's staff id
    /** Push only: when the server first learned of the device's change window (devicewindow.h). */
    qint64 changeWindowStartMs = 0;
};

/** Builds the context from the store's allocations (server time `today`). */
AccessContext buildAccessContext(ServerStore &store, const Principal &who, const QDate &today);

/** Whether the principal may receive this record in a pull. */
bool canRead(const AccessContext &ctx, const ServerRecord &record);
/** The record as this principal receives it (young people get a reduced staff record). */
ServerRecord redactFor(const AccessContext &ctx, const ServerRecord &record);

/**
 * Whether the principal may apply this change; "" if allowed, else a reason code ("forbidden").
 * `current` is the stored record (nullptr for a new one); `currentAuthority` the authority of
 * the change's owner or record.
 */
QString checkPush(const AccessContext &ctx, const Sync::Change &change, const ServerRecord *current);

} // namespace Pathway::Server

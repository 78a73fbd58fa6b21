// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/protocol.h"

#include <QJsonObject>
#include <QList>
#include <QString>

/**
 * The merge rules of docs/records-and-changes.md as one pure function, so the app and the
 * server merge identically:
 * - append-only types (contact_log, contact_amendment): created once; a later upsert with
 *   different fields, or a delete, is rejected "append_only"; the same fields again are a no-op;
 * - every other type merges per field, last writer wins by HLC (fieldHlc keeps each field's HLC);
 *   a delete is the field "deleted" set to true under the same rule, so a newer upsert with
 *   "deleted": false undeletes;
 * - long free-text fields (isLongTextField): when the change's baseHlc is older than the field's
 *   current HLC and the texts differ, both sides edited it: LWW still picks the newer text,
 *   and the losing text is returned as a conflict for a human to resolve.
 */
namespace Pathway::Sync {

/** A record's stored state as merge input and output. */
struct RecordState
{
    bool exists = false;
    QJsonObject body;
    QJsonObject fieldHlc;
    QString hlc;
    bool deleted = false;
    friend bool operator==(const RecordState &, const RecordState &) = default;
};

/** The text that lost a concurrent edit of a long free-text field. */
struct FieldConflict
{
    QString field;
    QJsonValue otherValue;
    QString otherHlc;
    friend bool operator==(const FieldConflict &, const FieldConflict &) = default;
};

enum class MergeOutcome
{
    Applied,
    Conflict,
    Rejected
};

/** What merging one change did. */
struct MergeResult
{
    MergeOutcome outcome = MergeOutcome::Applied;
    QString reason; ///< Reason::AppendOnly when rejected, Reason::TextConflict on conflict
    RecordState state; ///< the record after the change (unchanged input when rejected)
    QList<FieldConflict> conflicts;
    bool changed = false; ///< state differs from the input (a new version must be numbered)
};

/** Merges `change` into `current`. Pure: no I/O, no clock. */
MergeResult mergeChange(const RecordState &current, const Change &change);

} // namespace Pathway::Sync

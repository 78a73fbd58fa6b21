// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "protocol/merge.h"

using namespace Qt::StringLiterals;

namespace Pathway::Sync {

namespace {

MergeResult mergeAppendOnly(const RecordState &current, const Change &change)
{
    MergeResult result;
    result.state = current;
    if (!current.exists) {
        if (change.op == ChangeOp::Delete) {
            result.outcome = MergeOutcome::Rejected;
            result.reason = QString::fromLatin1(Reason::AppendOnly);
            return result;
        }
        result.state.exists = true;
        result.state.body = change.fields;
        result.state.body.insert(u"id"_s, change.recordId);
        for (auto it = result.state.body.begin(); it != result.state.body.end(); ++it) {
            result.state.fieldHlc.insert(it.key(), change.hlc);
        }
        result.state.hlc = change.hlc;
        result.state.deleted = false;
        result.changed = true;
        return result;
    }
    if (change.op == ChangeOp::Upsert) {
        bool same = true;
        for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
            if (current.body.value(it.key()) != it.value()) {
                same = false;
                break;
            }
        }
        if (same) {
            return result; // the same contact saved again under another change id: nothing to do
        }
    }
    result.outcome = MergeOutcome::Rejected;
    result.reason = QString::fromLatin1(Reason::AppendOnly);
    return result;
}

} // namespace

MergeResult mergeChange(const RecordState &current, const Change &change)
{
    if (isAppendOnlyType(change.recordType)) {
        return mergeAppendOnly(current, change);
    }
    MergeResult result;
    RecordState &s = result.state;
    s = current;
    QJsonObject fields = change.fields;
    if (change.op == ChangeOp::Delete) {
        fields = {{u"deleted"_s, true}};
    }
    if (!s.exists) {
        s.exists = true;
        s.body.insert(u"id"_s, change.recordId);
        s.fieldHlc.insert(u"id"_s, change.hlc);
        result.changed = true;
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString &field = it.key();
        const QJsonValue incoming = it.value();
        const QString fieldHlc = s.fieldHlc.value(field).toString();
        const QJsonValue currentValue = s.body.value(field);
        const bool incomingNewer = fieldHlc.isEmpty() || change.hlc > fieldHlc;
        // Both sides edited a long text: the change did not see the field's current version.
        const bool concurrentText = isLongTextField(field) && !fieldHlc.isEmpty() && change.baseHlc < fieldHlc
            && currentValue != incoming && !currentValue.toString().isEmpty() && !incoming.toString().isEmpty();
        if (incomingNewer) {
            if (concurrentText) {
                result.conflicts.append({field, currentValue, fieldHlc});
            }
            if (currentValue != incoming || fieldHlc != change.hlc) {
                s.body.insert(field, incoming);
                s.fieldHlc.insert(field, change.hlc);
                result.changed = true;
            }
        } else if (concurrentText && fieldHlc != change.hlc) {
            result.conflicts.append({field, incoming, change.hlc});
        }
    }
    s.deleted = s.body.value(u"deleted"_s).toBool(false);
    if (change.hlc > s.hlc) {
        s.hlc = change.hlc;
        result.changed = true;
    }
    if (!result.conflicts.isEmpty()) {
        result.outcome = MergeOutcome::Conflict;
        result.reason = QString::fromLatin1(Reason::TextConflict);
        result.changed = true;
    }
    return result;
}

} // namespace Pathway::Sync

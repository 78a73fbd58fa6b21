// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Merge: mergeChange() on any stored state and any two valid changes to the same record.
// Properties of docs/records-and-changes.md: a change merged twice changes nothing the second
// time; a rejected change leaves the state as it was; and two changes with different HLCs give
// the same record whichever order they arrive in (the devices and the server converge).
#include "fuzzcheck.h"

#include "protocol/merge.h"

#include <QJsonObject>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {

Sync::RecordState stateFrom(const QJsonObject &json)
{
    Sync::RecordState s;
    s.exists = json.value(u"exists"_s).toBool();
    s.body = json.value(u"body"_s).toObject();
    s.fieldHlc = json.value(u"fieldHlc"_s).toObject();
    s.hlc = json.value(u"hlc"_s).toString();
    s.deleted = json.value(u"deleted"_s).toBool();
    return s;
}

void checkIdempotent(const Sync::RecordState &current, const Sync::Change &change)
{
    const Sync::MergeResult once = Sync::mergeChange(current, change);
    if (once.outcome == Sync::MergeOutcome::Rejected) {
        Fuzz::check(once.state == current && !once.changed, "a rejected change leaves the record as it was");
        return;
    }
    const Sync::MergeResult twice = Sync::mergeChange(once.state, change);
    Fuzz::check(twice.outcome != Sync::MergeOutcome::Rejected, "a change merged again is not rejected");
    Fuzz::check(twice.state == once.state, "a change merged twice changes nothing the second time");
}

/** The record a device shows: its fields, whether it is deleted and its version. */
bool sameRecord(const Sync::RecordState &x, const Sync::RecordState &y)
{
    return x.exists == y.exists && x.body == y.body && x.deleted == y.deleted && x.hlc == y.hlc;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonValue json = Fuzz::jsonValue(data, size);
    if (!json.isObject()) {
        return 0;
    }
    const QJsonObject root = json.toObject();
    const Sync::RecordState current = stateFrom(root.value(u"current"_s).toObject());
    auto a = Sync::Change::fromJson(root.value(u"a"_s));
    if (!a) {
        return 0;
    }
    checkIdempotent(current, *a);
    auto b = Sync::Change::fromJson(root.value(u"b"_s));
    if (!b) {
        return 0;
    }
    b->recordType = a->recordType;
    b->recordId = a->recordId;
    b->ownerId = a->ownerId;
    checkIdempotent(current, *b);
    if (a->hlc == b->hlc || Sync::isAppendOnlyType(a->recordType)) {
        return 0; // equal HLCs have no order; append-only records keep the first version by design
    }
    const Sync::MergeResult ab = Sync::mergeChange(Sync::mergeChange(current, *a).state, *b);
    const Sync::MergeResult ba = Sync::mergeChange(Sync::mergeChange(current, *b).state, *a);
    Fuzz::check(sameRecord(ab.state, ba.state), "two changes converge whichever order they arrive in");
    return 0;
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// The pull request parser (server side) and the pull page parser (device side): neither crashes,
// and whatever parses survives its own round trip.
#include "fuzzcheck.h"

#include "protocol/protocol.h"

using namespace Pathway;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonValue json = Fuzz::jsonValue(data, size);
    if (json.isUndefined()) {
        return 0;
    }
    Sync::ProtocolError error;
    if (const auto request = Sync::PullRequest::fromJson(json, &error)) {
        Fuzz::check(request->limit >= 1 && request->limit <= Sync::MaxPullLimit, "a pull limit is in range");
        const auto again = Sync::PullRequest::fromJson(request->toJson());
        Fuzz::check(again && again->cursors == request->cursors && again->limit == request->limit,
                    "a parsed pull survives its round trip");
    } else {
        Fuzz::check(!error.code.isEmpty(), "a refused pull says why");
    }
    if (const auto page = Sync::PullResponse::fromJson(json)) {
        const auto again = Sync::PullResponse::fromJson(page->toJson());
        Fuzz::check(again && again->records == page->records && again->cursors == page->cursors
                        && again->hasMore == page->hasMore && again->removeOwners == page->removeOwners
                        && again->wipe == page->wipe,
                    "a parsed pull page survives its round trip");
    }
    return 0;
}

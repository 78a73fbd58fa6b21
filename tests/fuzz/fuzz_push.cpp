// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// The push request parser (what the server reads from a device) and the push answer parser
// (what a device reads back): neither crashes, and whatever parses survives its own round trip.
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
    if (const auto request = Sync::PushRequest::fromJson(json, &error)) {
        Fuzz::check(request->changes.size() <= Sync::MaxChangesPerPush, "a push holds at most MaxChangesPerPush");
        const auto again = Sync::PushRequest::fromJson(request->toJson());
        Fuzz::check(again.has_value(), "a parsed push parses again");
        Fuzz::check(again->deviceId == request->deviceId && again->changes == request->changes,
                    "a parsed push survives its round trip");
    } else {
        Fuzz::check(!error.code.isEmpty(), "a refused push says why");
    }
    if (const auto response = Sync::PushResponse::fromJson(json)) {
        const auto again = Sync::PushResponse::fromJson(response->toJson());
        Fuzz::check(again && again->results == response->results && again->wipe == response->wipe,
                    "a parsed push answer survives its round trip");
    }
    return 0;
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// The pull request parser (server side) and the pull page parser (device side): neither crashes,
// and whatever parses survives its own round trip. The device's quick scan of a page's text
// (PullPeek) never crashes either, and where the page parses it reads the same cursors, and body
// texts that parse to the very bodies the full parse validated (the store keeps those texts).
#include "fuzzcheck.h"

#include "protocol/protocol.h"
#include "sync/pullpeek.h"

using namespace Pathway;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text = Fuzz::bytes(data, size);
    const auto peek = Sync::PullPeek::read(text);
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
        if (peek) {
            Fuzz::check(peek->cursors == page->cursors && peek->hasMore == page->hasMore
                            && peek->removeOwners == page->removeOwners && peek->wipe == page->wipe,
                        "the quick scan reads a page's members as the full parse does");
            if (peek->bodies.size() == page->records.size()) {
                for (qsizetype i = 0; i < page->records.size(); ++i) {
                    const QJsonDocument body = QJsonDocument::fromJson(peek->bodies.at(i));
                    Fuzz::check(body.isObject() && body.object() == page->records.at(i).body,
                                "a scanned body text is the body the full parse read");
                }
            }
        }
    }
    return 0;
}

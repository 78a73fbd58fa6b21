// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"
#include "server/serverstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Pathway::Server {

/**
 * What publishing an authority's local offer from a file did (docs/server-admin.md describes the
 * file). Every item is validated first; any error means nothing is published.
 */
struct OfferImportResult
{
    QStringList errors; ///< "items.2.title: required": codes and field paths, no contents
    int catalogueVersion = 0;
    int created = 0;
    int updated = 0;
    int withdrawn = 0; ///< published before, not in the file (or marked withdrawn in it)
    int unchanged = 0;
    bool ok() const { return errors.isEmpty(); }
};

/**
 * Publishes the offer in `json` for an authority as offer_item records, synced to every device of
 * the authority. Items are matched by their `key`; an item published before and missing from the
 * file is withdrawn, never deleted, so young people's statuses for it stay. A file that changes
 * anything must carry a catalogueVersion above the published one; the same file again is a no-op.
 */
OfferImportResult
importOffer(ServerStore &store, const Clock &clock, const QString &authorityId, const QByteArray &json);

/** The authority's published offer in the import format (withdrawn items left out). */
QJsonObject exportOffer(ServerStore &store, const QString &authorityId);

} // namespace Pathway::Server

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pathway::Sync {

/**
 * What a pull page says about the page after it, read from its JSON text without parsing its
 * records: the cursors, hasMore, removeOwners and wipe members of the top-level object. The
 * engine asks for the next page with these before it parses and stores this one, so the server
 * builds page N+1 while the device parses and stores page N.
 */
struct PullPeek
{
    QMap<QString, QString> cursors;
    bool hasMore = false;
    QStringList removeOwners;
    bool wipe = false;
    /**
     * The text of each record's "body" member, in order (for PullResponse::bodyTexts); empty
     * unless every record has one object body.
     */
    QList<QByteArray> bodies;

    /**
     * The members of @p json (a pull answer's text), or nullopt when it is not a JSON object or
     * one of them is malformed. The records are skipped by their brackets and strings, not
     * parsed; the full parse of the page still validates everything.
     */
    static std::optional<PullPeek> read(const QByteArray &json);
};

} // namespace Pathway::Sync

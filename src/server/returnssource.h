// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "returns/annexa.h"
#include "returns/returnrecords.h"
#include "server/serverstore.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Pathway::Server {

/** Reads what the statutory returns (OC3, Annex A) need from the server's store. */
class ReturnsSource
{
public:
    /**
     * Every young person of the authority with their contacts (amendments applied), activity,
     * accommodation and in-touch records; only those in @p owners when it is given.
     */
    static QList<ReturnRecords>
    load(ServerStore &store, const QString &authorityId, const QSet<QString> *owners = nullptr);
    /** The authority's staff by id, with their display name and team name (Annex A). */
    static QHash<QString, AnnexAStaff> staff(ServerStore &store, const QString &authorityId);
    /** The authorities that have young people. */
    static QStringList authorities(ServerStore &store);
};

} // namespace Pathway::Server

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"
#include "server/serverstore.h"

#include <QJsonObject>
#include <QString>

namespace Pathway::Server {

/**
 * Writes records on the server's own authority (admin CLI, CSV import, demo seed) through the
 * same apply path as pushes, so projections, numbering and duplicate detection are identical.
 * A stable `changeId` makes a repeated run a no-op ("duplicate").
 */
Sync::PushResult writeAsServer(ServerStore &store,
                               const Clock &clock,
                               const QString &changeId,
                               const QString &recordType,
                               const QString &recordId,
                               const QString &ownerId,
                               const QJsonObject &fields);

/** A change id derived from its content: the same content always gives the same id. */
QString
contentChangeId(const QString &prefix, const QString &recordType, const QString &recordId, const QJsonObject &fields);

/** A deterministic record id (UUID v5) for a name, e.g. "young_person|<authority>|<case ref>". */
QString stableId(const QString &name);

} // namespace Pathway::Server

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"
#include "server/serverstore.h"

#include <QMap>
#include <QStringList>
#include <QTextStream>

namespace Pathway::Server {

/**
 * `pathway-server admin <command>`: directory management straight on the configured store.
 * Passwords come from PATHWAY_ADMIN_PASSWORD or the first line of stdin, never from argv.
 * Returns the process exit code (0 ok, 1 failed, 2 usage).
 */
int runAdmin(ServerStore &store,
             const Clock &clock,
             const QStringList &args,
             const QMap<QString, QString> &env,
             QTextStream &in,
             QTextStream &out,
             QTextStream &err);

/** Creates a staff login and its synced staff record. */
bool createStaffAccount(ServerStore &store,
                        const Clock &clock,
                        const QString &id,
                        const QString &authorityId,
                        const QString &teamId,
                        const QString &role,
                        const QString &email,
                        const QString &displayName,
                        const QByteArray &password,
                        QString *error);

} // namespace Pathway::Server

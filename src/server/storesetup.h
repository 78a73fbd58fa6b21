// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "server/config.h"
#include "server/serverstore.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Pathway::Server {

/**
 * The embedded store key: PATHWAY_DB_KEY (hex), else a key file only its owner may read
 * (group/other-readable files are refused), else, for a new data directory, a fresh random key
 * written to DIR/server.key with mode 0600. Returns the 32 raw bytes, or empty with an error code.
 */
QByteArray loadOrCreateStoreKey(const ServerConfig &config, QString *error);

/**
 * Opens the configured store (embedded SQLCipher in the data dir, or PostgreSQL). The embedded
 * store's data directory is made 0700 and its database (with its -wal and -shm files) 0600.
 */
std::unique_ptr<SqlServerStore> openConfiguredStore(const ServerConfig &config, QString *error);

/**
 * A random 32-byte secret of this installation named @p name, made on first use and kept in the
 * store with its other keys (encrypted in the embedded store), so every instance shares it. Used
 * to key log pseudonyms. Empty if the store failed.
 */
QByteArray installationSecret(ServerStore &store, const QString &name);

} // namespace Pathway::Server

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

/** Opens the configured store (embedded SQLCipher in the data dir, or PostgreSQL). */
std::unique_ptr<SqlServerStore> openConfiguredStore(const ServerConfig &config, QString *error);

} // namespace Pathway::Server

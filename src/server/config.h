// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pathway::Server {

/** pathway-server settings: defaults, then the config file, then PATHWAY_* variables, then flags. */
struct ServerConfig
{
    QString dataDir;
    QString bind = QStringLiteral("127.0.0.1");
    int port = 8443;
    QString databaseUri; ///< postgresql://... ; empty = embedded SQLCipher in dataDir
    bool demo = false;
    QString tlsCertFile;
    QString tlsKeyFile;
    QString dbKeyFile; ///< file holding the embedded store key (hex); default DIR/server.key
    QString dbKeyHex; ///< from PATHWAY_DB_KEY only (never a flag: argv is visible to others)
    qint64 bodyLimit = 4 * 1024 * 1024;
    qint64 decompressedLimit = 16 * 1024 * 1024;
    int headerLimit = 16 * 1024;
    int readTimeoutSecs = 30;
    int writeTimeoutSecs = 30;
    int threads = 4;
    int poolSize = 4;
    qint64 accessTokenTtlSecs = 3600;
    qint64 refreshTokenTtlSecs = 30 * 86400;
    qint64 enrolCodeTtlSecs = 72 * 3600;
    qint64 maxClockSkewSecs = 86400;
    /** A revoked device's final window for its unsent changes: how long, from its first push after revocation. */
    qint64 finalPushWindowSecs = 15 * 60;
    /** ... and how many changes in all it may push in that window (more are refused, and the count logged). */
    qint64 finalPushMaxChanges = 20000;
    int shutdownGraceSecs = 10;
    /** GET /v1/sync/wait: how long a long-poll is held when nothing changes (below proxies' idle timeouts). */
    int syncWaitSecs = 25;
    /** ... how many a device may hold at once (a new one ends its oldest) ... */
    int syncWaitPerDevice = 2;
    /** ... and how many the instance holds in all (more are refused with 503). */
    int syncWaitMax = 10000;
    /** Password hashing (Argon2id, 64 MiB each) runs on its own threads, never on the I/O threads ... */
    int loginThreads = 2;
    /** ... and at most this many logins wait or run there; more are answered 503 at once. */
    int loginQueue = 32;
    /** /metrics on its own listener (loopback unless TLS is set up); port 0 = any free port. */
    QString metricsBind;
    int metricsPort = -1; ///< -1: no metrics listener
    /** /metrics on the main listener only with "Authorization: Bearer <token>"; empty = not served there. */
    QString metricsToken;
};

/** Result of parsing the command line. */
struct ParsedArgs
{
    ServerConfig config;
    QStringList adminArgs; ///< after "admin": the admin command and its arguments
    bool admin = false;
    bool help = false;
};

/**
 * Builds the configuration from argv (without the program name) and the environment. Returns
 * nullopt with an error code + detail ("unknown_option: --x", "bad_value: port", ...).
 */
std::optional<ParsedArgs> parseArgs(const QStringList &args, const QMap<QString, QString> &env, QString *error);

/** Applies "key = value" settings from a config file (INI-style, '#' comments; or a JSON object). */
bool applyConfigFile(ServerConfig &config, const QString &path, QString *error);

/** Whether an address is a loopback address (plain HTTP is only allowed there). */
bool isLoopback(const QString &address);

QString usageText();

} // namespace Pathway::Server

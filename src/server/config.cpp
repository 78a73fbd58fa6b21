// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/config.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

/** Sets one named setting; false if the name is unknown or the value bad. */
bool setOption(ServerConfig &c, const QString &rawKey, const QString &value, QString *error)
{
    const QString key = rawKey.trimmed().toLower().replace(u'-', u'_');
    bool ok = true;
    auto toInt = [&](qint64 min, qint64 max) {
        const qint64 v = value.trimmed().toLongLong(&ok);
        ok = ok && v >= min && v <= max;
        return v;
    };
    if (key == "data"_L1 || key == "data_dir"_L1) {
        c.dataDir = value;
    } else if (key == "bind"_L1) {
        c.bind = value.trimmed();
    } else if (key == "port"_L1) {
        c.port = int(toInt(0, 65535));
    } else if (key == "database"_L1) {
        c.databaseUri = value.trimmed();
    } else if (key == "demo"_L1) {
        c.demo = value == "1"_L1 || value.compare("true"_L1, Qt::CaseInsensitive) == 0;
    } else if (key == "tls_cert"_L1) {
        c.tlsCertFile = value;
    } else if (key == "tls_key"_L1) {
        c.tlsKeyFile = value;
    } else if (key == "db_key_file"_L1) {
        c.dbKeyFile = value;
    } else if (key == "body_limit"_L1) {
        c.bodyLimit = toInt(1024, qint64(1) << 32);
    } else if (key == "decompressed_limit"_L1) {
        c.decompressedLimit = toInt(1024, qint64(1) << 34);
    } else if (key == "header_limit"_L1) {
        c.headerLimit = int(toInt(1024, 1 << 20));
    } else if (key == "read_timeout"_L1) {
        c.readTimeoutSecs = int(toInt(1, 3600));
    } else if (key == "write_timeout"_L1) {
        c.writeTimeoutSecs = int(toInt(1, 3600));
    } else if (key == "threads"_L1) {
        c.threads = int(toInt(1, 256));
    } else if (key == "pool_size"_L1) {
        c.poolSize = int(toInt(1, 256));
    } else if (key == "access_token_ttl"_L1) {
        c.accessTokenTtlSecs = toInt(1, 86400 * 30);
    } else if (key == "refresh_token_ttl"_L1) {
        c.refreshTokenTtlSecs = toInt(1, 86400 * 365);
    } else if (key == "enrol_code_ttl"_L1) {
        c.enrolCodeTtlSecs = toInt(60, 86400 * 30);
    } else if (key == "max_clock_skew"_L1) {
        c.maxClockSkewSecs = toInt(1, 86400 * 365);
    } else if (key == "final_push_window"_L1) {
        c.finalPushWindowSecs = toInt(1, 86400);
    } else if (key == "final_push_max_changes"_L1) {
        c.finalPushMaxChanges = toInt(1, 10'000'000);
    } else if (key == "shutdown_grace"_L1) {
        c.shutdownGraceSecs = int(toInt(0, 600));
    } else if (key == "sync_wait"_L1) {
        c.syncWaitSecs = int(toInt(1, 300));
    } else if (key == "sync_wait_per_device"_L1) {
        c.syncWaitPerDevice = int(toInt(1, 16));
    } else if (key == "sync_wait_max"_L1) {
        c.syncWaitMax = int(toInt(1, 1'000'000));
    } else if (key == "login_threads"_L1) {
        c.loginThreads = int(toInt(1, 64));
    } else if (key == "login_queue"_L1) {
        c.loginQueue = int(toInt(1, 100'000));
    } else if (key == "metrics_bind"_L1) {
        c.metricsBind = value.trimmed();
    } else if (key == "metrics_port"_L1) {
        c.metricsPort = int(toInt(0, 65535));
    } else if (key == "metrics_token"_L1) {
        c.metricsToken = value.trimmed();
        ok = c.metricsToken.size() >= 16;
    } else {
        if (error) {
            *error = u"unknown_option: "_s + rawKey;
        }
        return false;
    }
    if (!ok && error) {
        *error = u"bad_value: "_s + rawKey;
    }
    return ok;
}

} // namespace

bool applyConfigFile(ServerConfig &config, const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = u"cannot_read_config: "_s + path;
        }
        return false;
    }
    const QByteArray data = f.readAll();
    if (data.trimmed().startsWith('{')) {
        QJsonParseError pe;
        const auto doc = QJsonDocument::fromJson(data, &pe);
        if (pe.error != QJsonParseError::NoError) {
            if (error) {
                *error = u"bad_config_json: "_s + path;
            }
            return false;
        }
        const auto obj = doc.object();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const auto v = it.value();
            const QString text = v.isDouble() ? QString::number(v.toInteger())
                : v.isBool()                  ? (v.toBool() ? u"true"_s : u"false"_s)
                                              : v.toString();
            if (!setOption(config, it.key(), text, error)) {
                return false;
            }
        }
        return true;
    }
    const auto lines = QString::fromUtf8(data).split(u'\n');
    for (const auto &rawLine : lines) {
        const auto line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';') || line.startsWith(u'[')) {
            continue;
        }
        const auto eq = line.indexOf(u'=');
        if (eq <= 0) {
            if (error) {
                *error = u"bad_config_line: "_s + path;
            }
            return false;
        }
        if (!setOption(config, line.left(eq), line.mid(eq + 1).trimmed(), error)) {
            return false;
        }
    }
    return true;
}

std::optional<ParsedArgs> parseArgs(const QStringList &args, const QMap<QString, QString> &env, QString *error)
{
    ParsedArgs parsed;
    // The config file comes first so that environment and flags override it.
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == "--config"_L1 && !applyConfigFile(parsed.config, args.at(i + 1), error)) {
            return std::nullopt;
        }
    }
    for (auto it = env.begin(); it != env.end(); ++it) {
        if (!it.key().startsWith("PATHWAY_"_L1)) {
            continue;
        }
        const QString key = it.key().mid(8).toLower();
        if (key == "db_key"_L1) {
            parsed.config.dbKeyHex = it.value().trimmed();
            continue;
        }
        if (key == "admin_password"_L1 || key.startsWith("test_"_L1)) {
            continue; // read by the admin CLI / tests themselves
        }
        QString ignored;
        setOption(parsed.config, key, it.value(), &ignored); // unknown PATHWAY_* variables are ignored
        if (ignored.startsWith("bad_value"_L1)) {
            if (error) {
                *error = u"bad_value: "_s + it.key();
            }
            return std::nullopt;
        }
    }
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == "admin"_L1) {
            parsed.admin = true;
            parsed.adminArgs = args.mid(i + 1);
            break;
        }
        if (a == "--help"_L1 || a == "-h"_L1) {
            parsed.help = true;
            continue;
        }
        if (a == "--demo"_L1) {
            parsed.config.demo = true;
            continue;
        }
        if (!a.startsWith("--"_L1) || i + 1 >= args.size()) {
            if (error) {
                *error = u"unknown_option: "_s + a;
            }
            return std::nullopt;
        }
        const QString value = args.at(++i);
        if (a == "--config"_L1) {
            continue;
        }
        if (a == "--metrics-token"_L1) {
            if (error) {
                *error = u"unknown_option: --metrics-token (use PATHWAY_METRICS_TOKEN or the config file)"_s;
            }
            return std::nullopt;
        }
        if (a == "--db-key"_L1) {
            if (error) {
                *error = u"unknown_option: --db-key (use PATHWAY_DB_KEY or db_key_file)"_s;
            }
            return std::nullopt;
        }
        if (!setOption(parsed.config, a.mid(2), value, error)) {
            return std::nullopt;
        }
    }
    return parsed;
}

bool isLoopback(const QString &address)
{
    if (address == "localhost"_L1) {
        return true;
    }
    QHostAddress a;
    return a.setAddress(address) && a.isLoopback();
}

QString usageText()
{
    return uR"(Usage: pathway-server [options]
       pathway-server [options] admin <command> [arguments]

Options (also in a --config FILE as "key = value", or PATHWAY_<KEY> variables):
  --config FILE         settings file (INI-style key = value, or a JSON object)
  --data DIR            data directory (embedded store, server.key)
  --port N              port (0 = any free port); default 8443
  --bind ADDR           address to listen on; default 127.0.0.1
  --database URI        postgresql://... instead of the embedded store
  --demo                seed the demo authority and print its logins
  --tls-cert FILE --tls-key FILE   serve HTTPS (required unless bound to loopback)
  --body-limit BYTES --header-limit BYTES --read-timeout S --write-timeout S
  --access-token-ttl S --refresh-token-ttl S --enrol-code-ttl S --threads N
  --final-push-window S --final-push-max-changes N   a revoked device's last upload
  --sync-wait S --sync-wait-per-device N --sync-wait-max N   long-polls (GET /v1/sync/wait)
  --login-threads N --login-queue N   password hashing threads, and logins waiting or running there
  --metrics-bind ADDR --metrics-port N   serve /metrics on its own listener (only there)
  PATHWAY_METRICS_TOKEN (16+ characters)  or serve /metrics on the main listener to that bearer token
Store key: PATHWAY_DB_KEY (64 hex digits) or a key file only its owner can read.

Admin commands:
  create-authority ID NAME
  create-team ID AUTHORITY_ID NAME
  create-staff ID AUTHORITY_ID TEAM_ID ROLE EMAIL DISPLAY_NAME   (password from stdin or PATHWAY_ADMIN_PASSWORD)
  create-young-person ID AUTHORITY_ID DISPLAY_NAME DOB(yyyy-mm-dd) [CASE_REF]
  allocate YOUNG_PERSON_ID STAFF_ID FROM(yyyy-mm-dd)
  set-out-of-hours AUTHORITY_ID NAME PHONE [WHEN]   the line young people are shown for urgent help
  import-csv --kind young-people|allocations AUTHORITY_ID FILE
  list-devices
  revoke-device DEVICE_ID
)"_s;
}

} // namespace Pathway::Server

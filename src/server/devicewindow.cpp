// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/devicewindow.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

// run_opened_at: when the device's current sync run began (NULL between runs);
// window_start: when its last complete run began.
const auto deviceWindowSchemaSql = uR"SQL(
CREATE TABLE IF NOT EXISTS device_windows (device_id TEXT PRIMARY KEY, run_opened_at BIGINT,
    window_start BIGINT NOT NULL);
)SQL"_s;

const bool deviceWindowSchemaRegistered = [] {
    SqlServerStore::addSchema({u"device_windows"_s, deviceWindowSchemaSql, deviceWindowSchemaSql});
    return true;
}();

} // namespace

void openSyncRun(ServerStore &store, const QString &deviceId, qint64 nowMs)
{
    Q_UNUSED(deviceWindowSchemaRegistered)
    store.withConnection([&](SqlConnection &db) {
        db.exec(u"INSERT INTO device_windows (device_id, run_opened_at, window_start) VALUES (?, ?, 0) "
                "ON CONFLICT (device_id) DO UPDATE SET run_opened_at = "
                "COALESCE(device_windows.run_opened_at, excluded.run_opened_at)"_s,
                {deviceId, nowMs});
    });
}

void settleSyncRun(ServerStore &store, const QString &deviceId, qint64 nowMs)
{
    store.withConnection([&](SqlConnection &db) {
        db.exec(u"UPDATE device_windows SET window_start = COALESCE(run_opened_at, ?), run_opened_at = NULL "
                "WHERE device_id = ?"_s,
                {nowMs, deviceId});
    });
}

qint64 changeWindowStart(ServerStore &store, const QString &deviceId)
{
    qint64 start = 0;
    store.withReadConnection([&](SqlConnection &db) {
        SqlRows row;
        if (db.exec(u"SELECT d.created_at, w.window_start FROM devices d "
                    "LEFT JOIN device_windows w ON w.device_id = d.id WHERE d.id = ?"_s,
                    {deviceId}, &row)
                == SqlError::Ok
            && !row.isEmpty()) {
            start = std::max(row.int64(0, 0), row.int64(0, 1));
        }
    });
    return start;
}

} // namespace Pathway::Server

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "sync/sessionadapter.h"

#include "store/recordstore.h"
#include "sync/credentials.h"

using namespace Qt::StringLiterals;

namespace Pathway::Sync {

namespace {
const auto ServerKey = u"sync.server_url"_s;
const auto DeviceKey = u"sync.device_id"_s;
const auto UserKey = u"sync.user_id"_s;
const auto RefreshKey = u"sync.refresh_token"_s;
} // namespace

SessionAdapter::SessionAdapter(RecordStore &store)
    : m_store(store)
{
}

bool SessionAdapter::save(const Credentials &credentials)
{
    Transaction tx(m_store.database());
    if (!tx.isActive()) {
        return false;
    }
    const bool ok = m_store.setMeta(ServerKey, credentials.serverUrl().toString()).ok()
        && m_store.setMeta(DeviceKey, credentials.deviceId()).ok()
        && m_store.setMeta(UserKey, credentials.userId()).ok()
        && m_store.setMeta(RefreshKey, credentials.refreshToken()).ok();
    return ok && tx.commit().ok();
}

bool SessionAdapter::restore(Credentials &credentials)
{
    const auto server = m_store.meta(ServerKey);
    if (!server || server->isEmpty()) {
        return false;
    }
    credentials.setServerUrl(QUrl(*server));
    credentials.setDeviceId(m_store.meta(DeviceKey).value_or(QString()));
    credentials.setUserId(m_store.meta(UserKey).value_or(QString()));
    const auto refresh = m_store.meta(RefreshKey).value_or(QString());
    if (!refresh.isEmpty()) {
        // No access token yet: the first request renews it with the refresh token.
        credentials.setTokens(QString(), refresh);
    }
    return true;
}

bool SessionAdapter::clear()
{
    return m_store.setMeta(RefreshKey, QString()).ok();
}

} // namespace Pathway::Sync

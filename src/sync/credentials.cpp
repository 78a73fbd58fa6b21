// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "sync/credentials.h"

using namespace Qt::StringLiterals;

namespace Pathway::Sync {

Credentials::Credentials(QObject *parent)
    : QObject(parent)
{
}

Credentials::~Credentials()
{
    wipe(m_accessToken);
    wipe(m_refreshToken);
}

void Credentials::wipe(QString &s)
{
    // Overwrite the buffer when we are its only owner (copies made by callers are theirs).
    if (!s.isEmpty() && s.isDetached()) {
        s.fill(u'\0');
    }
    s.clear();
}

void Credentials::setServerUrl(const QUrl &url)
{
    if (url == m_serverUrl) {
        return;
    }
    m_serverUrl = url;
    Q_EMIT changed();
}

void Credentials::setDeviceId(const QString &id)
{
    if (id == m_deviceId) {
        return;
    }
    m_deviceId = id;
    Q_EMIT changed();
}

void Credentials::setUserId(const QString &id)
{
    if (id == m_userId) {
        return;
    }
    m_userId = id;
    Q_EMIT changed();
}

void Credentials::setTokens(const QString &accessToken, const QString &refreshToken)
{
    wipe(m_accessToken);
    m_accessToken = accessToken;
    if (!refreshToken.isEmpty()) {
        wipe(m_refreshToken);
        m_refreshToken = refreshToken;
    }
    Q_EMIT changed();
    Q_EMIT tokensChanged();
}

void Credentials::clearAccessToken()
{
    wipe(m_accessToken);
    Q_EMIT changed();
    Q_EMIT tokensChanged();
}

void Credentials::clearTokens()
{
    wipe(m_accessToken);
    wipe(m_refreshToken);
    Q_EMIT changed();
    Q_EMIT tokensChanged();
}

QUrl Credentials::endpoint(const QString &path) const
{
    QUrl url = m_serverUrl;
    QString base = url.path();
    if (base.endsWith(u'/')) {
        base.chop(1);
    }
    url.setPath(base + path);
    return url;
}

} // namespace Pathway::Sync

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace Pathway::Sync {

/**
 * The session with one pathway-server: its URL, this device's id, and the access and refresh
 * tokens. Held in memory only; the owner may persist the tokens in the encrypted store
 * (see CredentialVault) and never anywhere else. toString()/debug output never shows a token.
 */
class Credentials : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QUrl serverUrl READ serverUrl WRITE setServerUrl NOTIFY changed)
    Q_PROPERTY(QString deviceId READ deviceId WRITE setDeviceId NOTIFY changed)
    Q_PROPERTY(bool loggedIn READ isLoggedIn NOTIFY changed)

public:
    explicit Credentials(QObject *parent = nullptr);
    ~Credentials() override;

    QUrl serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QUrl &url);
    QString deviceId() const { return m_deviceId; }
    void setDeviceId(const QString &id);
    QString userId() const { return m_userId; }
    void setUserId(const QString &id);

    QString accessToken() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }
    /** Replaces both tokens (after login or refresh). An empty refresh token keeps the old one. */
    void setTokens(const QString &accessToken, const QString &refreshToken = {});
    /** Forgets the access token only (it expired and could not be refreshed). */
    void clearAccessToken();
    /** Forgets both tokens (logout, revoked device). */
    void clearTokens();

    bool isLoggedIn() const { return !m_accessToken.isEmpty(); }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }

    /** The full URL of an API path such as "/v1/sync/push". */
    QUrl endpoint(const QString &path) const;

Q_SIGNALS:
    void changed();
    /** The tokens changed: the owner should persist them in the encrypted store. */
    void tokensChanged();

private:
    static void wipe(QString &s);

    QUrl m_serverUrl;
    QString m_deviceId;
    QString m_userId;
    QString m_accessToken;
    QString m_refreshToken;
};

} // namespace Pathway::Sync

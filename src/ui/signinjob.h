// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Pathway::Sync {
class ApiClient;
class Credentials;
struct ApiReply;
} // namespace Pathway::Sync

namespace Pathway {

/**
 * One sign-in with the server before a device has a store: a staff member's e-mail and password,
 * or a young person's enrolment code. The tokens it gets stay in memory only, until the app has
 * created the encrypted store to keep them in; a job that is not used ends its session (discard()).
 */
class SignInJob : public QObject
{
    Q_OBJECT

public:
    explicit SignInJob(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SignInJob() override;

    /** Starts signing in; finished() follows once, also for an error found before any request. */
    void start(const QUrl &server, const QString &email, const QString &password, const QString &enrolmentCode);
    /** Ends the job at once with @p code, before any request (what was typed cannot be sent); no finished(). */
    void refuse(const QString &code, bool enrolment);
    bool isRunning() const { return m_running; }
    /** Whether it ended and the server accepted the sign-in. */
    bool succeeded() const { return !m_running && m_credentials && m_errorCode.isEmpty(); }
    bool hasError() const { return !m_errorCode.isEmpty(); }
    /** The server's or the client's code ("invalid_credentials", "invalid_code", "too_many_attempts", "network"...). */
    QString errorCode() const { return m_errorCode; }
    /** What went wrong and what to do, in the user's language. */
    QString errorMessage() const;
    /** How long the server asks to wait before the next try (too_many_attempts), in seconds. */
    int retryAfterSecs() const { return m_retryAfterSecs; }

    /** Whether these are the same answers the job signed in with (the password is compared by a salted hash). */
    bool matches(const QUrl &server, const QString &email, const QString &password, const QString &code) const;
    bool isEnrolment() const { return m_enrolment; }
    QString email() const { return m_email; }
    QString role() const { return m_role; }
    /** The session the server opened (server, device id, user id, tokens); valid after success. */
    const Sync::Credentials *credentials() const { return m_credentials.get(); }

    /** The answers were not used: ends the session on the server (if one was opened) and deletes the job. */
    void discard();

Q_SIGNALS:
    void finished();

private:
    void fail(const QString &code, int retryAfterSecs = 0);
    void onReply(const Sync::ApiReply &reply);
    QByteArray passwordHash(const QString &password) const;

    QPointer<QNetworkAccessManager> m_network;
    std::unique_ptr<Sync::Credentials> m_credentials;
    std::unique_ptr<Sync::ApiClient> m_api;
    QUrl m_server;
    QString m_email;
    QString m_code;
    QByteArray m_salt;
    QByteArray m_passwordHash;
    QString m_role;
    QString m_errorCode;
    int m_retryAfterSecs = 0;
    bool m_running = false;
    bool m_enrolment = false;
};

} // namespace Pathway

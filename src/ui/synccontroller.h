// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "storesession.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace Pathway::Sync {
class ApiClient;
class Credentials;
struct ApiReply;
class RecordSyncAdapter;
class SyncEngine;
} // namespace Pathway::Sync

namespace Pathway {

class SyncStatus;

/**
 * Runs the sync client while the store is open: keeps the session a sign-in opened (SignInJob)
 * in the encrypted store, starts the
 * SyncEngine after each unlock, feeds the sync indicator and re-reads pulled records.
 * When the server no longer accepts the session it signs in again on the same device id,
 * only as the same person, and the engine resumes with the outbox it kept.
 * When the server says the device was revoked, the engine uploads what it still may and empties
 * the store; then deviceWiped() tells the app to remove the store and start again.
 * Demo devices have no server and never sync.
 */
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(StoreSession *session, SyncStatus *status, QObject *parent = nullptr);
    ~SyncController() override;

    /**
     * Takes over a session that a SignInJob opened before the store existed: a copy of @p signedIn is
     * saved in the store (with a staff member's @p email) when it opens, and the first sync starts.
     */
    void startFreshSession(const Sync::Credentials &signedIn, const QString &email);
    /** The network access the app's requests go through (sign-in jobs share it). */
    QNetworkAccessManager *network() const { return m_network.get(); }
    /** The server this device syncs with; empty before a sign-in. */
    QUrl serverUrl() const;
    /**
     * Signs in again after loginRequired(), as the same person on the same device id, keeping the
     * store and its outbox: emits signedInAgain() and syncs at once, or signInAgainFailed() with an
     * error code ("other_account" when the server answered for someone else) and, when the
     * server's growing delay applies, the seconds to wait.
     */
    void signInAgain(const QString &email, const QString &password, const QString &enrolmentCode);
    /** Whether the server refused the session; stays so (also across a lock) until signInAgain() works. */
    bool isLoginRequired() const { return m_loginRequired; }
    /** The e-mail this staff member signed in with, kept in the encrypted store; empty if unknown. */
    QString signInEmail() const;
    bool isRunning() const { return m_engine != nullptr; }
    Sync::SyncEngine *engine() const { return m_engine.get(); }

Q_SIGNALS:
    /** The first sync after a sign-in finished (ok or not). */
    void firstSyncFinished(bool ok);
    /** The server no longer accepts the session: a new login is needed (the outbox is kept). */
    void loginRequired();
    void signedInAgain();
    void signInAgainFailed(const QString &errorCode, int retryAfterSecs);
    /**
     * The server revoked this device and the engine emptied the store (after uploading what the
     * server still accepted). Emitted once the engine has returned, so the receiver may close and
     * remove the store; nothing more is sent until the next sign-in.
     */
    void deviceWiped();

private:
    void onOpened();
    void onClosed();
    void onLoginRequired();
    void onWiped();
    void saveSession();
    void finishSignInAgain(Sync::ApiClient *attempt, Sync::Credentials *result, const Sync::ApiReply &reply);

    StoreSession *m_session;
    QPointer<SyncStatus> m_status;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Sync::Credentials> m_credentials;
    std::unique_ptr<Sync::RecordSyncAdapter> m_store;
    std::unique_ptr<Sync::SyncEngine> m_engine;
    QPointer<Sync::ApiClient> m_attempt; ///< a sign-in again in flight (owns its own Credentials)
    QString m_signInEmail; ///< for a fresh sign-in, saved with the session
    bool m_ownersRemoved = false; ///< the last sync removed young people no longer visible: reload
    bool m_freshSignIn = false;
    bool m_loginRequired = false;
};

} // namespace Pathway

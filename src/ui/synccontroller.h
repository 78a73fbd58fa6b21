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
class LocalSyncStore;
class SyncEngine;
} // namespace Pathway::Sync

namespace Pathway {

class SyncStatus;

/**
 * Runs the sync client while the store is open: signs in (staff e-mail and password, or a
 * young person's enrolment code), keeps the session in the encrypted store, starts the
 * SyncEngine after each unlock, feeds the sync indicator and re-reads pulled records.
 * Demo devices have no server and never sync.
 */
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(StoreSession *session, SyncStatus *status, QObject *parent = nullptr);
    ~SyncController() override;

    /** Signs in; emits signedIn() with who the server says we are, or signInFailed() with an error code. */
    void signIn(const QUrl &server, const QString &email, const QString &password, const QString &enrolmentCode);
    bool isRunning() const { return m_engine != nullptr; }
    Sync::SyncEngine *engine() const { return m_engine.get(); }

Q_SIGNALS:
    void signedIn(const Pathway::DeviceIdentity &identity);
    void signInFailed(const QString &errorCode);
    /** The first sync after a sign-in finished (ok or not). */
    void firstSyncFinished(bool ok);
    /** The server no longer accepts the session: a new login is needed (the outbox is kept). */
    void loginRequired();

private:
    void onOpened();
    void onClosed();

    StoreSession *m_session;
    QPointer<SyncStatus> m_status;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Sync::Credentials> m_credentials;
    std::unique_ptr<Sync::ApiClient> m_api;
    std::unique_ptr<Sync::LocalSyncStore> m_store;
    std::unique_ptr<Sync::SyncEngine> m_engine;
    bool m_freshSignIn = false;
};

} // namespace Pathway

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "synccontroller.h"

#include "sync/apiclient.h"
#include "sync/credentials.h"
#include "sync/recordsyncadapter.h"
#include "sync/sessionadapter.h"
#include "sync/syncengine.h"
#include "syncstatus.h"
#include "uilog.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {
/** The staff e-mail used to sign in, kept next to the session so signing in again only asks for the password. */
const auto EmailKey = u"sync.login_email"_s;
} // namespace

SyncController::SyncController(StoreSession *session, SyncStatus *status, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_status(status)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    connect(m_session, &StoreSession::opened, this, &SyncController::onOpened);
    // The engine stops before the record store it uses goes away.
    connect(m_session, &StoreSession::aboutToClose, this, &SyncController::onClosed);
    // While signed out, local work still queues in the outbox; only the upload waits.
    connect(m_session, &StoreSession::localChangeSaved, this, [this] {
        if (!m_engine)
            return;
        if (m_loginRequired)
            m_engine->refreshCounts();
        else
            m_engine->notifyLocalChange();
    });
    if (m_status) {
        connect(m_status, &SyncStatus::syncRequested, this, [this] {
            if (m_engine && !m_loginRequired)
                m_engine->syncNow();
        });
    }
}

SyncController::~SyncController()
{
    onClosed();
}

void SyncController::startFreshSession(const Sync::Credentials &signedIn, const QString &email)
{
    m_credentials = std::make_unique<Sync::Credentials>();
    m_credentials->setServerUrl(signedIn.serverUrl());
    m_credentials->setDeviceId(signedIn.deviceId());
    m_credentials->setUserId(signedIn.userId());
    m_credentials->setTokens(signedIn.accessToken(), signedIn.refreshToken());
    m_signInEmail = email.trimmed();
    m_freshSignIn = true;
}

QUrl SyncController::serverUrl() const
{
    return m_credentials ? m_credentials->serverUrl() : QUrl();
}

namespace {
SyncStatus::State statusOf(Sync::SyncEngine::State s)
{
    switch (s) {
    case Sync::SyncEngine::State::Syncing:
        return SyncStatus::State::Syncing;
    case Sync::SyncEngine::State::Offline:
        return SyncStatus::State::Offline;
    case Sync::SyncEngine::State::Error:
        return SyncStatus::State::Failed;
    case Sync::SyncEngine::State::LoginRequired:
        return SyncStatus::State::SignedOut;
    case Sync::SyncEngine::State::Idle:
        break;
    }
    return SyncStatus::State::Idle;
}
} // namespace

void SyncController::onOpened()
{
    m_loginRequired = false;
    if (m_session->identity().demo || !m_session->recordStore()) {
        m_status->setServerConfigured(false);
        return;
    }
    RecordStore &records = *m_session->recordStore();
    Sync::SessionAdapter sessionAdapter(records);
    if (m_freshSignIn && m_credentials) {
        sessionAdapter.save(*m_credentials);
        if (!m_signInEmail.isEmpty())
            records.setMeta(EmailKey, m_signInEmail);
        m_signInEmail.clear();
    } else {
        m_credentials = std::make_unique<Sync::Credentials>();
        if (!sessionAdapter.restore(*m_credentials)) {
            qCWarning(lcUi) << "no saved session: sync stays off until the next sign-in";
            m_status->setServerConfigured(false);
            return;
        }
    }
    // Refresh tokens rotate: keep the newest in the store, or the next unlock would present a dead one.
    // An empty one is kept too, so a device whose sign-in expired knows it after a lock, offline.
    connect(m_credentials.get(), &Sync::Credentials::tokensChanged, this, &SyncController::saveSession,
            Qt::UniqueConnection);
    const bool signedOut = !m_credentials->hasRefreshToken() && !m_credentials->isLoggedIn();
    m_store = std::make_unique<Sync::RecordSyncAdapter>(records);
    m_engine
        = std::make_unique<Sync::SyncEngine>(m_store.get(), m_network.get(), m_credentials.get(), m_session->clock());
    m_status->setServerConfigured(true);
    Sync::SyncEngine *engine = m_engine.get();
    connect(engine, &Sync::SyncEngine::stateChanged, this,
            [this, engine] { m_status->setState(statusOf(engine->state())); });
    connect(engine, &Sync::SyncEngine::progressChanged, this,
            [this, engine] { m_status->setProgress(engine->progress()); });
    connect(engine, &Sync::SyncEngine::lastSyncedAtChanged, this,
            [this, engine] { m_status->setLastSynced(engine->lastSyncedAt()); });
    connect(engine, &Sync::SyncEngine::loginRequired, this, &SyncController::onLoginRequired);
    connect(engine, &Sync::SyncEngine::wiped, this, &SyncController::onWiped);
    connect(engine, &Sync::SyncEngine::ownersRemoved, this, [this] { m_ownersRemoved = true; });
    connect(engine, &Sync::SyncEngine::finished, this, [this, engine](bool ok) {
        // A young person moved to another PA leaves this device's pages as well as its store.
        if (engine->lastStats().pulledRecords > 0 || engine->lastStats().pushed > 0 || m_ownersRemoved)
            m_session->reload();
        m_ownersRemoved = false;
        m_status->refresh();
        if (m_freshSignIn) {
            m_freshSignIn = false;
            Q_EMIT firstSyncFinished(ok);
        }
    });
    m_status->setLastSynced(engine->lastSyncedAt());
    if (signedOut) {
        qCInfo(lcUi) << "the sign-in expired before the last lock: waiting for a new one";
        m_loginRequired = true;
        m_status->setState(SyncStatus::State::SignedOut);
        Q_EMIT loginRequired();
        return;
    }
    engine->syncNow();
}

void SyncController::onLoginRequired()
{
    m_loginRequired = true;
    m_status->setState(SyncStatus::State::SignedOut);
    // The tokens are dead: forget them here and in the store (saveSession), keeping the device id.
    if (m_credentials && (m_credentials->isLoggedIn() || m_credentials->hasRefreshToken()))
        m_credentials->clearTokens();
    Q_EMIT loginRequired();
}

void SyncController::onWiped()
{
    // Nothing more goes to the server (the sync button, a local change) until the next sign-in.
    m_loginRequired = true;
    // The engine is still inside its reply handler: the app removes the store after it returns.
    QMetaObject::invokeMethod(
        this,
        [this] {
            qCInfo(lcUi) << "this device was revoked; its local data was wiped";
            Q_EMIT deviceWiped();
        },
        Qt::QueuedConnection);
}

void SyncController::saveSession()
{
    if (!m_credentials || !m_session->recordStore() || m_session->identity().demo)
        return;
    if (!Sync::SessionAdapter(*m_session->recordStore()).save(*m_credentials))
        qCWarning(lcUi) << "could not keep the session in the store";
}

QString SyncController::signInEmail() const
{
    RecordStore *records = m_session->recordStore();
    if (!records)
        return {};
    if (const auto saved = records->meta(EmailKey); saved && !saved->isEmpty())
        return *saved;
    // Devices signed in before the e-mail was kept: the staff member's own record.
    if (const StaffMember *me = m_session->data().staffMember(m_session->identity().userId))
        return me->email;
    return {};
}

void SyncController::signInAgain(const QString &email, const QString &password, const QString &code)
{
    if (m_attempt)
        return; // one at a time
    if (!m_engine || !m_credentials || !m_session->recordStore()) {
        Q_EMIT signInAgainFailed(u"not_open"_s, 0);
        return;
    }
    // A separate session object: the engine's credentials change only once the answer is for the same person.
    auto *result = new Sync::Credentials;
    result->setServerUrl(m_credentials->serverUrl());
    result->setDeviceId(m_credentials->deviceId());
    auto *attempt = new Sync::ApiClient(m_network.get(), result, this);
    result->setParent(attempt);
    m_attempt = attempt;
    auto done = [this, attempt, result](const Sync::ApiReply &reply) {
        finishSignInAgain(attempt, result, reply);
    };
    if (code.trimmed().isEmpty())
        attempt->login(email.trimmed(), password, done);
    else
        attempt->enrol(code.trimmed(), done);
}

void SyncController::finishSignInAgain(Sync::ApiClient *attempt, Sync::Credentials *result, const Sync::ApiReply &reply)
{
    m_attempt = nullptr;
    if (!reply.ok()) {
        attempt->deleteLater();
        const int wait = reply.body.value("retryAfter"_L1).toInt();
        Q_EMIT signInAgainFailed(reply.serverError.isEmpty() ? Sync::toCode(reply.error) : reply.serverError, wait);
        return;
    }
    const QString owner = m_session->identity().userId;
    const bool sameDevice = m_credentials->deviceId().isEmpty() || result->deviceId() == m_credentials->deviceId();
    if (owner.isEmpty() || result->userId() != owner || !sameDevice) {
        // This device holds someone else's data: end the session the server just opened, keep everything.
        qCWarning(lcUi) << "signing in again answered for another account: refused; nothing changed on this device";
        attempt->post(u"/v1/auth/logout"_s, {}, [attempt](const Sync::ApiReply &) { attempt->deleteLater(); });
        Q_EMIT signInAgainFailed(u"other_account"_s, 0);
        return;
    }
    m_loginRequired = false;
    m_credentials->setDeviceId(result->deviceId());
    m_credentials->setUserId(result->userId());
    // Saves the session (saveSession) and wakes the engine if it was waiting for a login.
    m_credentials->setTokens(result->accessToken(), result->refreshToken());
    attempt->deleteLater();
    qCInfo(lcUi) << "signed in again; outbox kept with" << m_session->pendingChanges() << "changes";
    m_engine->backoff().reset();
    if (!m_engine->isRunning())
        m_engine->syncNow();
    Q_EMIT signedInAgain();
}

void SyncController::onClosed()
{
    // A sign-in again still in flight is dropped with its session object (its callback never runs).
    delete m_attempt.data();
    if (m_engine) {
        // Stopping is not news for the indicator (which may already be gone when the app is destroyed).
        disconnect(m_engine.get(), nullptr, this, nullptr);
        m_engine->abort();
    }
    m_engine.reset();
    m_store.reset();
    if (!m_freshSignIn)
        m_credentials.reset();
}

} // namespace Pathway

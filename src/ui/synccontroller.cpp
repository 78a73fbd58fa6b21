#include "synccontroller.h"

#include "sync/apiclient.h"
#include "sync/credentials.h"
#include "sync/localsyncstore.h"
#include "sync/sessionstore.h"
#include "sync/syncengine.h"
#include "syncstatus.h"
#include "uilog.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace Pathway {

SyncController::SyncController(StoreSession *session, SyncStatus *status, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_status(status)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    connect(m_session, &StoreSession::opened, this, &SyncController::onOpened);
    connect(m_session, &StoreSession::closed, this, &SyncController::onClosed);
}

SyncController::~SyncController()
{
    onClosed();
}

void SyncController::signIn(const QUrl &server, const QString &email, const QString &password, const QString &code)
{
    m_credentials = std::make_unique<Sync::Credentials>();
    m_credentials->setServerUrl(server);
    m_api = std::make_unique<Sync::ApiClient>(m_network.get(), m_credentials.get());
    auto done = [this](const Sync::ApiReply &reply) {
        if (!reply.ok()) {
            m_credentials.reset();
            Q_EMIT signInFailed(reply.serverError.isEmpty() ? Sync::toCode(reply.error) : reply.serverError);
            return;
        }
        DeviceIdentity identity;
        identity.role = reply.body.value("role"_L1).toString();
        identity.userId = m_credentials->userId();
        m_freshSignIn = true;
        Q_EMIT signedIn(identity);
    };
    if (code.isEmpty())
        m_api->login(email, password, done);
    else
        m_api->enrol(code.trimmed(), done);
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
    case Sync::SyncEngine::State::LoginRequired:
        return SyncStatus::State::Failed;
    case Sync::SyncEngine::State::Idle:
        break;
    }
    return SyncStatus::State::Idle;
}
} // namespace

void SyncController::onOpened()
{
    if (m_session->identity().demo || !m_session->recordStore()) {
        m_status->setServerConfigured(false);
        return;
    }
    RecordStore &records = *m_session->recordStore();
    Sync::SessionStore sessionStore(records);
    if (m_freshSignIn && m_credentials) {
        sessionStore.save(*m_credentials);
    } else {
        m_credentials = std::make_unique<Sync::Credentials>();
        if (!sessionStore.restore(*m_credentials)) {
            qCWarning(lcUi) << "no saved session: sync stays off until the next sign-in";
            m_status->setServerConfigured(false);
            return;
        }
    }
    m_api.reset();
    m_store = std::make_unique<Sync::LocalSyncStore>(records);
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
    connect(engine, &Sync::SyncEngine::loginRequired, this, &SyncController::loginRequired);
    connect(engine, &Sync::SyncEngine::finished, this, [this, engine](bool ok) {
        if (engine->lastStats().pulledRecords > 0 || engine->lastStats().pushed > 0)
            m_session->reload();
        m_status->refresh();
        if (m_freshSignIn) {
            m_freshSignIn = false;
            Q_EMIT firstSyncFinished(ok);
        }
    });
    connect(m_session, &StoreSession::localChangeSaved, engine, &Sync::SyncEngine::notifyLocalChange);
    connect(m_status, &SyncStatus::syncRequested, engine, &Sync::SyncEngine::syncNow);
    m_status->setLastSynced(engine->lastSyncedAt());
    engine->syncNow();
}

void SyncController::onClosed()
{
    if (m_engine)
        m_engine->abort();
    if (m_status)
        disconnect(m_status, &SyncStatus::syncRequested, nullptr, nullptr);
    m_engine.reset();
    m_store.reset();
    if (!m_freshSignIn)
        m_credentials.reset();
}

} // namespace Pathway

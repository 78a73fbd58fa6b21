// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "appcontroller.h"

#include "demodeviceseed.h"
#include "signinjob.h"
#include "sync/credentials.h"
#include "uilog.h"

#include <QGuiApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {
constexpr int MinPassphraseLength = 6;

} // namespace

AppController::AppController(StoreSession *session, AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_languages(new Languages(settings, this))
    , m_navigation(new NavigationModel(this))
    , m_sync(new SyncStatus(session, this))
    , m_conflicts(new ConflictsModel(this))
    , m_syncController(new SyncController(session, m_sync, this))
    , m_signInAgain(new SignInAgainController(
          m_syncController, [this] { return role(); }, this))
{
    m_stage = m_session->exists() ? Stage::Locked : Stage::Setup;
    connect(m_session, &StoreSession::opened, this, &AppController::onOpened);
    connect(m_session, &StoreSession::failed, this, &AppController::onFailed);
    connect(m_session, &StoreSession::busyChanged, this, &AppController::busyChanged);
    connect(m_session, &StoreSession::recordsChanged, this, &AppController::adoptRecordLanguage);
    connect(m_languages, &Languages::changed, this, [this] {
        // Texts made in C++ (page titles, labels, summaries) are made again in the new language.
        m_navigation->setRole(m_role);
        if (m_session->isOpen())
            Q_EMIT m_session->recordsChanged(QString());
        Q_EMIT languageChanged();
    });
    connect(&m_idleLock, &IdleLock::lockRequested, this, &AppController::lock);
    connect(m_settings, &AppSettings::autoLockMinutesChanged, this, &AppController::applyAutoLock);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        app->installEventFilter(&m_idleLock);
        connect(app, &QGuiApplication::applicationStateChanged, &m_idleLock, &IdleLock::applicationStateChanged);
    }
    m_retryTimer.setInterval(1000);
    connect(&m_retryTimer, &QTimer::timeout, this, &AppController::updateRetry);
    applyAutoLock();
    m_conflicts->setApp(this);
    connect(m_syncController, &SyncController::firstSyncFinished, this, [this](bool ok) {
        if (ok) {
            setStage(Stage::Ready);
            return;
        }
        m_signInError = tr("The first sync did not finish. Check the connection and try again.", "@info");
        Q_EMIT errorChanged();
    });
    connect(m_syncController, &SyncController::loginRequired, this, [this] {
        if (m_stage == Stage::FirstSync) {
            m_signInError = tr("Your sign-in has expired. Your changes are kept on this device.", "@info");
            Q_EMIT errorChanged();
        }
    });
    connect(m_syncController, &SyncController::deviceWiped, this, &AppController::onDeviceWiped);
}

QString AppController::userName() const
{
    const CaseData &d = m_session->data();
    if (const YoungPerson *yp = d.youngPerson(m_identity.userId))
        return yp->displayName;
    if (const StaffMember *s = d.staffMember(m_identity.userId))
        return s->displayName;
    return {};
}

bool AppController::isBusy() const
{
    return m_session->isBusy() || checkingSignIn();
}

bool AppController::checkingSignIn() const
{
    return m_signIn && m_signIn->isRunning();
}

QString AppController::serverAddress() const
{
    if (m_link.server.isValid())
        return m_link.server.toString();
    const QUrl configured = QUrl::fromUserInput(m_settings->serverUrl().trimmed());
    return configured.isValid() && !configured.host().isEmpty() ? configured.toString() : QString();
}

AlertSettings AppController::alertSettings() const
{
    if (!m_session || !m_session->isOpen())
        return m_alertSettings;
    return m_alertSettings.withAuthorityThresholds(m_session->data().settings().alertThresholds);
}

bool AppController::rightToLeft() const
{
    return QGuiApplication::layoutDirection() == Qt::RightToLeft;
}

void AppController::adoptRecordLanguage()
{
    // A young person's device starts in the first language on their record, until they choose one.
    if (m_role != Role::YoungPerson || !m_settings->language().isEmpty() || !m_session->isOpen())
        return;
    if (const YoungPerson *yp = m_session->data().youngPerson(m_identity.userId))
        m_languages->adoptFirstLanguage(yp->firstLanguage);
}

void AppController::setCompactLayout(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    // On a phone, leaving the app locks it at once; on a desktop the idle timer is enough.
    m_idleLock.setLockInBackground(compact);
    Q_EMIT compactLayoutChanged();
}

QString AppController::passphraseProblem(const QString &passphrase, const QString &repeated) const
{
    if (passphrase.size() < MinPassphraseLength)
        return tr("Use at least %n characters or digits.", "@info", MinPassphraseLength);
    if (passphrase != repeated)
        return tr("The two entries are different. Type the same one twice.", "@info");
    return {};
}

void AppController::startDemoAs(const QString &roleCode, const QString &passphrase, const QString &repeated)
{
    if (const std::optional<Role> role = roleFromCode(roleCode))
        startDemo(*role, passphrase, repeated);
}

void AppController::startDemo(Role role, const QString &passphrase, const QString &repeated)
{
    if (role == Role::Admin || m_session->isBusy())
        return;
    if (const QString problem = passphraseProblem(passphrase, repeated); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    clearError();
    const DemoDeviceSeed seed = makeDemoSeed(role, m_session->clock().today());
    m_session->create(passphrase, seed.identity, seed.data);
}

void AppController::prepareSignIn(const QString &serverUrl,
                                  const QString &email,
                                  const QString &password,
                                  const QString &enrolmentCode)
{
    startSignIn(serverUrl, email, password, enrolmentCode, !enrolmentCode.trimmed().isEmpty());
}

void AppController::prepareEnrolment(const QString &enrolmentCode, const QString &serverUrl)
{
    startSignIn(serverUrl, {}, {}, enrolmentCode, true);
}

void AppController::refuseSignIn(const QString &code, bool enrolment)
{
    SignInJob refused(nullptr);
    refused.refuse(code, enrolment);
    m_signInError = refused.errorMessage();
    Q_EMIT errorChanged();
}

void AppController::startSignIn(
    const QString &serverUrl, const QString &email, const QString &password, const QString &typedCode, bool enrolment)
{
    if (m_stage != Stage::Setup)
        return;
    m_signInError.clear();
    QString code = typedCode.trimmed();
    QUrl server;
    if (enrolment && EnrolmentLink::looksLikeLink(code)) {
        const auto link = EnrolmentLink::parse(code);
        if (!link) {
            refuseSignIn(u"bad_link"_s, enrolment);
            return;
        }
        server = link->server;
        code = link->code;
    } else if (!serverUrl.trimmed().isEmpty()) {
        server = QUrl::fromUserInput(serverUrl.trimmed());
    } else if (enrolment && m_link.server.isValid()) {
        server = m_link.server;
    } else {
        server = QUrl::fromUserInput(m_settings->serverUrl().trimmed());
    }
    if (enrolment && code.isEmpty()) {
        refuseSignIn(u"missing_code"_s, enrolment);
        return;
    }
    if (!server.isValid() || server.host().isEmpty()) {
        refuseSignIn(u"no_server"_s, enrolment);
        return;
    }
    if (!enrolment && (!email.contains(u'@') || password.isEmpty())) {
        refuseSignIn(u"missing_login"_s, enrolment);
        return;
    }
    Q_EMIT errorChanged();
    if (m_signIn && m_signIn->matches(server, email, password, code)
        && (m_signIn->isRunning() || m_signIn->succeeded())) {
        // Back and Next again with the same answers: the sign-in already made stands (a code works once).
        if (m_signIn->succeeded())
            Q_EMIT signInAccepted();
        return;
    }
    clearPendingSignIn();
    m_signIn = new SignInJob(m_syncController->network(), this);
    connect(m_signIn, &SignInJob::finished, this, &AppController::onSignInChecked);
    m_signIn->start(server, email, password, code);
    Q_EMIT signInStateChanged();
    Q_EMIT busyChanged();
}

void AppController::onSignInChecked()
{
    Q_EMIT signInStateChanged();
    Q_EMIT busyChanged();
    if (!m_signIn)
        return;
    if (m_signIn->hasError()) {
        m_pendingPassphrase.fill(u'\0');
        m_pendingPassphrase.clear();
        m_signInError = m_signIn->errorMessage();
        Q_EMIT errorChanged();
        return;
    }
    if (!m_pendingPassphrase.isEmpty()) {
        createSignedInStore();
        return;
    }
    Q_EMIT signInAccepted();
}

void AppController::finishSignIn(const QString &passphrase, const QString &repeated)
{
    if (const QString problem = passphraseProblem(passphrase, repeated); !problem.isEmpty()) {
        setError(problem);
        return;
    }
    if (m_stage != Stage::Setup)
        return;
    if (!m_signIn || m_signIn->hasError()) {
        m_signInError = m_signIn
            ? m_signIn->errorMessage()
            : tr("Sign in first: go back and type your e-mail and password, or your code.", "@info");
        Q_EMIT errorChanged();
        return;
    }
    clearError();
    m_pendingPassphrase = passphrase;
    if (m_signIn->isRunning())
        return; // onSignInChecked() goes on
    createSignedInStore();
}

void AppController::createSignedInStore()
{
    m_signInError.clear();
    Q_EMIT errorChanged();
    const Sync::Credentials &signedIn = *m_signIn->credentials();
    DeviceIdentity identity;
    identity.role = m_signIn->role();
    identity.userId = signedIn.userId();
    // The next code typed on this device (after a wipe, say) goes to the same server.
    m_settings->setServerUrl(signedIn.serverUrl().toString());
    m_syncController->startFreshSession(signedIn, m_signIn->email());
    setStage(Stage::FirstSync);
    // The store opens (onOpened) while the stage stays FirstSync until the first sync ends.
    m_session->create(m_pendingPassphrase, identity, {});
    m_pendingPassphrase.fill(u'\0');
    m_pendingPassphrase.clear();
}

void AppController::clearPendingSignIn()
{
    m_pendingPassphrase.fill(u'\0');
    m_pendingPassphrase.clear();
    if (m_signIn) {
        disconnect(m_signIn, nullptr, this, nullptr);
        m_signIn->discard();
        m_signIn = nullptr;
        Q_EMIT signInStateChanged();
        Q_EMIT busyChanged();
    }
}

bool AppController::openLink(const QString &text)
{
    const auto link = EnrolmentLink::parse(text);
    if (!link) {
        refuseSignIn(u"bad_link"_s, true);
        return false;
    }
    if (m_stage != Stage::Setup) {
        qCInfo(lcUi) << "an enrolment link was opened on a device that is already set up: ignored";
        return false;
    }
    m_link = *link;
    m_signInError.clear();
    Q_EMIT errorChanged();
    Q_EMIT signInStateChanged();
    return true;
}

void AppController::retryFirstSync()
{
    m_signInError.clear();
    Q_EMIT errorChanged();
    m_sync->syncNow();
}

void AppController::skipFirstSync()
{
    if (m_stage == Stage::FirstSync && m_session->isOpen())
        setStage(Stage::Ready);
}

void AppController::unlock(const QString &passphrase)
{
    if (m_session->isBusy() || m_retrySeconds > 0)
        return;
    clearError();
    m_session->unlock(passphrase);
}

void AppController::lock()
{
    if (m_stage != Stage::Ready && !(m_stage == Stage::FirstSync && m_session->isOpen()))
        return;
    qCInfo(lcUi) << "locking";
    m_idleLock.stop();
    m_session->close();
    // Unlocking asks the store again: a sign-in that expired is remembered there, offline.
    m_signInAgain->reset();
    forgetIdentity();
    setStage(Stage::Locked);
}

void AppController::forgetIdentity()
{
    m_role.reset();
    m_identity = {};
    m_navigation->setRole(std::nullopt);
    Q_EMIT identityChanged();
}

void AppController::onDeviceWiped()
{
    // The service revoked this device (it may be in someone else's hands): the engine has uploaded
    // what the server still accepted and emptied the store. Nothing of it stays: not the records in
    // memory, not the files, not the device id (the server never accepts a revoked one again), so
    // the next sign-in is a first run with a new device id and a new passphrase.
    m_idleLock.stop();
    clearPendingSignIn();
    m_link = {};
    if (!m_session->removeStore())
        qCWarning(lcUi) << "revoked device: a store file could not be removed";
    m_signInAgain->reset();
    forgetIdentity();
    m_alertSettings = {};
    m_retryAfter = {};
    updateRetry();
    clearError();
    m_signInError.clear();
    Q_EMIT errorChanged();
    setSetupNotice(tr("This device was signed out by your leaving-care service and the information on it was "
                      "removed. If this is your device, sign in again.",
                      "@info"));
    setStage(Stage::Setup);
}

void AppController::setSetupNotice(const QString &text)
{
    if (text == m_setupNotice)
        return;
    m_setupNotice = text;
    Q_EMIT setupNoticeChanged();
}

void AppController::clearError()
{
    setError({});
}

void AppController::navigate(const QString &key)
{
    Q_EMIT navigationRequested(key);
}

void AppController::push(const QString &key, const QVariantMap &properties)
{
    Q_EMIT pushRequested(key, properties);
}

void AppController::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    if (stage == Stage::Ready)
        applyRecordedNeeds();
    Q_EMIT stageChanged();
}

void AppController::applyRecordedNeeds()
{
    if (m_role != Role::YoungPerson || !m_settings)
        return;
    const YoungPerson *person = m_session->data().youngPerson(m_identity.userId);
    if (person && person->accessibilityNeeds.contains(u"large_text"_s))
        m_settings->startFontScaleAt(AppSettings::LargeTextFontScale);
}

void AppController::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorChanged();
}

void AppController::onOpened()
{
    const std::optional<Role> role = roleFromCode(m_session->identity().role);
    if (!role || *role == Role::Admin) {
        // Only a revoked device's wipe removes who uses the store; the app stopped before it could tidy up.
        qCInfo(lcUi) << "the store was wiped before the app could remove it";
        onDeviceWiped();
        return;
    }
    if (m_signIn && m_stage == Stage::FirstSync) {
        // The store keeps the session now (SyncController saved it): the job's copy goes.
        m_signIn->deleteLater();
        m_signIn = nullptr;
        m_link = {};
        Q_EMIT signInStateChanged();
    }
    m_identity = m_session->identity();
    m_role = role;
    m_navigation->setRole(m_role);
    m_retryAfter = {};
    updateRetry();
    clearError();
    setSetupNotice({});
    Q_EMIT identityChanged();
    adoptRecordLanguage();
    // After a sign-in the first sync runs before the pages show (SyncController::firstSyncFinished).
    if (m_stage != Stage::FirstSync || m_identity.demo)
        setStage(Stage::Ready);
    m_idleLock.start();
}

void AppController::onFailed(StoreSession::Error error, const QDateTime &retryAfter)
{
    switch (error) {
    case StoreSession::Error::WrongPassphrase:
        setError(tr("That passphrase is not right. Try again.", "@info"));
        break;
    case StoreSession::Error::RetryLater:
        setError(tr("Too many wrong tries. Wait, then try again.", "@info"));
        break;
    case StoreSession::Error::KeystoreUnavailable:
        setError(tr("This device's key store cannot be reached. Unlock the device and try again.", "@info"));
        break;
    case StoreSession::Error::NoStore:
        setError(tr("There is no data on this device yet.", "@info"));
        break;
    case StoreSession::Error::AlreadyExists:
        setError(tr("This device already has data. Unlock it instead.", "@info"));
        break;
    case StoreSession::Error::DatabaseMissing:
        setError(tr("This device's data file is missing. Nothing was replaced. Restore it from a backup, or "
                    "sign in again to download your records.",
                    "@info"));
        break;
    case StoreSession::Error::Storage:
    case StoreSession::Error::Invalid:
    case StoreSession::Error::NotAllowed:
    case StoreSession::Error::None:
        setError(tr("The data on this device could not be opened.", "@info"));
        break;
    }
    m_retryAfter = retryAfter;
    updateRetry();
    if (m_stage == Stage::FirstSync)
        setStage(Stage::Setup);
}

void AppController::updateRetry()
{
    const QDateTime now = m_session->clock().now();
    const int secs = m_retryAfter.isValid() && m_retryAfter > now ? int(now.secsTo(m_retryAfter)) + 1 : 0;
    if (secs > 0 && !m_retryTimer.isActive())
        m_retryTimer.start();
    if (secs == 0)
        m_retryTimer.stop();
    if (secs != m_retrySeconds) {
        m_retrySeconds = secs;
        Q_EMIT retrySecondsChanged();
    }
}

void AppController::applyAutoLock()
{
    m_idleLock.setIdleTimeoutMs(m_settings->autoLockMinutes() * 60 * 1000);
}

} // namespace Pathway

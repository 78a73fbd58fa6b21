// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "sync/syncengine.h"

#include "domain/clock.h"
#include "sync/apiclient.h"
#include "sync/changelistener.h"
#include "sync/credentials.h"
#include "sync/pullpeek.h"
#include "sync/syncadapter.h"
#include "sync/synclog.h"

#include <QJsonDocument>
#include <QNetworkInformation>
#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway::Sync {

SyncEngine::SyncEngine(
    SyncAdapter *store, QNetworkAccessManager *network, Credentials *credentials, const Clock &clock, QObject *parent)
    : SyncEngine(store, network, credentials, clock, Options {}, parent)
{
}

SyncEngine::SyncEngine(SyncAdapter *store,
                       QNetworkAccessManager *network,
                       Credentials *credentials,
                       const Clock &clock,
                       Options options,
                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_credentials(credentials)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_api(new ApiClient(network, credentials, this))
    , m_backoff(m_options.backoff, m_options.random)
{
    m_options.pushBatchSize = std::clamp(m_options.pushBatchSize, 1, MaxChangesPerPush);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!runIfDue() && m_nextAttemptAt.isValid()) {
            scheduleAt(m_nextAttemptAt); // the timer fired early by the injected clock: wait on
        }
    });
    if (m_credentials) {
        connect(m_credentials, &Credentials::tokensChanged, this, [this] {
            // A fresh login after "login required": sync at once, the outbox is still there.
            if (m_state == State::LoginRequired && m_credentials->isLoggedIn()) {
                setState(State::Idle);
                syncNow();
            }
        });
    }
    if (m_store) {
        m_lastSyncedAt = m_store->lastSyncedAt();
        m_firstSync = m_store->cursors().isEmpty();
    }
    refreshCounts();
    if (!m_options.waitPath.isEmpty()) {
        ChangeListener::Options wait;
        wait.path = m_options.waitPath;
        wait.holdSecs = m_options.waitHoldSecs;
        wait.backoff = m_options.backoff;
        wait.random = m_options.random;
        m_listener = new ChangeListener(
            m_api, [this] { return highestCursor(); }, wait, this);
        connect(m_listener, &ChangeListener::changed, this, &SyncEngine::onServerChanged);
        // A run of our own finds out properly (and keeps the outbox) that the login is gone.
        connect(m_listener, &ChangeListener::loginRequired, this, &SyncEngine::syncNow);
    }
    if (m_options.watchReachability) {
        setupReachability();
    }
}

SyncEngine::~SyncEngine()
{
    ++m_runId; // callbacks of requests still in flight must not touch a dying engine
    delete m_listener;
    m_listener = nullptr;
    m_api->abortAll();
}

qint64 SyncEngine::highestCursor() const
{
    qint64 highest = 0;
    if (m_store) {
        const auto cursors = m_store->cursors();
        for (auto it = cursors.begin(); it != cursors.end(); ++it) {
            highest = std::max(highest, it.value().toLongLong());
        }
    }
    return highest;
}

void SyncEngine::onServerChanged()
{
    if (m_running) {
        m_again = true; // this run's pull may have started before the change
        return;
    }
    if (m_backoff.failures() > 0) {
        return; // the scheduled retry pulls it; the listener waits for that run to succeed
    }
    qCInfo(lcSync) << "the server has something new: syncing";
    syncNow();
}

void SyncEngine::setupReachability()
{
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcSync) << "no network reachability backend: relying on periodic sync";
        return;
    }
    auto *info = QNetworkInformation::instance();
    const auto isUp = [](QNetworkInformation::Reachability r) {
        return r == QNetworkInformation::Reachability::Online || r == QNetworkInformation::Reachability::Site
            || r == QNetworkInformation::Reachability::Local || r == QNetworkInformation::Reachability::Unknown;
    };
    m_reachable = isUp(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this, isUp](QNetworkInformation::Reachability r) { onReachabilityChanged(isUp(r)); });
}

void SyncEngine::setNetworkReachable(bool reachable)
{
    onReachabilityChanged(reachable);
}

void SyncEngine::onReachabilityChanged(bool reachable)
{
    const bool cameBack = reachable && !m_reachable;
    m_reachable = reachable;
    if (!reachable) {
        if (m_listener) {
            m_listener->stop();
        }
        if (!m_running && m_state != State::LoginRequired) {
            setState(State::Offline);
        }
        return;
    }
    if (cameBack) {
        qCInfo(lcSync) << "network is back: syncing";
        m_backoff.reset();
        syncNow();
    }
}

void SyncEngine::refreshCounts()
{
    if (!m_store) {
        return;
    }
    const int pending = m_store->pendingCount();
    if (pending != m_pending) {
        m_pending = pending;
        Q_EMIT pendingChangesChanged();
    }
    const int conflicts = m_store->conflictCount();
    if (conflicts != m_conflicts) {
        m_conflicts = conflicts;
        Q_EMIT conflictCountChanged();
    }
}

void SyncEngine::syncNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (m_state == State::LoginRequired && !(m_credentials && m_credentials->isLoggedIn())) {
        return; // nothing to do until the user logs in again
    }
    startRun();
}

void SyncEngine::notifyLocalChange()
{
    refreshCounts();
    if (m_running) {
        m_again = true;
        return;
    }
    const QDateTime soon = m_clock.now().addMSecs(m_options.debounceMs);
    // After failures, a local change does not jump the backoff queue.
    if (m_backoff.failures() > 0 && m_nextAttemptAt.isValid() && m_nextAttemptAt > soon) {
        return;
    }
    if (!m_nextAttemptAt.isValid() || soon < m_nextAttemptAt || m_nextAttemptAt <= m_clock.now()) {
        scheduleAt(soon);
    }
}

bool SyncEngine::runIfDue()
{
    if (m_running || !m_nextAttemptAt.isValid() || m_clock.now() < m_nextAttemptAt) {
        return false;
    }
    syncNow();
    return m_running;
}

void SyncEngine::scheduleAt(const QDateTime &when)
{
    if (m_nextAttemptAt != when) {
        m_nextAttemptAt = when;
        Q_EMIT nextAttemptAtChanged();
    }
    const qint64 ms = std::max<qint64>(0, m_clock.now().msecsTo(when));
    m_timer.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
}

void SyncEngine::abort()
{
    if (m_listener) {
        m_listener->stop();
    }
    if (!m_running) {
        return;
    }
    ++m_runId;
    m_api->abortAll();
    m_running = false;
    fail(u"aborted"_s, false);
}

void SyncEngine::startRun()
{
    if (!m_store) {
        return;
    }
    m_timer.stop();
    m_running = true;
    m_again = false;
    ++m_runId;
    m_stats = {};
    m_pushedThisRun.clear();
    m_pagesThisRun = 0;
    m_rowsThisRun = 0;
    m_estimatedTotal = 0;
    m_firstSync = m_store->cursors().isEmpty();
    m_revoked = false;
    setProgress(0);
    setState(State::Syncing);
    pushNext();
}

void SyncEngine::pushNext()
{
    QList<Change> batch;
    // Changes already pushed in this run without an answer are not sent again until the next run.
    const auto candidates = m_store->pendingChanges(m_options.pushBatchSize + int(m_pushedThisRun.size()));
    for (const auto &c : candidates) {
        if (!m_pushedThisRun.contains(c.changeId)) {
            batch.append(c);
        }
        if (batch.size() >= m_options.pushBatchSize) {
            break;
        }
    }
    if (batch.isEmpty()) {
        if (m_revoked) {
            wipeAfterFinalPush(0);
            return;
        }
        pullNext();
        return;
    }
    PushRequest request;
    request.deviceId = m_credentials ? m_credentials->deviceId() : QString();
    request.changes = batch;
    QStringList ids;
    for (const auto &c : batch) {
        ids.append(c.changeId);
    }
    m_pushedThisRun.append(ids);
    if (!m_store->markSent(ids)) {
        fail(u"store_error"_s, false);
        return;
    }
    const quint64 run = m_runId;
    m_api->post(m_options.pushPath, request.toJson(), [this, run, ids](const ApiReply &reply) {
        if (run == m_runId) {
            onPushReply(reply, ids);
        }
    });
}

void SyncEngine::onPushReply(const ApiReply &reply, const QStringList &ids)
{
    ++m_stats.pushRequests;
    m_stats.pushRawBytes += reply.requestRawBytes;
    m_stats.pushWireBytes += reply.requestWireBytes;
    if (!reply.ok()) {
        if (reply.httpStatus == 401 && reply.serverError == "token_revoked"_L1) {
            if (m_revoked) {
                wipeAfterFinalPush(0); // an earlier answer said revoked; a server that allows one batch only
                return;
            }
            // Revoked and no upload allowed (a logged-out session, say): the pull tells whether to wipe.
            pullNext();
            return;
        }
        fail(toCode(reply.error), reply.error == ApiError::Network || reply.error == ApiError::Timeout);
        return;
    }
    ProtocolError perr;
    const auto response = PushResponse::fromJson(reply.body, &perr);
    if (!response) {
        qCWarning(lcSync) << "bad push response:" << perr.code << perr.field;
        fail(u"bad_response"_s, false);
        return;
    }
    QList<PushResult> results;
    int refusedAsRevoked = 0;
    for (const auto &r : response->results) {
        if (ids.contains(r.changeId)) { // ignore answers about changes we did not send
            results.append(r);
            if (r.status == PushStatus::Rejected && r.reason == QLatin1StringView(Reason::DeviceRevoked)) {
                ++refusedAsRevoked;
            }
        }
    }
    if (!m_store->applyPushResults(results)) {
        fail(u"store_error"_s, false);
        return;
    }
    for (const auto &r : results) {
        ++m_stats.pushed;
        if (r.status == PushStatus::Rejected) {
            ++m_stats.rejected;
            qCInfo(lcSync) << "change rejected:" << r.reason;
        } else if (r.status == PushStatus::Conflict) {
            ++m_stats.conflicts;
        }
    }
    refreshCounts();
    if (response->wipe) {
        // Revoked: the rest of the outbox goes up while the server's final window admits it.
        m_revoked = true;
        if (refusedAsRevoked > 0) {
            wipeAfterFinalPush(refusedAsRevoked); // the window is over: nothing more will be accepted
            return;
        }
    }
    pushNext();
}

void SyncEngine::wipeAfterFinalPush(int refused)
{
    const int unsent = refused + m_store->pendingCount();
    if (unsent > 0) {
        qCWarning(lcSync) << "device revoked: the server's final upload window is over;" << unsent
                          << "changes were not uploaded";
    }
    doWipe();
}

void SyncEngine::pullNext()
{
    requestPull(m_store->cursors());
}

void SyncEngine::requestPull(const QMap<QString, QString> &cursors, std::function<void()> sent)
{
    PullRequest request;
    request.cursors = cursors;
    request.limit = m_options.pullLimit;
    m_pullCursors = cursors;
    const quint64 run = m_runId;
    m_api->postUnparsed(
        m_options.pullPath, request.toJson(),
        [this, run](const ApiReply &reply) {
            if (run == m_runId) {
                onPullReply(reply);
            }
        },
        std::move(sent));
}

void SyncEngine::onPullReply(const ApiReply &reply)
{
    m_stats.pullWireBytes += reply.responseWireBytes;
    m_stats.pullRawBytes += reply.responseRawBytes;
    if (!reply.ok()) {
        fail(toCode(reply.error), reply.error == ApiError::Network || reply.error == ApiError::Timeout);
        return;
    }
    // The next page is asked for before this one is parsed and stored, so the server reads it
    // and the network carries it while this device parses and writes (a first sync is many
    // pages). Its cursors are the ones this page moves the store to, read from the page's text
    // without parsing its records (PullPeek). A page that removes young people changes which
    // scopes the store holds, so the next request waits for it to be applied.
    const QMap<QString, QString> &requested = m_pullCursors;
    const auto peek = m_options.prefetchPull ? PullPeek::read(reply.rawBody) : std::nullopt;
    const bool prefetch = peek && peek->hasMore && peek->removeOwners.isEmpty() && !peek->wipe;
    if (!prefetch) {
        storePullPage(reply.rawBody, std::nullopt);
        return;
    }
    QMap<QString, QString> next = requested;
    next.insert(peek->cursors);
    // QNetworkAccessManager sends a request from the event loop (its body even goes to the
    // network thread through this one): this page is parsed and stored once the next request
    // is out, not before.
    const quint64 run = m_runId;
    requestPull(next, [this, run, json = reply.rawBody, peek] {
        if (run == m_runId) {
            storePullPage(json, peek);
        }
    });
}

void SyncEngine::storePullPage(const QByteArray &json, const std::optional<PullPeek> &peek)
{
    const bool prefetch = peek.has_value();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    ProtocolError perr;
    auto page = doc.isObject() ? PullResponse::fromJson(doc.object(), &perr) : std::nullopt;
    if (!page) {
        qCWarning(lcSync) << "bad pull response:" << (doc.isObject() ? perr.code : parseError.errorString())
                          << perr.field;
        fail(u"bad_response"_s, false);
        return;
    }
    if (prefetch && (page->cursors != peek->cursors || !page->hasMore || !page->removeOwners.isEmpty() || page->wipe)) {
        qCWarning(lcSync) << "bad pull response: its members read twice differ";
        fail(u"bad_response"_s, false);
        return;
    }
    if (page->wipe) {
        doWipe();
        return;
    }
    // The bodies' text as the page holds it (one scan of the text, done already when the next
    // page was asked for), so the store keeps it rather than writing each parsed body out again.
    const auto scanned = prefetch ? peek : PullPeek::read(json);
    if (scanned && scanned->bodies.size() == page->records.size()) {
        page->bodyTexts = scanned->bodies;
    }
    const PageOutcome outcome = m_store->applyPullPage(*page);
    if (!outcome.ok) {
        fail(u"store_error"_s, false);
        return;
    }
    ++m_stats.pullPages;
    m_stats.pulledRecords += int(page->records.size());
    ++m_pagesThisRun;
    m_rowsThisRun += int(page->records.size());
    for (const auto &owner : outcome.ownersDeferred) {
        if (!m_deferredOwners.contains(owner)) {
            m_deferredOwners.append(owner);
        }
    }
    if (!outcome.ownersRemoved.isEmpty()) {
        Q_EMIT ownersRemoved(outcome.ownersRemoved);
    }
    // Progress: the server may say how many rows remain ("remaining", optional); otherwise
    // each page closes half the remaining distance.
    const qint64 remaining = qint64(doc.object().value(u"remaining"_s).toDouble(-1));
    if (page->hasMore) {
        if (remaining >= 0) {
            m_estimatedTotal = m_rowsThisRun + remaining;
            setProgress(m_estimatedTotal > 0 ? double(m_rowsThisRun) / double(m_estimatedTotal) : 0.0);
        } else {
            setProgress(m_progress + (0.95 - m_progress) / 2.0);
        }
        if (!prefetch) {
            // Not asked for yet: the page said nothing readable up front, or it removed young
            // people (their scopes are gone now).
            pullNext();
        }
        return;
    }
    refreshCounts();
    finishOk();
}

void SyncEngine::finishOk()
{
    if (!m_deferredOwners.isEmpty()) {
        const auto removed = m_store->removeOwnersWithoutPending(m_deferredOwners);
        for (const auto &o : removed) {
            m_deferredOwners.removeAll(o);
        }
        if (!removed.isEmpty()) {
            Q_EMIT ownersRemoved(removed);
        }
    }
    m_running = false;
    m_firstSync = false;
    m_backoff.reset();
    m_lastSyncedAt = m_clock.now();
    m_store->setLastSyncedAt(m_lastSyncedAt);
    Q_EMIT lastSyncedAtChanged();
    setLastError({});
    setProgress(1.0);
    refreshCounts();
    setState(m_reachable ? State::Idle : State::Offline);
    scheduleAt(m_clock.now().addMSecs(m_options.periodicMs));
    if (m_listener && m_reachable) {
        m_listener->resume(); // listen beyond the cursors this run reached
    }
    qCInfo(lcSync) << "sync done: pushed" << m_stats.pushed << "pulled" << m_stats.pulledRecords << "in"
                   << m_stats.pullPages << "pages";
    Q_EMIT finished(true);
    if (m_again) {
        m_again = false;
        scheduleAt(m_clock.now().addMSecs(std::min<qint64>(m_options.debounceMs, m_options.periodicMs)));
    }
}

void SyncEngine::fail(const QString &code, bool network)
{
    m_running = false;
    ++m_runId;
    refreshCounts();
    setLastError(code);
    if (code == "login_required"_L1) {
        if (m_listener) {
            m_listener->stop();
        }
        m_timer.stop();
        if (m_nextAttemptAt.isValid()) {
            m_nextAttemptAt = {};
            Q_EMIT nextAttemptAtChanged();
        }
        setState(State::LoginRequired);
        qCInfo(lcSync) << "login required; outbox kept with" << m_pending << "changes";
        Q_EMIT loginRequired();
        Q_EMIT finished(false);
        return;
    }
    setState(network ? State::Offline : State::Error);
    const qint64 delay = m_backoff.nextDelayMs();
    qCInfo(lcSync) << "sync failed:" << code << "- retrying in" << delay << "ms";
    scheduleAt(m_clock.now().addMSecs(delay));
    Q_EMIT finished(false);
}

void SyncEngine::doWipe()
{
    qCWarning(lcSync) << "device revoked by the server: wiping local data";
    if (m_listener) {
        m_listener->stop();
    }
    m_running = false;
    ++m_runId;
    m_timer.stop();
    m_store->wipe();
    m_deferredOwners.clear();
    if (m_credentials) {
        m_credentials->clearTokens();
    }
    refreshCounts();
    m_lastSyncedAt = {};
    Q_EMIT lastSyncedAtChanged();
    setLastError(u"device_revoked"_s);
    setState(State::LoginRequired);
    Q_EMIT wiped();
    Q_EMIT finished(false);
}

void SyncEngine::setState(State s)
{
    if (s != m_state) {
        m_state = s;
        Q_EMIT stateChanged();
    }
}

void SyncEngine::setProgress(double p)
{
    p = std::clamp(p, 0.0, 1.0);
    if (!qFuzzyCompare(p + 1.0, m_progress + 1.0)) {
        m_progress = p;
        Q_EMIT progressChanged();
    }
}

void SyncEngine::setLastError(const QString &code)
{
    if (code != m_lastError) {
        m_lastError = code;
        Q_EMIT lastErrorChanged();
    }
}

QVariantList SyncEngine::conflictList() const
{
    QVariantList out;
    if (!m_store) {
        return out;
    }
    for (const auto &c : m_store->conflicts()) {
        out.append(QVariantMap {
            {u"conflictId"_s, c.conflictId},
            {u"recordType"_s, c.recordType},
            {u"recordId"_s, c.recordId},
            {u"ownerId"_s, c.ownerId},
            {u"field"_s, c.field},
            {u"localValue"_s, c.localValue.toVariant()},
            {u"remoteValue"_s, c.remoteValue.toVariant()},
        });
    }
    return out;
}

bool SyncEngine::resolveConflict(const QString &conflictId, Resolution how, const QString &mergedText)
{
    if (!m_store) {
        return false;
    }
    for (const auto &v : conflictList()) {
        const auto c = v.toMap();
        if (c.value(u"conflictId"_s).toString() != conflictId) {
            continue;
        }
        QJsonValue value;
        switch (how) {
        case Resolution::KeepLocal:
            value = QJsonValue::fromVariant(c.value(u"localValue"_s));
            break;
        case Resolution::KeepRemote:
            value = QJsonValue::fromVariant(c.value(u"remoteValue"_s));
            break;
        case Resolution::Merged:
            value = mergedText;
            break;
        }
        const bool ok = m_store->resolveConflict(conflictId, value);
        if (ok) {
            notifyLocalChange();
        }
        refreshCounts();
        return ok;
    }
    return false;
}

} // namespace Pathway::Sync

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/protocol.h"
#include "sync/backoff.h"
#include "sync/pullpeek.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariantList>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Pathway {
class Clock;
}

namespace Pathway::Sync {

class ApiClient;
class ChangeListener;
class Credentials;
class SyncAdapter;
struct ApiReply;

/**
 * Keeps this device's store and pathway-server in step: pushes the outbox in batches, then
 * pulls pages since the stored cursors, each page with its cursors in one transaction.
 * Runs when the network comes back, about a second after a local change, when the server says
 * something new is there (a ChangeListener holds a long-poll while online and signed in), and
 * periodically, with exponential backoff and jitter after failures. Never discards the outbox, except when the
 * server says this device was revoked: then it pushes every pending change it still may (the
 * server's final window), and only then wipes the store.
 */
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(int pendingChanges READ pendingChanges NOTIFY pendingChangesChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY conflictCountChanged)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY lastSyncedAtChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QDateTime nextAttemptAt READ nextAttemptAt NOTIFY nextAttemptAtChanged)

public:
    enum class State
    {
        Idle,
        Offline,
        Syncing,
        Error,
        LoginRequired
    };
    Q_ENUM(State)

    enum class Resolution
    {
        KeepLocal,
        KeepRemote,
        Merged
    };
    Q_ENUM(Resolution)

    struct Options
    {
        int pushBatchSize = MaxChangesPerPush; ///< changes per push
        int pullLimit = 500; ///< records per pull page (the server clamps to MaxPullLimit)
        bool prefetchPull = true; ///< ask for the next pull page while storing this one
        int debounceMs = 1000; ///< wait after a local change before syncing (a burst of saves goes up together)
        qint64 periodicMs = 5 * 60 * 1000; ///< sync this often when nothing else triggers it
        Backoff::Policy backoff;
        /** Random source in [0, 1) for backoff jitter (tests fix it). */
        std::function<double()> random;
        /** Follow QNetworkInformation reachability when a backend exists (off in unit tests). */
        bool watchReachability = true;
        QString pushPath = QStringLiteral("/v1/sync/push");
        QString pullPath = QStringLiteral("/v1/sync/pull");
        /** The long-poll that tells this device of other devices' changes; empty: none (periodic sync only). */
        QString waitPath = QStringLiteral("/v1/sync/wait");
        int waitHoldSecs = 25; ///< how long to ask the server to hold it
    };

    /** Counters of the last run, for progress, logs and benchmarks. */
    struct Stats
    {
        int pushed = 0;
        int pushRequests = 0;
        int rejected = 0;
        int conflicts = 0;
        int pulledRecords = 0;
        int pullPages = 0;
        qint64 pushRawBytes = 0;
        qint64 pushWireBytes = 0;
        qint64 pullWireBytes = 0;
        qint64 pullRawBytes = 0; ///< pulled JSON before compression
    };

    /** None of the pointers is owned; @p store and @p clock must outlive the engine. */
    SyncEngine(SyncAdapter *store,
               QNetworkAccessManager *network,
               Credentials *credentials,
               const Clock &clock,
               Options options,
               QObject *parent = nullptr);
    SyncEngine(SyncAdapter *store,
               QNetworkAccessManager *network,
               Credentials *credentials,
               const Clock &clock,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    State state() const { return m_state; }
    double progress() const { return m_progress; }
    int pendingChanges() const { return m_pending; }
    int conflictCount() const { return m_conflicts; }
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    QString lastError() const { return m_lastError; }
    QDateTime nextAttemptAt() const { return m_nextAttemptAt; }
    const Stats &lastStats() const { return m_stats; }
    bool isRunning() const { return m_running; }
    ApiClient *api() const { return m_api; }
    /** The long-poll for other devices' changes (nullptr without Options::waitPath). */
    ChangeListener *changeListener() const { return m_listener; }
    Backoff &backoff() { return m_backoff; }

    /** Starts a sync now (or once more after the running one). */
    Q_INVOKABLE void syncNow();
    /** A local change was saved: sync soon (debounced). */
    Q_INVOKABLE void notifyLocalChange();
    /** Runs the scheduled attempt if its time (by the injected Clock) has come. Returns whether it started. */
    bool runIfDue();
    /** Network reachability from outside (tests, or platforms without a backend). */
    void setNetworkReachable(bool reachable);
    /** Cancels the running sync; nothing half-applied stays (each page is one transaction). */
    void abort();

    /** Open conflicts for the conflict screen: maps with conflictId, recordType, recordId, field, localValue,
     * remoteValue. */
    Q_INVOKABLE QVariantList conflictList() const;
    /** Resolves a conflict by writing a normal local change: the local text, the remote one, or @p mergedText. */
    Q_INVOKABLE bool resolveConflict(const QString &conflictId, Resolution how, const QString &mergedText = {});
    /** Re-reads pending and conflict counts from the store (after local writes). */
    Q_INVOKABLE void refreshCounts();

Q_SIGNALS:
    void stateChanged();
    void progressChanged();
    void pendingChangesChanged();
    void conflictCountChanged();
    void lastSyncedAtChanged();
    void lastErrorChanged();
    void nextAttemptAtChanged();
    /** The login expired and could not be refreshed: ask the user to log in again. The outbox is kept. */
    void loginRequired();
    /** The device was revoked; its local data is gone. */
    void wiped();
    /** Records of these young people were removed from this device (access ended). */
    void ownersRemoved(const QStringList &ownerIds);
    /** One run ended. */
    void finished(bool ok);

private:
    void startRun();
    void pushNext();
    void onPushReply(const ApiReply &reply, const QStringList &ids);
    void pullNext();
    /** Asks for the page after @p cursors; @p sent runs once the request is out (ApiClient::postUnparsed). */
    void requestPull(const QMap<QString, QString> &cursors, std::function<void()> sent = {});
    void onPullReply(const ApiReply &reply);
    /** Parses and stores a pull page; @p peek: what PullPeek read of it, when the next page was asked for with it. */
    void storePullPage(const QByteArray &json, const std::optional<PullPeek> &peek);
    void finishOk();
    void fail(const QString &code, bool network);
    void doWipe();
    /** Revoked: wipes once nothing is left to push, or at once if the server refused @p refused changes. */
    void wipeAfterFinalPush(int refused);
    void scheduleAt(const QDateTime &when);
    void setState(State s);
    void setProgress(double p);
    void setLastError(const QString &code);
    void onReachabilityChanged(bool reachable);
    void setupReachability();
    /** The server announced something new (ChangeListener::changed). */
    void onServerChanged();
    /** The highest pull cursor held: what the long-poll waits beyond. */
    qint64 highestCursor() const;

    SyncAdapter *m_store;
    QPointer<Credentials> m_credentials;
    const Clock &m_clock;
    Options m_options;
    ApiClient *m_api;
    ChangeListener *m_listener = nullptr;
    Backoff m_backoff;
    QTimer m_timer;

    State m_state = State::Idle;
    double m_progress = 0;
    int m_pending = 0;
    int m_conflicts = 0;
    QDateTime m_lastSyncedAt;
    QString m_lastError;
    QDateTime m_nextAttemptAt;
    Stats m_stats;

    bool m_running = false;
    bool m_again = false;
    bool m_reachable = true;
    bool m_firstSync = false;
    bool m_revoked = false; ///< a push answer said wipe: push the rest of the outbox, then wipe
    int m_pagesThisRun = 0;
    int m_rowsThisRun = 0;
    qint64 m_estimatedTotal = 0;
    quint64 m_runId = 0;
    QMap<QString, QString> m_pullCursors; ///< the cursors of the pull request last sent
    QStringList m_pushedThisRun;
    QStringList m_deferredOwners;
};

} // namespace Pathway::Sync

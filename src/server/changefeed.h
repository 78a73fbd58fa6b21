// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Pathway::Server {

struct ChangeFeedState;
struct ChangeFeedWaiter;

/** One record version a write transaction committed, as the change feed announces it. */
struct CommittedRecord
{
    QString authorityId;
    QString ownerId; ///< "" for authority-wide records
    QString recordType;
    qint64 serverSeq = 0;
};

/**
 * Who is waiting for news of committed records (the long-polls of GET /v1/sync/wait), and
 * waking them. A waiter names its authority and the young people whose records it sees; a
 * commit wakes the waiters it may concern: those who see one of its owners, and every waiter of
 * the authority for an authority-wide record or an allocation (which changes who sees whom).
 * That is a cheap over-approximation: a woken waiter decides with the access rules whether
 * something new is really visible to it. Commits arrive from this instance's store at once
 * (publish()), and from other instances over PostgreSQL NOTIFY (PgChangeListener).
 *
 * Limits: at most `maxPerDevice` waiters per device (a new one ends the oldest, which then
 * answers "nothing new": a client that lost its connection must not be locked out), and at
 * most `maxTotal` in all (subscribe() then refuses). Thread-safe.
 */
class ChangeFeed
{
public:
    struct Limits
    {
        int maxPerDevice = 2;
        int maxTotal = 10000;
    };

    /** One registered waiter; unregisters when destroyed. */
    class Subscription
    {
    public:
        ~Subscription();
        Subscription(const Subscription &) = delete;
        Subscription &operator=(const Subscription &) = delete;
        /** The function that wakes the held request (empty: none); called with the feed's lock held. */
        void setWake(std::function<void()> wake);
        /** Replaces the young people this waiter sees (they change with allocations). */
        void setOwners(QSet<QString> owners);
        /** A newer waiter of the same device ended this one. */
        bool superseded() const;

    private:
        friend class ChangeFeed;
        Subscription(std::shared_ptr<ChangeFeedState> state, std::shared_ptr<ChangeFeedWaiter> waiter);
        std::shared_ptr<ChangeFeedState> m_state;
        std::shared_ptr<ChangeFeedWaiter> m_waiter;
    };

    ChangeFeed();
    explicit ChangeFeed(Limits limits);
    ~ChangeFeed();
    ChangeFeed(const ChangeFeed &) = delete;
    ChangeFeed &operator=(const ChangeFeed &) = delete;

    /** A random id of this server instance (its own NOTIFY payloads are ignored when they come back). */
    QString instanceId() const;
    /** Registers a waiter, or nullptr when the server already holds maxTotal waiters. */
    std::unique_ptr<Subscription> subscribe(const QString &deviceId, const QString &authorityId, QSet<QString> owners);
    /** Wakes the waiters these committed records concern. */
    void publish(const QList<CommittedRecord> &records);
    /** Wakes every waiter (e.g. notifications may have been missed while a listener reconnected). */
    void wakeAll();
    int waiterCount() const;

    /** The NOTIFY payload announcing @p records from @p instanceId: compact JSON under PostgreSQL's 8000 bytes. */
    static QByteArray encodeNotice(const QString &instanceId, const QList<CommittedRecord> &records);
    /** Decodes a payload: the sending instance and its records (an owner "*" stands for every owner). */
    static std::optional<std::pair<QString, QList<CommittedRecord>>> decodeNotice(const QByteArray &payload);
    /** Whether a record of this type changes who sees what, so every waiter of its authority is woken. */
    static bool wakesEveryone(const CommittedRecord &record);

private:
    std::shared_ptr<ChangeFeedState> m_state;
};

} // namespace Pathway::Server

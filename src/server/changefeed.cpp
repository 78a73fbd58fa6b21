// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/changefeed.h"

#include "protocol/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; stay well below. */
constexpr qsizetype MaxPayloadBytes = 7000;
const auto EveryOwner = u"*"_s;
} // namespace

/** One waiter as the feed keeps it. */
struct ChangeFeedWaiter
{
    QString deviceId;
    QString authorityId;
    QSet<QString> owners;
    std::function<void()> wake;
    bool superseded = false;
    bool woken = false; ///< woken before it had a wake function: wake it as soon as it has one
};

/** The feed's waiters, shared with the subscriptions so either may go first. */
struct ChangeFeedState
{
    ChangeFeed::Limits limits;
    QString instanceId;
    mutable std::mutex mutex;
    std::vector<std::shared_ptr<ChangeFeedWaiter>> waiters; ///< oldest first

    static void wake(ChangeFeedWaiter &w)
    {
        if (w.wake) {
            w.wake();
        } else {
            w.woken = true;
        }
    }
};

ChangeFeed::Subscription::Subscription(std::shared_ptr<ChangeFeedState> state, std::shared_ptr<ChangeFeedWaiter> waiter)
    : m_state(std::move(state))
    , m_waiter(std::move(waiter))
{
}

ChangeFeed::Subscription::~Subscription()
{
    std::lock_guard lock(m_state->mutex);
    std::erase(m_state->waiters, m_waiter);
}

void ChangeFeed::Subscription::setWake(std::function<void()> wake)
{
    std::lock_guard lock(m_state->mutex);
    m_waiter->wake = std::move(wake);
    if (m_waiter->wake && m_waiter->woken) {
        m_waiter->woken = false;
        m_waiter->wake();
    }
}

void ChangeFeed::Subscription::setOwners(QSet<QString> owners)
{
    std::lock_guard lock(m_state->mutex);
    m_waiter->owners = std::move(owners);
}

bool ChangeFeed::Subscription::superseded() const
{
    std::lock_guard lock(m_state->mutex);
    return m_waiter->superseded;
}

ChangeFeed::ChangeFeed()
    : ChangeFeed(Limits {})
{
}

ChangeFeed::ChangeFeed(Limits limits)
    : m_state(std::make_shared<ChangeFeedState>())
{
    m_state->limits = limits;
    m_state->instanceId = QUuid::createUuid().toString(QUuid::Id128);
}

ChangeFeed::~ChangeFeed() = default;

QString ChangeFeed::instanceId() const
{
    return m_state->instanceId;
}

std::unique_ptr<ChangeFeed::Subscription>
ChangeFeed::subscribe(const QString &deviceId, const QString &authorityId, QSet<QString> owners)
{
    std::lock_guard lock(m_state->mutex);
    auto &waiters = m_state->waiters;
    // The device's oldest waiters beyond its limit answer "nothing new" now: their client has
    // most likely given up on them (a dropped connection is only noticed when writing to it).
    int ofDevice = 0;
    for (auto it = waiters.rbegin(); it != waiters.rend(); ++it) {
        auto &w = **it;
        if (w.deviceId != deviceId || w.superseded) {
            continue;
        }
        if (++ofDevice >= m_state->limits.maxPerDevice) {
            w.superseded = true;
            ChangeFeedState::wake(w);
        }
    }
    if (qsizetype(waiters.size()) >= m_state->limits.maxTotal) {
        return nullptr;
    }
    auto waiter = std::make_shared<ChangeFeedWaiter>();
    waiter->deviceId = deviceId;
    waiter->authorityId = authorityId;
    waiter->owners = std::move(owners);
    waiters.push_back(waiter);
    return std::unique_ptr<Subscription>(new Subscription(m_state, std::move(waiter)));
}

void ChangeFeed::publish(const QList<CommittedRecord> &records)
{
    if (records.isEmpty()) {
        return;
    }
    std::lock_guard lock(m_state->mutex);
    for (const auto &w : m_state->waiters) {
        const bool concerned = std::any_of(records.begin(), records.end(), [&w](const CommittedRecord &r) {
            return r.authorityId == w->authorityId
                && (wakesEveryone(r) || r.ownerId == EveryOwner || w->owners.contains(r.ownerId));
        });
        if (concerned) {
            ChangeFeedState::wake(*w);
        }
    }
}

void ChangeFeed::wakeAll()
{
    std::lock_guard lock(m_state->mutex);
    for (const auto &w : m_state->waiters) {
        ChangeFeedState::wake(*w);
    }
}

int ChangeFeed::waiterCount() const
{
    std::lock_guard lock(m_state->mutex);
    return int(m_state->waiters.size());
}

bool ChangeFeed::wakesEveryone(const CommittedRecord &record)
{
    return record.ownerId.isEmpty() || record.recordType == "allocation"_L1 || record.recordType == "young_person"_L1;
}

QByteArray ChangeFeed::encodeNotice(const QString &instanceId, const QList<CommittedRecord> &records)
{
    // {"i": instance, "a": {authority: [owner, ...]}}; "" is an authority-wide record, and an
    // allocation is sent as "*" (it wakes every waiter of the authority anyway).
    QMap<QString, QSet<QString>> byAuthority;
    for (const auto &r : records) {
        byAuthority[r.authorityId].insert(wakesEveryone(r) ? EveryOwner : r.ownerId);
    }
    auto encode = [&](bool collapse) {
        QJsonObject authorities;
        for (auto it = byAuthority.begin(); it != byAuthority.end(); ++it) {
            QStringList owners(it->begin(), it->end());
            if (collapse || owners.contains(EveryOwner)) {
                owners = {EveryOwner};
            }
            owners.sort();
            authorities.insert(it.key(), QJsonArray::fromStringList(owners));
        }
        return Sync::compactJson(QJsonObject {{u"i"_s, instanceId}, {u"a"_s, authorities}});
    };
    QByteArray payload = encode(false);
    if (payload.size() > MaxPayloadBytes) {
        payload = encode(true); // too many owners: wake every waiter of these authorities
    }
    return payload;
}

std::optional<std::pair<QString, QList<CommittedRecord>>> ChangeFeed::decodeNotice(const QByteArray &payload)
{
    const auto doc = QJsonDocument::fromJson(payload);
    if (!doc.isObject()) {
        return std::nullopt;
    }
    const auto o = doc.object();
    const QString instance = o.value(u"i"_s).toString();
    const auto authorities = o.value(u"a"_s).toObject();
    if (instance.isEmpty()) {
        return std::nullopt;
    }
    QList<CommittedRecord> records;
    for (auto it = authorities.begin(); it != authorities.end(); ++it) {
        for (const auto &owner : it.value().toArray()) {
            records.append({it.key(), owner.toString(), {}, 0});
        }
    }
    return std::make_pair(instance, records);
}

} // namespace Pathway::Server

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"

#include <QString>

#include <compare>
#include <optional>

namespace Pathway {

/**
 * One hybrid logical clock value: "<16-digit ms since epoch>-<5-digit counter>-<node id>".
 * The string form sorts like the value (docs/records-and-changes.md).
 */
struct HlcTimestamp
{
    qint64 millis = 0;
    int counter = 0;
    QString node;

    static constexpr int maxCounter = 99999;

    QString toString() const;
    static std::optional<HlcTimestamp> parse(const QString &text);
    bool isNull() const { return millis == 0 && counter == 0 && node.isEmpty(); }

    friend std::strong_ordering operator<=>(const HlcTimestamp &a, const HlcTimestamp &b);
    friend bool operator==(const HlcTimestamp &a, const HlcTimestamp &b) = default;
};

/**
 * Hybrid logical clock of one device: never goes backwards, even when the injected wall
 * clock does, and merges the clocks of changes received from elsewhere.
 */
class HybridLogicalClock
{
public:
    HybridLogicalClock(const Clock &clock, QString nodeId);

    QString nodeId() const { return m_node; }
    /** A new timestamp, greater than every one issued or received before. */
    HlcTimestamp next();
    QString nextString() { return next().toString(); }
    /** Merges a remote timestamp so that later local timestamps sort after it. Ignores bad text. */
    bool receive(const QString &remoteHlc);
    void receive(const HlcTimestamp &remote);
    /** The last timestamp issued or received (to persist across restarts). */
    HlcTimestamp last() const { return m_last; }
    /** Restores a persisted last value; the clock continues after it. */
    void restore(const HlcTimestamp &last);

private:
    qint64 physicalNow() const;
    void bump(qint64 millis, int counter);

    const Clock &m_clock;
    QString m_node;
    HlcTimestamp m_last;
};

} // namespace Pathway

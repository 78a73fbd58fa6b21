// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "hlc.h"

#include "storelog.h"

#include <QStringList>

#include <algorithm>
#include <compare>
#include <utility>

using namespace Qt::StringLiterals;

namespace Pathway {

QString HlcTimestamp::toString() const
{
    return u"%1-%2-%3"_s.arg(millis, 16, 10, QLatin1Char('0')).arg(counter, 5, 10, QLatin1Char('0')).arg(node);
}

std::optional<HlcTimestamp> HlcTimestamp::parse(const QString &text)
{
    // Everything after the second dash is the node id (which may itself contain dashes).
    const qsizetype first = text.indexOf(u'-');
    if (first != 16)
        return std::nullopt;
    const qsizetype second = text.indexOf(u'-', first + 1);
    if (second != first + 6)
        return std::nullopt;
    bool okMs = false;
    bool okCounter = false;
    HlcTimestamp t;
    t.millis = text.left(16).toLongLong(&okMs);
    t.counter = text.mid(17, 5).toInt(&okCounter);
    t.node = text.mid(second + 1);
    if (!okMs || !okCounter || t.millis < 0 || t.counter < 0 || t.node.isEmpty())
        return std::nullopt;
    return t;
}

std::strong_ordering operator<=>(const HlcTimestamp &a, const HlcTimestamp &b)
{
    if (auto c = a.millis <=> b.millis; std::is_neq(c))
        return c;
    if (auto c = a.counter <=> b.counter; std::is_neq(c))
        return c;
    const int n = QString::compare(a.node, b.node, Qt::CaseSensitive);
    return n < 0 ? std::strong_ordering::less : (n > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

HybridLogicalClock::HybridLogicalClock(const Clock &clock, QString nodeId)
    : m_clock(clock)
    , m_node(std::move(nodeId))
{
}

qint64 HybridLogicalClock::physicalNow() const
{
    return std::max<qint64>(0, m_clock.now().toMSecsSinceEpoch());
}

void HybridLogicalClock::bump(qint64 millis, int counter)
{
    // The 5-digit counter overflows into the millisecond part, so the string form stays sortable.
    if (counter > HlcTimestamp::maxCounter) {
        millis += 1;
        counter = 0;
    }
    m_last.millis = millis;
    m_last.counter = counter;
}

HlcTimestamp HybridLogicalClock::next()
{
    const qint64 pt = physicalNow();
    if (pt > m_last.millis)
        bump(pt, 0);
    else
        bump(m_last.millis, m_last.counter + 1); // wall clock stood still or went backwards
    m_last.node = m_node;
    return m_last;
}

bool HybridLogicalClock::receive(const QString &remoteHlc)
{
    const auto remote = HlcTimestamp::parse(remoteHlc);
    if (!remote)
        return false;
    receive(*remote);
    return true;
}

void HybridLogicalClock::receive(const HlcTimestamp &remote)
{
    const qint64 pt = physicalNow();
    const qint64 maxMs = std::max({pt, m_last.millis, remote.millis});
    if (remote.millis > pt + 24LL * 3600 * 1000)
        qCWarning(lcStore) << "received a clock value more than a day ahead of this device";
    int counter = 0;
    if (maxMs == m_last.millis && maxMs == remote.millis)
        counter = std::max(m_last.counter, remote.counter) + 1;
    else if (maxMs == m_last.millis)
        counter = m_last.counter + 1;
    else if (maxMs == remote.millis)
        counter = remote.counter + 1;
    bump(maxMs, counter);
    m_last.node = m_node;
}

void HybridLogicalClock::restore(const HlcTimestamp &last)
{
    if (std::pair(last.millis, last.counter) > std::pair(m_last.millis, m_last.counter)) {
        m_last.millis = last.millis;
        m_last.counter = last.counter;
        m_last.node = m_node;
    }
}

} // namespace Pathway

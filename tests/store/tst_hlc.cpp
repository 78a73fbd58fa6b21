// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "store/hlc.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Pathway;

/** Tests the hybrid logical clock: format, monotonicity, merging remote clocks. */
class TestHlc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatAndParse()
    {
        FakeClock clock(QDateTime::fromMSecsSinceEpoch(1763800000000, Qt::UTC));
        HybridLogicalClock hlc(clock, u"dev1"_s);
        QCOMPARE(hlc.nextString(), u"0001763800000000-00000-dev1"_s);
        QCOMPARE(hlc.nextString(), u"0001763800000000-00001-dev1"_s);
        const auto parsed = HlcTimestamp::parse(u"0001763800000123-00042-node-with-dash"_s);
        QVERIFY(parsed);
        QCOMPARE(parsed->millis, 1763800000123);
        QCOMPARE(parsed->counter, 42);
        QCOMPARE(parsed->node, u"node-with-dash"_s);
        QCOMPARE(parsed->toString(), u"0001763800000123-00042-node-with-dash"_s);
        QVERIFY(!HlcTimestamp::parse(u""_s));
        QVERIFY(!HlcTimestamp::parse(u"123-00001-x"_s));
        QVERIFY(!HlcTimestamp::parse(u"000176380000012x-00042-n"_s));
        QVERIFY(!HlcTimestamp::parse(u"0001763800000123-00042-"_s));
    }

    void monotonicWhenClockGoesBackwards()
    {
        FakeClock clock;
        HybridLogicalClock hlc(clock, u"a"_s);
        QString previous = hlc.nextString();
        for (int i = 0; i < 50; ++i) {
            clock.advanceSecs(i % 3 == 0 ? -3600 : 1);
            const QString next = hlc.nextString();
            QVERIFY2(next > previous, qPrintable(next + u" <= "_s + previous));
            QVERIFY(*HlcTimestamp::parse(next) > *HlcTimestamp::parse(previous));
            previous = next;
        }
    }

    void counterOverflowCarriesIntoMillis()
    {
        FakeClock clock;
        HybridLogicalClock hlc(clock, u"a"_s);
        const qint64 ms = clock.now().toMSecsSinceEpoch();
        hlc.restore(HlcTimestamp {ms, HlcTimestamp::maxCounter, u"a"_s});
        const HlcTimestamp t = hlc.next();
        QCOMPARE(t.millis, ms + 1);
        QCOMPARE(t.counter, 0);
    }

    void receiveMergesRemoteClock()
    {
        FakeClock clock;
        HybridLogicalClock hlc(clock, u"local"_s);
        const HlcTimestamp first = hlc.next();
        const HlcTimestamp remote {first.millis + 60000, 7, u"remote"_s};
        QVERIFY(hlc.receive(remote.toString()));
        const HlcTimestamp after = hlc.next();
        QVERIFY(after > remote);
        QCOMPARE(after.node, u"local"_s);
        QCOMPARE(after.millis, remote.millis);
        QCOMPARE(after.counter, 9); // receive sets 8, next 9
        QVERIFY(!hlc.receive(u"garbage"_s));

        // A remote clock in the past changes nothing but the counter ordering.
        const HlcTimestamp old {first.millis - 5000, 3, u"r"_s};
        hlc.receive(old);
        QVERIFY(hlc.next() > after);
    }

    void restoreContinuesAfterPersistedValue()
    {
        FakeClock clock;
        HybridLogicalClock a(clock, u"n"_s);
        clock.advanceDays(1);
        const HlcTimestamp late = a.next();
        clock.advanceDays(-1);
        HybridLogicalClock b(clock, u"n"_s);
        b.restore(late);
        QVERIFY(b.next() > late);
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"

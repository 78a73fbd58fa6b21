// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "sync/backoff.h"

#include <QTest>

using namespace Pathway::Sync;

/** Tests the retry delays: doubling, cap, jitter range and reset. */
class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doublesUntilTheCap()
    {
        Backoff::Policy p;
        p.baseMs = 1000;
        p.maxMs = 10000;
        p.jitter = 0; // no randomness: exact values
        Backoff b(p, [] { return 0.3; });
        QCOMPARE(b.nextDelayMs(), 1000);
        QCOMPARE(b.nextDelayMs(), 2000);
        QCOMPARE(b.nextDelayMs(), 4000);
        QCOMPARE(b.nextDelayMs(), 8000);
        QCOMPARE(b.nextDelayMs(), 10000);
        QCOMPARE(b.nextDelayMs(), 10000);
        QCOMPARE(b.failures(), 6);
        b.reset();
        QCOMPARE(b.nextDelayMs(), 1000);
    }

    void jitterStaysInItsBand()
    {
        Backoff::Policy p;
        p.baseMs = 1000;
        p.maxMs = 60000;
        p.jitter = 0.5;
        QCOMPARE(Backoff::delayFor(3, p, 0.0), 2000); // 4000 * (1 - 0.5)
        QCOMPARE(Backoff::delayFor(3, p, 0.5), 3000);
        QVERIFY(Backoff::delayFor(3, p, 0.999) <= 4000);
        QVERIFY(Backoff::delayFor(3, p, 0.999) > 3900);
        // Huge failure counts do not overflow.
        QCOMPARE(Backoff::delayFor(500, p, 1.0), 60000);
    }

    void defaultRandomIsInRange()
    {
        Backoff b;
        for (int i = 0; i < 20; ++i) {
            const auto d = b.nextDelayMs();
            QVERIFY(d >= 1);
            QVERIFY(d <= b.policy().maxMs);
        }
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"

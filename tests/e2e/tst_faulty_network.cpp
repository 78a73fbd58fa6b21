// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "faultyproxy.h"
#include "recordsum.h"
#include "serverprocess.h"
#include "syncclient.h"

#include <QTest>

#include <array>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

/**
 * Three devices of one PA edit offline, then sync through a proxy that drops, delays, duplicates,
 * truncates and resets connections at random (seeded; PATHWAY_FAULT_SEED picks another run). They
 * must converge: each device holds exactly what the server holds (same checksum as a fresh device
 * that pulls everything over a clean connection), every edit that was made is there, and none twice.
 */
class TestFaultyNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeDevicesConvergeThroughFaults()
    {
        if (!QFileInfo(ServerProcess::executablePath()).isExecutable())
            QSKIP("pathway-server is not built in this build tree");
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        const std::uint64_t seed = qEnvironmentVariableIsSet("PATHWAY_FAULT_SEED")
            ? qEnvironmentVariable("PATHWAY_FAULT_SEED").toULongLong()
            : 20261206;
        qInfo("fault seed %llu (set PATHWAY_FAULT_SEED to repeat or vary it)", static_cast<unsigned long long>(seed));
        FaultyProxy proxy(server.url().port(), seed);
        QVERIFY(proxy.port() > 0);
        QUrl viaProxy = server.url();
        viaProxy.setPort(proxy.port());
        const DemoLogin pa = server.login(u"pa"_s);

        // Three devices of the same PA, signed in and synced once through the faults.
        std::array<std::unique_ptr<Client>, 3> devices;
        for (auto &d : devices) {
            d = std::make_unique<Client>(viaProxy);
            d->engine->api()->setTimeoutMs(10000);
            bool in = false;
            for (int attempt = 0; attempt < 40 && !in; ++attempt)
                in = d->login(pa);
            QVERIFY2(in, "a device could not sign in through the proxy in 40 attempts");
            QVERIFY(syncUntil(*d, 40));
        }
        const QStringList caseload = caseloadOf(*devices[0], pa.staffId);
        QVERIFY(!caseload.isEmpty());
        const QString yp = caseload.first();
        const auto actions = devices[0]->records().listByOwner(u"plan_action"_s, yp);
        QVERIFY2(!actions.isEmpty(), "the demo PA's first young person has no plan action");
        const QString actionId = actions.first().recordId;
        const int contactsBefore = int(devices[0]->records().listByOwner(u"contact_log"_s, yp, true).size());

        // Rounds of offline edits on every device: new contacts, and the same field of one action
        // on all three; after each, the devices sync through the faults until they converge.
        constexpr int kCycles = 4;
        constexpr int kContactsPerDevice = 3;
        QStringList notes;
        for (int cycle = 0; cycle < kCycles; ++cycle) {
            for (int d = 0; d < 3; ++d) {
                devices[d]->engine->setNetworkReachable(false);
                for (int i = 0; i < kContactsPerDevice; ++i) {
                    const QString text = u"Cycle %1, device %2, contact %3"_s.arg(cycle).arg(d).arg(i);
                    notes.append(text);
                    const QJsonObject contact = newContact(yp, pa.staffId, text);
                    QVERIFY(devices[d]->records().saveLocal(u"contact_log"_s, contact.value(u"id"_s).toString(), yp,
                                                            contact));
                }
                QVERIFY(devices[d]->records().saveLocal(u"plan_action"_s, actionId, yp,
                                                        {{u"who"_s, u"Cycle %1, device %2"_s.arg(cycle).arg(d)}}));
                QTest::qWait(3); // later devices' edits have later clocks
            }
            for (auto &d : devices)
                d->engine->setNetworkReachable(true);
            const int rounds = converge(devices);
            QVERIFY2(rounds > 0, "the devices did not converge in 200 rounds");
            qInfo("cycle %d converged after %d rounds", cycle, rounds);
        }
        const int faults = proxy.count(FaultyProxy::Fate::Drop) + proxy.count(FaultyProxy::Fate::Delay)
            + proxy.count(FaultyProxy::Fate::Duplicate) + proxy.count(FaultyProxy::Fate::Truncate)
            + proxy.count(FaultyProxy::Fate::Reset);
        qInfo("requests: pass %d, drop %d, delay %d, duplicate %d, truncate %d, reset %d",
              proxy.count(FaultyProxy::Fate::Pass), proxy.count(FaultyProxy::Fate::Drop),
              proxy.count(FaultyProxy::Fate::Delay), proxy.count(FaultyProxy::Fate::Duplicate),
              proxy.count(FaultyProxy::Fate::Truncate), proxy.count(FaultyProxy::Fate::Reset));
        QVERIFY(faults >= 10); // the proxy is in the path and misbehaved

        // The server's records, as a fresh device pulls them over a clean connection.
        Client fresh(server.url());
        QVERIFY(fresh.login(pa));
        QVERIFY(fresh.sync());
        const auto serverRecords = everyRecord(fresh.records());
        const QByteArray serverSum = recordsChecksum(serverRecords);
        for (int d = 0; d < 3; ++d) {
            QCOMPARE(devices[d]->records().pendingCount(), 0);
            QCOMPARE(devices[d]->device.sync->rejectedChanges(yp).size(), 0);
            const auto mine = everyRecord(devices[d]->records());
            QCOMPARE(mine.size(), serverRecords.size());
            QCOMPARE(recordsChecksum(mine), serverSum);
        }

        // Nothing lost and nothing twice: every contact made offline is on the server exactly once.
        const auto contacts = fresh.records().listByOwner(u"contact_log"_s, yp, true);
        QCOMPARE(int(contacts.size()), contactsBefore + kCycles * 3 * kContactsPerDevice);
        QStringList seen;
        for (const auto &c : contacts)
            seen.append(c.body.value(u"notes"_s).toString());
        for (const QString &text : notes)
            QCOMPARE(seen.count(text), 1);
        // The shared field holds the last writer's value everywhere (LWW by HLC).
        QCOMPARE(fresh.records().get(u"plan_action"_s, actionId)->body.value(u"who"_s).toString(),
                 u"Cycle %1, device 2"_s.arg(kCycles - 1));
    }

private:
    /**
     * Syncs every device, round after round, until every change is acknowledged and each device
     * has then pulled successfully; the number of rounds, or 0 if that took more than 200.
     */
    static int converge(std::array<std::unique_ptr<Client>, 3> &devices)
    {
        QSet<int> pulledAfterAllPushed;
        for (int round = 1; round <= 200; ++round) {
            const bool allPushed = std::all_of(devices.begin(), devices.end(),
                                               [](const auto &d) { return d->records().pendingCount() == 0; });
            for (int d = 0; d < 3; ++d) {
                if (devices[d]->sync() && allPushed)
                    pulledAfterAllPushed.insert(d);
            }
            if (pulledAfterAllPushed.size() == 3)
                return round;
        }
        return 0;
    }

    /** Syncs until one run succeeds (false after @p attempts failed runs). */
    static bool syncUntil(Client &c, int attempts)
    {
        for (int i = 0; i < attempts; ++i) {
            if (c.sync())
                return true;
        }
        return false;
    }
};

QTEST_GUILESS_MAIN(TestFaultyNetwork)
#include "tst_faulty_network.moc"

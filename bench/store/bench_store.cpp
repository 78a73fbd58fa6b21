// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// bench_store: what SQLCipher costs on a PA's working day, and how long opening and unlocking take.
// PATHWAY_BENCH_QUICK=1 runs a smaller workload (CI).
//
// Workload (the same on an encrypted and an unencrypted store, both fresh for each round): a caseload of young people
// with a history of contact logs and plan sections, all synced, the store then reopened (cold cache, as at the start of
// a day). Then:
//  - the mix: "user actions", each = read the caseload summary + open one young person
//    (their record, contact logs and plan) + one save (2 of 3 a new contact log, 1 of 3 a plan
//    edit), with a sync every few actions (push the outbox, acknowledge every change);
//  - pure writes, for transparency: saves back to back with no reads and no sync.
// Both stores are open at once and the work runs in small blocks, a block on one store and then
// the same block on the other (order swapped every block), so the load other processes put on
// this shared machine falls on both sides alike; the overhead is the median over all pairs of
// blocks, with its interquartile range. Each figure is reported as wall time and as this thread's
// CPU time: CPU time is what the encryption itself costs (saves do not fsync in WAL mode with
// synchronous=NORMAL, so there is little I/O wait to miss).
#include "../loadaverage.h"
#include "domain/record.h"
#include "store/encryptedstore.h"
#include "store/keymanager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Bench::loadAverage;

namespace {

struct Workload
{
    int youngPeople = 40;
    int historyLogsPerPerson = 50; ///< about two years of visits, calls and attempts
    int planSectionsPerPerson = 8;
    int actions = 600;
    int syncEvery = 10; ///< a sync (push + acknowledge) after every this many actions
    int pureWrites = 600;
    int rounds = 9; ///< encrypted and plain rounds, interleaved; medians and ranges
};

/** Wall and CPU time of one measured phase, and the pages it wrote. */
struct Cost
{
    double wallMs = 0;
    double cpuMs = 0;
    long long pagesWritten = 0;
    long long pagesRead = 0; ///< page cache misses: pages read (and, encrypted, decrypted)
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

const char *verdict(bool pass)
{
    return pass ? "PASS" : "MISS";
}

/** This thread's CPU time: the store runs on it alone, and other threads' time is not its cost. */
double cpuNowMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

long long pageCounter(Database &db, int which)
{
    int current = 0;
    int highwater = 0;
    sqlite3_db_status(db.handle(), which, &current, &highwater, 0);
    return current;
}

/** Times @p work; pages come from the connection's write counter. */
template<typename F> bool measure(Database &db, Cost &cost, F work)
{
    const long long written = pageCounter(db, SQLITE_DBSTATUS_CACHE_WRITE);
    const long long read = pageCounter(db, SQLITE_DBSTATUS_CACHE_MISS);
    const double cpu = cpuNowMs();
    QElapsedTimer timer;
    timer.start();
    const bool ok = work();
    cost.wallMs = double(timer.nsecsElapsed()) / 1e6;
    cost.cpuMs = cpuNowMs() - cpu;
    cost.pagesWritten = pageCounter(db, SQLITE_DBSTATUS_CACHE_WRITE) - written;
    cost.pagesRead = pageCounter(db, SQLITE_DBSTATUS_CACHE_MISS) - read;
    return ok;
}

const QString note = u"Met at the café; talked about college, money and the flat. Follow up on the bus pass. "_s;

QJsonObject contactLogFields(const QString &id, const QString &owner, int n)
{
    const QString at
        = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(n) * 7200).toString(Qt::ISODateWithMs);
    const bool attempted = n % 7 == 0;
    return {{u"id"_s, id},
            {u"youngPersonId"_s, owner},
            {u"staffId"_s, u"pa-1"_s},
            {u"at"_s, at},
            {u"kind"_s, attempted ? u"attempted"_s : (n % 3 ? u"visit"_s : u"phone"_s)},
            {u"successful"_s, !attempted},
            {u"seenAlone"_s, n % 2 == 0},
            {u"location"_s, u"home"_s},
            {u"notes"_s, QString(note + QString::number(n))},
            {u"confidential"_s, false},
            {u"wellbeing"_s, 1 + n % 5}};
}

QJsonObject planFields(const QString &id, const QString &owner, int revision)
{
    return {{u"id"_s, id},
            {u"youngPersonId"_s, owner},
            {u"area"_s, u"education"_s},
            {u"goal"_s, u"Goal revision %1"_s.arg(revision)},
            {u"ownWords"_s, note},
            {u"support"_s, u"PA to go with them to the open day"_s}};
}

bool acknowledgeAll(RecordStore &records)
{
    const QList<OutboxChange> pending = records.pendingChanges();
    QStringList ids;
    for (const OutboxChange &c : pending)
        ids << c.changeId;
    if (ids.isEmpty())
        return true;
    if (!records.markSent(ids).ok())
        return false;
    Transaction tx(records.database()); // the sync engine applies one response in one transaction
    qint64 seq = 0;
    for (const QString &id : std::as_const(ids)) {
        if (!records.markAcknowledged(id, ++seq).ok())
            return false;
    }
    return tx.commit().ok();
}

struct Caseload
{
    QStringList people;
    QList<QStringList> planSections; ///< per young person
    int logs = 0;
};

bool populate(RecordStore &records, const Workload &w, Caseload &c)
{
    Transaction tx(records.database());
    for (int i = 0; i < w.youngPeople; ++i) {
        const QString yp = newId();
        c.people << yp;
        if (!records
                 .saveLocal(u"young_person"_s, yp, yp,
                            {{u"id"_s, yp},
                             {u"displayName"_s, u"Person %1"_s.arg(i)},
                             {u"legalName"_s, u"Person %1 Example"_s.arg(i)},
                             {u"dateOfBirth"_s, u"2006-04-0%1"_s.arg(1 + i % 9)}})
                 .ok())
            return false;
        QStringList sections;
        for (int s = 0; s < w.planSectionsPerPerson; ++s) {
            const QString id = newId();
            sections << id;
            if (!records.saveLocal(u"plan_section"_s, id, yp, planFields(id, yp, 0)).ok())
                return false;
        }
        c.planSections << sections;
        for (int n = 0; n < w.historyLogsPerPerson; ++n) {
            const QString id = newId();
            if (!records.saveLocal(u"contact_log"_s, id, yp, contactLogFields(id, yp, c.logs++)).ok())
                return false;
        }
    }
    return tx.commit().ok() && acknowledgeAll(records);
}

/** One side of a round: a fresh store, encrypted or not, with its caseload and its own counters. */
struct Side
{
    QTemporaryDir dir;
    std::unique_ptr<EncryptedStore> store;
    Caseload c;
    int planRevision = 1;
    int saves = 0;
    long long readRows = 0;
};

/** Makes the caseload, synced, then reopens the store (cold cache, as at the start of a day). */
bool prepare(Side &side, const Workload &w, const QByteArray &key, const Clock &clock)
{
    side.store = std::make_unique<EncryptedStore>(side.dir.path(), clock);
    EncryptedStore &store = *side.store;
    if (!store.openWithRawKey(key).ok() || !populate(store.records(), w, side.c))
        return false;
    if (!store.database().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok())
        return false;
    store.close();
    return store.openWithRawKey(key).ok();
}

/** Save number @p n: 2 of 3 a new contact log, 1 of 3 a plan edit. */
bool save(Side &side, const Workload &w, int n)
{
    RecordStore &records = side.store->records();
    const int person = int((quint64(n) * 7919) % quint64(w.youngPeople));
    const QString &yp = side.c.people.at(person);
    ++side.saves;
    if (n % 3 != 2) {
        const QString id = newId();
        return records.saveLocal(u"contact_log"_s, id, yp, contactLogFields(id, yp, side.c.logs++)).ok();
    }
    const QStringList &sections = side.c.planSections.at(person);
    const QString &id = sections.at(n % sections.size());
    return records.saveLocal(u"plan_section"_s, id, yp, planFields(id, yp, side.planRevision++)).ok();
}

/** User actions [first, first + count) of the mix. */
bool mixActions(Side &side, const Workload &w, int first, int count)
{
    RecordStore &records = side.store->records();
    for (int n = first; n < first + count; ++n) {
        const QList<CaseloadEntry> caseload = records.caseloadSummary();
        const QString &yp = side.c.people.at(int((quint64(n) * 7919) % quint64(w.youngPeople)));
        const auto person = records.get(u"young_person"_s, yp);
        const QList<StoredRecord> logs = records.listByOwner(u"contact_log"_s, yp);
        const QList<StoredRecord> plan = records.listByOwner(u"plan_section"_s, yp);
        if (caseload.size() != w.youngPeople || !person || logs.isEmpty() || plan.isEmpty())
            return false;
        side.readRows += caseload.size() + logs.size() + plan.size();
        if (!save(side, w, n))
            return false;
        if ((n + 1) % w.syncEvery == 0 && !acknowledgeAll(records))
            return false;
    }
    return true;
}

/** Saves [first, first + count) back to back. */
bool pureWrites(Side &side, const Workload &w, int first, int count)
{
    for (int n = first; n < first + count; ++n) {
        if (!save(side, w, n))
            return false;
    }
    return true;
}

/** Per-block costs of both sides of every round: block i of one side ran next to block i of the other. */
struct Paired
{
    std::vector<Cost> enc;
    std::vector<Cost> plain;
    std::vector<Cost> encRounds; ///< each round's total
    std::vector<Cost> plainRounds;
};

void addTo(Cost &total, const Cost &c)
{
    total.wallMs += c.wallMs;
    total.cpuMs += c.cpuMs;
    total.pagesWritten += c.pagesWritten;
    total.pagesRead += c.pagesRead;
}

/**
 * Runs @p work in blocks of @p block on both sides, alternately: block i on one store, then block
 * i on the other, the order swapped every block. Load from other processes then falls on both
 * sides within milliseconds of each other, and each pair's ratio cancels most of it.
 */
template<typename F> bool runPaired(Side &enc, Side &plain, int total, int block, int round, Paired &out, F work)
{
    Cost encTotal;
    Cost plainTotal;
    for (int first = 0, i = 0; first < total; first += block, ++i) {
        const int count = std::min(block, total - first);
        Cost e;
        Cost p;
        const bool encFirst = (i + round) % 2 == 0;
        Side &a = encFirst ? enc : plain;
        Side &b = encFirst ? plain : enc;
        Cost &ca = encFirst ? e : p;
        Cost &cb = encFirst ? p : e;
        if (!measure(a.store->database(), ca, [&] { return work(a, first, count); })
            || !measure(b.store->database(), cb, [&] { return work(b, first, count); }))
            return false;
        out.enc.push_back(e);
        out.plain.push_back(p);
        addTo(encTotal, e);
        addTo(plainTotal, p);
    }
    out.encRounds.push_back(encTotal);
    out.plainRounds.push_back(plainTotal);
    return true;
}

/** The median of a figure over the rounds, and its range. */
struct Spread
{
    double median = 0;
    double low = 0;
    double high = 0;
};

Spread spread(const std::vector<double> &v)
{
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    return {median(v), *lo, *hi};
}

struct Summary
{
    Spread wall;
    Spread cpu;
    Spread pagesPerSave;
    Spread pagesReadPerSave;
};

Summary summarise(const std::vector<Cost> &costs, int saves)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    std::vector<double> pages;
    std::vector<double> reads;
    for (const Cost &c : costs) {
        wall.push_back(c.wallMs);
        cpu.push_back(c.cpuMs);
        pages.push_back(double(c.pagesWritten) / saves);
        reads.push_back(double(c.pagesRead) / saves);
    }
    return {spread(wall), spread(cpu), spread(pages), spread(reads)};
}

/** The encryption overhead of each pair (encrypted against the plain cost next to it). */
std::vector<double> overheads(const std::vector<Cost> &enc, const std::vector<Cost> &plain, double Cost::*member)
{
    std::vector<double> v;
    for (size_t i = 0; i < enc.size(); ++i) {
        if (plain[i].*member > 0)
            v.push_back((enc[i].*member - plain[i].*member) / (plain[i].*member) * 100.0);
    }
    return v;
}

/** The value below which a share @p q of @p v lies (nearest rank). */
double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))];
}

void report(const char *what, const char *unit, const Paired &paired, int saves, int block)
{
    const Summary enc = summarise(paired.encRounds, saves);
    const Summary plain = summarise(paired.plainRounds, saves);
    std::printf("%s, unencrypted (baseline): wall %.1f ms (%.1f..%.1f), CPU %.1f ms (%.1f..%.1f)\n", what,
                plain.wall.median, plain.wall.low, plain.wall.high, plain.cpu.median, plain.cpu.low, plain.cpu.high);
    std::printf("%s, encrypted: wall %.1f ms (%.1f..%.1f), CPU %.1f ms (%.1f..%.1f)\n", what, enc.wall.median,
                enc.wall.low, enc.wall.high, enc.cpu.median, enc.cpu.low, enc.cpu.high);
    std::printf("%s: per %s %.3f ms CPU encrypted vs %.3f unencrypted; read from disk per %s %.1f (unencrypted "
                "%.1f)\n",
                what, unit, enc.cpu.median / saves, plain.cpu.median / saves, unit, enc.pagesReadPerSave.median,
                plain.pagesReadPerSave.median);
    std::printf("%s: pages written per %s %.2f (range %.2f..%.2f; unencrypted %.2f)\n", what, unit,
                enc.pagesPerSave.median, enc.pagesPerSave.low, enc.pagesPerSave.high, plain.pagesPerSave.median);
    const std::vector<double> roundsCpu = overheads(paired.encRounds, paired.plainRounds, &Cost::cpuMs);
    const Spread rounds = spread(roundsCpu);
    std::printf("    (whole rounds: CPU overhead %.1f%%, range %.1f..%.1f over %zu rounds)\n", rounds.median,
                rounds.low, rounds.high, roundsCpu.size());
    const std::vector<double> cpu = overheads(paired.enc, paired.plain, &Cost::cpuMs);
    const std::vector<double> wall = overheads(paired.enc, paired.plain, &Cost::wallMs);
    const double cpuMedian = median(cpu);
    std::printf("%s encryption overhead, median of %zu paired blocks of %d %ss (interquartile range), load average "
                "%s:\n"
                "    %.1f%% CPU (%.1f..%.1f) target <= 10%% %s; %.1f%% wall (%.1f..%.1f)\n",
                what, cpu.size(), block, unit, loadAverage().constData(), cpuMedian, quantile(cpu, 0.25),
                quantile(cpu, 0.75), verdict(cpuMedian <= 10.0), median(wall), quantile(wall, 0.25),
                quantile(wall, 0.75));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    const bool quick = qEnvironmentVariable("PATHWAY_BENCH_QUICK") == u"1"_s;
    Workload w;
    if (quick) {
        w.historyLogsPerPerson = 20;
        w.actions = 150;
        w.pureWrites = 150;
        w.rounds = 5;
    }
    SystemClock clock;
    QByteArray key(32, '\0');
    randombytes_buf(key.data(), size_t(key.size()));

    std::printf("bench_store%s: %d young people, each with %d contact logs and %d plan sections, synced; load "
                "average %s\n",
                quick ? " (quick)" : "", w.youngPeople, w.historyLogsPerPerson, w.planSectionsPerPerson,
                loadAverage().constData());
    std::printf("mix: %d user actions, each = caseload summary + one young person's record, contact logs and plan "
                "+ one save (2/3 new contact log, 1/3 plan edit); sync (push + acknowledge) every %d actions\n",
                w.actions, w.syncEvery);
    std::printf("pure writes: %d saves back to back, no reads, no sync; %d rounds, each side run in blocks next to the "
                "other, medians\n",
                w.pureWrites, w.rounds);
    Paired mix;
    Paired writes;
    constexpr int writeBlock = 25;
    // PATHWAY_BENCH_PROFILE=encrypted (or plain) runs that side alone, for `perf record`.
    const QString profileOnly = qEnvironmentVariable("PATHWAY_BENCH_PROFILE");
    if (!profileOnly.isEmpty()) {
        for (int r = 0; r < w.rounds; ++r) {
            Side side;
            if (!prepare(side, w, profileOnly == u"encrypted"_s ? key : QByteArray(), clock)
                || !mixActions(side, w, 0, w.actions) || !pureWrites(side, w, 0, w.pureWrites))
                return 1;
        }
        return 0;
    }
    for (int r = 0; r < w.rounds; ++r) {
        Side enc;
        Side plain;
        if (!prepare(enc, w, key, clock) || !prepare(plain, w, QByteArray(), clock)
            || !runPaired(enc, plain, w.actions, w.syncEvery, r, mix,
                          [&](Side &s, int first, int count) { return mixActions(s, w, first, count); })
            || !runPaired(enc, plain, w.pureWrites, writeBlock, r, writes,
                          [&](Side &s, int first, int count) { return pureWrites(s, w, first, count); })
            || enc.saves != plain.saves || enc.readRows != plain.readRows || enc.readRows == 0) {
            std::fprintf(stderr, "bench_store: workload failed\n");
            return 1;
        }
    }
    report("mix", "action", mix, w.actions, w.syncEvery);
    report("pure writes", "save", writes, w.pureWrites, writeBlock);

    // Opening with the raw key (after unlock): SQLCipher keying, schema check, pragmas.
    {
        QTemporaryDir dir;
        EncryptedStore store(dir.path(), clock);
        if (!store.openWithRawKey(key).ok())
            return 1;
        store.close();
        std::vector<double> opens;
        for (int i = 0; i < 9; ++i) {
            QElapsedTimer t;
            t.start();
            if (!store.openWithRawKey(key).ok())
                return 1;
            opens.push_back(double(t.nsecsElapsed()) / 1e6);
            store.close();
        }
        const double m = median(opens);
        std::printf("open with raw key, load average %s: %.1f ms (median of %zu, target <= 50 ms) %s\n",
                    loadAverage().constData(), m, opens.size(), verdict(m <= 50.0));
    }

    // Unlocking with the passphrase: Argon2id at the shipped parameters. Single-threaded and
    // memory-bound, so its CPU time is close to what an otherwise idle machine takes.
    {
        QTemporaryDir dir;
        KeyManager keys(dir.filePath(u"pathway.key"_s), clock, nullptr, KdfParams::interactive());
        if (!keys.create(u"a passphrase of reasonable length"_s).ok())
            return 1;
        std::vector<double> wall;
        std::vector<double> cpu;
        for (int i = 0; i < (quick ? 2 : 5); ++i) {
            const double c0 = cpuNowMs();
            QElapsedTimer t;
            t.start();
            if (!keys.unlock(u"a passphrase of reasonable length"_s).ok())
                return 1;
            wall.push_back(double(t.nsecsElapsed()) / 1e6);
            cpu.push_back(cpuNowMs() - c0);
        }
        const double mw = median(wall);
        const double mc = median(cpu);
        const KdfParams p = KdfParams::interactive();
        std::printf("unlock with passphrase (Argon2id, %llu passes, %llu MiB), load average %s: wall %.0f ms "
                    "(target ~500 ms, 250..1000) %s; CPU %.0f ms (same target) %s\n",
                    static_cast<unsigned long long>(p.opsLimit), static_cast<unsigned long long>(p.memLimit >> 20),
                    loadAverage().constData(), mw, verdict(mw >= 250 && mw <= 1000), mc,
                    verdict(mc >= 250 && mc <= 1000));
    }
    return 0;
}

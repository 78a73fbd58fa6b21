// bench_store: what SQLCipher costs on a realistic caseload workload, and how long opening takes.
// PATHWAY_BENCH_QUICK=1 runs a smaller workload (CI).
#include "store/keymanager.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Pathway;

namespace {

struct Workload
{
    int youngPeople = 40;
    int contactLogs = 2000;
    int planEdits = 1000;
    int readEvery = 10; ///< a caseload read after every this many writes
    int rounds = 5;
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

/** Runs the mixed workload on a fresh store; returns milliseconds, or -1 on error. */
double runWorkload(const Workload &w, const QByteArray &key, const Clock &clock)
{
    QTemporaryDir dir;
    LocalStore store(dir.path(), clock);
    if (!store.openWithRawKey(key).ok())
        return -1;
    RecordStore &records = store.records();
    QStringList people;
    for (int i = 0; i < w.youngPeople; ++i) {
        const QString id = u"yp-%1"_s.arg(i);
        people << id;
        if (!records.saveLocal(u"young_person"_s, id, id, {{u"id"_s, id}, {u"displayName"_s, u"Person %1"_s.arg(i)}})
                 .ok())
            return -1;
    }
    const QString note = u"Met at the café; talked about college, money and the flat. Follow up on the bus pass. "_s;
    QElapsedTimer timer;
    timer.start();
    const int total = w.contactLogs + w.planEdits;
    int logs = 0;
    int edits = 0;
    int reads = 0;
    for (int n = 0; n < total; ++n) {
        const QString owner = people.at(n % w.youngPeople);
        // Interleave: contact logs and plan edits in proportion.
        const bool writeLog = edits * w.contactLogs >= logs * w.planEdits ? logs < w.contactLogs : edits >= w.planEdits;
        if (writeLog) {
            const QString at
                = QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC).addSecs(qint64(n) * 3600).toString(Qt::ISODate);
            const QJsonObject fields {{u"youngPersonId"_s, owner},
                                      {u"staffId"_s, u"pa-1"_s},
                                      {u"at"_s, at},
                                      {u"kind"_s, u"visit"_s},
                                      {u"successful"_s, n % 7 != 0},
                                      {u"notes"_s, QString(note + QString::number(n))},
                                      {u"wellbeing"_s, 1 + n % 5}};
            if (!records.saveLocal(u"contact_log"_s, u"cl-%1"_s.arg(n), owner, fields).ok())
                return -1;
            ++logs;
        } else {
            // Edit one of a handful of plan sections per young person.
            const QString id = u"ps-%1-%2"_s.arg(owner).arg(edits % 5);
            const QJsonObject fields {
                {u"youngPersonId"_s, owner}, {u"goal"_s, u"Goal revision %1"_s.arg(edits)}, {u"ownWords"_s, note}};
            if (!records.saveLocal(u"plan_section"_s, id, owner, fields).ok())
                return -1;
            ++edits;
        }
        if (n % w.readEvery == 0) {
            const QList<CaseloadEntry> caseload = records.caseloadSummary();
            const QList<StoredRecord> plan = records.listByOwner(u"plan_section"_s, owner);
            reads += int(caseload.size() + plan.size());
        }
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    return reads > 0 ? ms : -1;
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
        w.contactLogs = 300;
        w.planEdits = 150;
        w.rounds = 3;
    }
    SystemClock clock;
    QByteArray key(32, '\0');
    randombytes_buf(key.data(), size_t(key.size()));

    std::printf("bench_store: %d young people, %d contact logs + %d plan edits through the outbox, caseload read "
                "every %d writes, %d rounds%s\n",
                w.youngPeople, w.contactLogs, w.planEdits, w.readEvery, w.rounds, quick ? " (quick)" : "");
    std::vector<double> encrypted;
    std::vector<double> plain;
    for (int r = 0; r < w.rounds; ++r) {
        // Alternate the order so neither side always runs on a warmer machine.
        const double a = r % 2 ? runWorkload(w, {}, clock) : runWorkload(w, key, clock);
        const double b = r % 2 ? runWorkload(w, key, clock) : runWorkload(w, {}, clock);
        if (a < 0 || b < 0) {
            std::fprintf(stderr, "bench_store: workload failed\n");
            return 1;
        }
        encrypted.push_back(r % 2 ? b : a);
        plain.push_back(r % 2 ? a : b);
    }
    const double enc = median(encrypted);
    const double pln = median(plain);
    const double overhead = (enc - pln) / pln * 100.0;
    std::printf("workload, unencrypted (baseline): %.1f ms (median)\n", pln);
    std::printf("workload, encrypted: %.1f ms (median)\n", enc);
    std::printf("encryption overhead: %.1f%% (target <= 10%%) %s\n", overhead, verdict(overhead <= 10.0));
    // Context for the ratio: each save is its own transaction writing ~6-7 encrypted pages.
    const int saves = w.contactLogs + w.planEdits;
    std::printf("per save incl. its share of reads: encrypted %.2f ms, unencrypted %.2f ms (%d saves)\n", enc / saves,
                pln / saves, saves);

    // Opening with the raw key (after unlock): SQLCipher keying, schema check, pragmas.
    {
        QTemporaryDir dir;
        LocalStore store(dir.path(), clock);
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
        std::printf("open with raw key: %.1f ms (median of %zu, target <= 50 ms) %s\n", m, opens.size(),
                    verdict(m <= 50.0));
    }

    // Unlocking with the passphrase: Argon2id at the shipped parameters.
    {
        QTemporaryDir dir;
        KeyManager keys(dir.filePath(u"pathway.key"_s), clock, nullptr, KdfParams::interactive());
        if (!keys.create(u"a passphrase of reasonable length"_s).ok())
            return 1;
        std::vector<double> unlocks;
        for (int i = 0; i < (quick ? 2 : 5); ++i) {
            QElapsedTimer t;
            t.start();
            if (!keys.unlock(u"a passphrase of reasonable length"_s).ok())
                return 1;
            unlocks.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const double m = median(unlocks);
        const KdfParams p = KdfParams::interactive();
        std::printf("unlock with passphrase (Argon2id, %llu passes, %llu MiB): %.0f ms (median, target ~500 ms, "
                    "250..1000) %s\n",
                    static_cast<unsigned long long>(p.opsLimit), static_cast<unsigned long long>(p.memLimit >> 20), m,
                    verdict(m >= 250 && m <= 1000));
    }
    return 0;
}

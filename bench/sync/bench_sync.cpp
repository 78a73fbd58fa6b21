// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// bench_sync: (a) first sync of a 40-young-person caseload of about 50,000 rows, (b) bytes on the
// wire per pushed contact log with gzip, (c) server ingest rate in changes/s, (d) the time from a
// save on one device to its appearance on another online device (the long-poll). All against the
// real pathway-server on loopback. PATHWAY_BENCH_QUICK=1 runs a smaller workload.
#include "pgcluster.h"
#include "serverprocess.h"

#include "domain/clock.h"
#include "domain/contact.h"
#include "domain/people.h"
#include "domain/record.h"
#include "store/encryptedstore.h"
#include "store/recordstore.h"
#include "sync/apiclient.h"
#include "sync/credentials.h"
#include "sync/recordsyncadapter.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Sync;
using namespace Pathway::Testing;

namespace {

/** CPU time of this thread: unlike wall time, not inflated when other processes share the cores. */
qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

/** Times every page the engine applies, to report the client's own apply rate. */
class TimingSyncAdapter final : public SyncAdapter
{
public:
    explicit TimingSyncAdapter(SyncAdapter &inner)
        : m(inner)
    {
    }
    QList<Change> pendingChanges(int limit) override { return m.pendingChanges(limit); }
    int pendingCount() override { return m.pendingCount(); }
    bool markSent(const QStringList &ids) override { return m.markSent(ids); }
    bool applyPushResults(const QList<PushResult> &r) override { return m.applyPushResults(r); }
    QMap<QString, QString> cursors() override { return m.cursors(); }
    PageOutcome applyPullPage(const PullResponse &page) override
    {
        QElapsedTimer t;
        t.start();
        const qint64 cpu0 = threadCpuNs();
        auto out = m.applyPullPage(page);
        applyCpuNs += threadCpuNs() - cpu0;
        applyNs += t.nsecsElapsed();
        rows += page.records.size();
        return out;
    }
    QStringList removeOwnersWithoutPending(const QStringList &o) override { return m.removeOwnersWithoutPending(o); }
    bool wipe() override { return m.wipe(); }
    QList<ConflictView> conflicts() override { return m.conflicts(); }
    int conflictCount() override { return m.conflictCount(); }
    bool resolveConflict(const QString &id, const QJsonValue &v) override { return m.resolveConflict(id, v); }
    std::optional<RecordSyncState> syncState(const QString &t, const QString &id) override
    {
        return m.syncState(t, id);
    }
    QDateTime lastSyncedAt() override { return m.lastSyncedAt(); }
    bool setLastSyncedAt(const QDateTime &w) override { return m.setLastSyncedAt(w); }

    qint64 applyNs = 0;
    qint64 applyCpuNs = 0;
    qint64 rows = 0;

private:
    SyncAdapter &m;
};

void report(const char *what, double value, const char *unit, const char *target, bool pass)
{
    std::printf("%-52s %12.1f %-10s target %-12s %s\n", what, value, unit, target, pass ? "PASS" : "MISS");
    std::fflush(stdout);
}

bool login(ApiClient &api, const DemoLogin &l)
{
    QEventLoop loop;
    bool ok = false;
    api.login(l.email, l.password, [&](const ApiReply &r) {
        ok = r.ok();
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}

/** A realistic contact log as a PA records it. */
QJsonObject contactFields(const QString &yp, const QString &staff, int i)
{
    static const QStringList notes {
        u"Visited at home. Talked about the college application and the rent arrears; agreed to call the housing officer together next week."_s,
        u"Phone call. Feeling low after the Home Office letter; booked a GP appointment and shared the helpline number."_s,
        u"Met at the drop-in. Brought the passport photos; the application goes in on Monday."_s,
    };
    ContactLog c;
    c.id = newId();
    c.youngPersonId = yp;
    c.staffId = staff;
    c.at = QDateTime::currentDateTimeUtc().addSecs(-3600LL * (i + 1));
    c.kind = i % 3 == 1 ? ContactKind::Phone : ContactKind::Visit;
    c.successful = true;
    c.seenAlone = i % 2 == 0;
    c.location = u"home"_s;
    c.notes = notes.at(i % notes.size());
    c.wellbeing = 1 + i % 5;
    return c.toJson();
}

struct PushFigures
{
    qint64 wire = 0;
    qint64 raw = 0;
    qint64 rawContacts = 0;
    double seconds = 0;
};

/** @p perPerson new contact logs for each young person, as changes ready to push. */
QList<Change> makeContacts(const QStringList &youngPeople, const QString &staffId, int perPerson)
{
    QList<Change> all;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    int counter = 0;
    for (const auto &yp : youngPeople) {
        for (int i = 0; i < perPerson; ++i) {
            Change c;
            c.changeId = newId();
            c.recordType = u"contact_log"_s;
            c.fields = contactFields(yp, staffId, i);
            c.recordId = c.fields.value(u"id"_s).toString();
            c.ownerId = yp;
            c.hlc = Hlc {nowMs - 60000, counter++ % 99999, u"bench"_s}.toString();
            all.append(c);
        }
    }
    return all;
}

/** User plus system CPU time of process @p pid so far, from /proc (0 where there is no /proc). */
double processCpuSeconds(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray stat = f.readAll();
    // Fields after the command name (which is in parentheses and may hold spaces): utime is the
    // 14th field of the line, stime the 15th.
    const auto fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) {
        return 0;
    }
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

/** CPU time so far of process @p parent and its direct children (a PostgreSQL cluster: postmaster and backends). */
double processTreeCpuSeconds(qint64 parent)
{
    double total = processCpuSeconds(parent);
    const auto entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const auto &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        QFile f(u"/proc/%1/stat"_s.arg(entry));
        if (!isPid || !f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray stat = f.readAll();
        const auto fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent) {
            total += processCpuSeconds(pid);
        }
    }
    return total;
}

/** One pushing device: its own login, device id and connection. */
struct Pusher
{
    std::unique_ptr<Credentials> creds;
    std::unique_ptr<ApiClient> api;
};

/** @p count devices of @p who, logged in; empty on failure. */
std::vector<Pusher> loginDevices(QNetworkAccessManager &nam, const QUrl &server, const DemoLogin &who, int count)
{
    std::vector<Pusher> out;
    for (int i = 0; i < count; ++i) {
        Pusher p;
        p.creds = std::make_unique<Credentials>();
        p.creds->setServerUrl(server);
        p.api = std::make_unique<ApiClient>(&nam, p.creds.get());
        if (!login(*p.api, who)) {
            return {};
        }
        out.push_back(std::move(p));
    }
    return out;
}

/**
 * Pushes @p all in full batches from the given devices at once (each device sends its next
 * batch when the server has answered its last, as real devices do) and times it. False (with a
 * message) unless every change is applied.
 */
bool pushAll(std::vector<Pusher> &devices, const QList<Change> &all, PushFigures &out)
{
    QList<QList<Change>> batches;
    for (qsizetype i = 0; i < all.size(); i += MaxChangesPerPush) {
        batches.append(all.mid(i, MaxChangesPerPush));
    }
    qsizetype next = 0;
    int inFlight = 0;
    int applied = 0;
    bool failed = false;
    QEventLoop loop;
    std::function<void(std::size_t)> sendNext = [&](std::size_t d) {
        if (failed || next >= batches.size()) {
            if (inFlight == 0) {
                loop.quit();
            }
            return;
        }
        PushRequest req;
        req.deviceId = devices.at(d).creds->deviceId();
        req.changes = batches.at(next++);
        ++inFlight;
        devices.at(d).api->post(u"/v1/sync/push"_s, req.toJson(), [&, d](const ApiReply &reply) {
            --inFlight;
            if (!reply.ok()) {
                std::fprintf(stderr, "error: push failed: %s (%d %s)\n", qPrintable(toCode(reply.error)),
                             reply.httpStatus, qPrintable(reply.serverError));
                failed = true;
            } else {
                const auto resp = PushResponse::fromJson(reply.body);
                for (const auto &r : resp ? resp->results : QList<PushResult> {}) {
                    applied += r.status == PushStatus::Applied ? 1 : 0;
                }
                out.wire += reply.requestWireBytes;
                out.raw += reply.requestRawBytes;
            }
            sendNext(d);
        });
    };
    QElapsedTimer timer;
    timer.start();
    for (std::size_t d = 0; d < devices.size(); ++d) {
        sendNext(d);
    }
    if (inFlight > 0) {
        loop.exec();
    }
    out.seconds = double(timer.nsecsElapsed()) / 1e9;
    for (const auto &c : all) {
        out.rawContacts += QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact).size();
    }
    if (failed || applied != all.size()) {
        std::fprintf(stderr, "error: only %d of %lld changes were applied\n", applied, qlonglong(all.size()));
        return false;
    }
    return true;
}

/** Devices pushing at once in the ingest figures: a team's PAs coming back into signal together. */
constexpr int IngestDevices = 4;

/** Pushes @p all from one device and then the same again (new ids) from IngestDevices at once; reports both. */
bool measureIngest(QNetworkAccessManager &nam,
                   const QUrl &server,
                   qint64 serverPid,
                   const DemoLogin &who,
                   const QList<Change> &single,
                   const QList<Change> &concurrent,
                   const char *store,
                   double target,
                   PushFigures *firstFigures,
                   qint64 databasePid = 0)
{
    auto one = loginDevices(nam, server, who, 1);
    auto many = loginDevices(nam, server, who, IngestDevices);
    if (one.empty() || many.empty()) {
        std::fprintf(stderr, "error: login failed\n");
        return false;
    }
    PushFigures a;
    if (!pushAll(one, single, a)) {
        return false;
    }
    const double cpu0 = processCpuSeconds(serverPid);
    const double dbCpu0 = databasePid > 0 ? processTreeCpuSeconds(databasePid) : 0;
    PushFigures b;
    if (!pushAll(many, concurrent, b)) {
        return false;
    }
    const double cpu = processCpuSeconds(serverPid) - cpu0;
    const double dbCpu = databasePid > 0 ? processTreeCpuSeconds(databasePid) - dbCpu0 : 0;
    if (firstFigures) {
        *firstFigures = a;
    }
    const double rate = double(concurrent.size()) / b.seconds;
    const QByteArray label
        = QByteArray("(c) server ingest, ") + store + ", " + QByteArray::number(IngestDevices) + " devices";
    const QByteArray targetText = ">= " + QByteArray::number(target, 'f', 0);
    report(label.constData(), rate, "changes/s", targetText.constData(), rate >= target);
    std::printf("    (one device alone, one batch at a time: %.0f changes/s; pathway-server CPU %.1f us per "
                "change%s)\n",
                double(single.size()) / a.seconds, cpu > 0 ? cpu * 1e6 / double(concurrent.size()) : 0.0,
                cpu > 0 ? "" : " not readable");
    if (databasePid > 0) {
        std::printf("    (PostgreSQL server processes' CPU: %.1f us per change)\n",
                    dbCpu * 1e6 / double(concurrent.size()));
    }
    return true;
}

/** (c) on PostgreSQL: a throwaway cluster, a second server on it, the same pushes. */
void postgresIngest(const QStringList &youngPeople, int count)
{
    Pathway::Server::Test::PgCluster pg;
    QString why;
    if (!pg.start(&why)) {
        std::printf("    (c) PostgreSQL ingest: not measured (%s)\n", qPrintable(why));
        return;
    }
    ServerProcess server;
    if (!server.start({u"--demo"_s, u"--database"_s, pg.uri()}, 120000)) {
        std::printf("    (c) PostgreSQL ingest: not measured (server: %s)\n", qPrintable(server.errorString()));
        return;
    }
    const auto manager = server.login(u"manager"_s);
    QNetworkAccessManager nam;
    const int perPerson = std::max(1, count / int(youngPeople.size()));
    const auto all = makeContacts(youngPeople, manager.staffId, perPerson);
    const qsizetype split = all.size() / 5;
    measureIngest(nam, server.url(), server.processId(), manager, all.mid(0, split), all.mid(split), "PostgreSQL", 5000,
                  nullptr, pg.postmasterPid());
}

/**
 * (d) @p saves contact logs saved one after another on @p sender's device (each followed by
 * notifyLocalChange(), as the app does); each is timed until @p receiver's store holds it. Nobody
 * syncs the receiver by hand: its long-poll (GET /v1/sync/wait) says there is something new.
 */
bool measureSaveToOtherDevice(RecordStore &senderRecords,
                              SyncEngine &sender,
                              RecordStore &receiverRecords,
                              const QString &youngPersonId,
                              const QString &staffId,
                              int saves)
{
    std::vector<double> seconds;
    for (int i = 0; i < saves; ++i) {
        const QJsonObject fields = contactFields(youngPersonId, staffId, i);
        const QString id = fields.value(u"id"_s).toString();
        QElapsedTimer t;
        t.start();
        if (!senderRecords.saveLocal(u"contact_log"_s, id, youngPersonId, fields).ok()) {
            std::fprintf(stderr, "error: the sender could not save\n");
            return false;
        }
        sender.notifyLocalChange();
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (receiverRecords.get(u"contact_log"_s, id) || t.elapsed() > 60000) {
                loop.quit();
            }
        });
        poll.start(2);
        loop.exec();
        if (!receiverRecords.get(u"contact_log"_s, id)) {
            std::fprintf(stderr, "error: save %d never reached the other device\n", i + 1);
            return false;
        }
        seconds.push_back(double(t.nsecsElapsed()) / 1e9);
        // Apart, as saves by people are: each one its own push and its own wake-up.
        QEventLoop pause;
        QTimer::singleShot(300, &pause, &QEventLoop::quit);
        pause.exec();
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds.size() % 2 == 1
        ? seconds.at(seconds.size() / 2)
        : (seconds.at(seconds.size() / 2 - 1) + seconds.at(seconds.size() / 2)) / 2.0;
    const double worst = seconds.back();
    report("(d) save to another online device, median", median, "s", "<= 10", median <= 10.0);
    report("(d) save to another online device, max", worst, "s", "<= 10", worst <= 10.0);
    std::printf("    (%d saves; about 1 s of it is the sender's wait for more saves before it pushes)\n", saves);
    return true;
}

int run()
{
    const bool quick = qEnvironmentVariableIntValue("PATHWAY_BENCH_QUICK") == 1;
    const int youngPeopleTarget = 40;
    const int rowsTarget = quick ? 4000 : 50000;
    std::printf("bench_sync (%s): real pathway-server on loopback, embedded store\n", quick ? "quick" : "full");

    ServerProcess server;
    if (!server.start({u"--demo"_s}, 60000)) {
        std::fprintf(stderr, "error: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const auto manager = server.login(u"manager"_s);
    if (manager.email.isEmpty()) {
        std::fprintf(stderr, "error: no demo manager login\n");
        return 1;
    }

    // A first client (the manager's) learns the caseload: the young people it may see.
    SystemClock clock;
    QNetworkAccessManager nam;
    QTemporaryDir seedDir;
    EncryptedStore seedStore(seedDir.path(), clock, nullptr, KdfParams::fastForTests());
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    if (!seedStore.openWithRawKey(key).ok()) {
        std::fprintf(stderr, "error: cannot open the client store\n");
        return 1;
    }
    RecordSyncAdapter seedSync(seedStore.records());
    Credentials seedCreds;
    seedCreds.setServerUrl(server.url());
    SyncEngine::Options options;
    options.watchReachability = false;
    options.periodicMs = 3600 * 1000;
    options.pullLimit = MaxPullLimit;
    // The seed device only sends (it is the sender in (d)): it does not listen for others' changes,
    // which would make it pull during the ingest figures.
    SyncEngine::Options senderOptions = options;
    senderOptions.waitPath.clear();
    SyncEngine seedEngine(&seedSync, &nam, &seedCreds, clock, senderOptions);
    if (!login(*seedEngine.api(), manager)) {
        std::fprintf(stderr, "error: login failed\n");
        return 1;
    }
    {
        QEventLoop loop;
        QObject::connect(&seedEngine, &SyncEngine::finished, &loop, &QEventLoop::quit);
        seedEngine.syncNow();
        loop.exec();
    }
    QStringList youngPeople;
    for (const auto &r : seedStore.records().listByType(u"allocation"_s)) {
        const auto a = Allocation::fromJson(r.body);
        if (a && a->isCurrentOn(clock.today()) && !youngPeople.contains(a->youngPersonId)) {
            youngPeople.append(a->youngPersonId);
        }
    }
    youngPeople = youngPeople.mid(0, youngPeopleTarget);
    if (youngPeople.isEmpty()) {
        std::fprintf(stderr, "error: the manager sees no allocated young people\n");
        return 1;
    }
    const qint64 baseRows = seedEngine.lastStats().pulledRecords;
    const int perPerson = std::max(1, int((rowsTarget - baseRows) / youngPeople.size()));

    // (b) + (c): push contact logs in full batches straight through the API: a tenth from one
    // device, the rest from several at once.
    const auto all = makeContacts(youngPeople, manager.staffId, perPerson);
    const qsizetype split = all.size() / 10;
    PushFigures push;
    if (!measureIngest(nam, server.url(), server.processId(), manager, all.mid(0, split), all.mid(split),
                       "embedded store", 10000, &push)) {
        return 1;
    }
    const double bytesPerContact = double(push.wire) / double(split);
    const double ratio = double(push.wire) / double(push.raw);
    report("(b) gzip bytes on the wire per contact log push", bytesPerContact, "B", "<= 1024", bytesPerContact <= 1024);
    report("(b) gzip body as % of raw JSON", ratio * 100.0, "%", "<= 20", ratio <= 0.20);
    std::printf("    (raw JSON per contact log change: %.0f B; %lld changes in batches of %d)\n",
                double(push.rawContacts) / double(split), qlonglong(all.size()), MaxChangesPerPush);

    // (a) A fresh device of the same manager: first sync of the whole caseload.
    QTemporaryDir dir;
    EncryptedStore store(dir.path(), clock, nullptr, KdfParams::fastForTests());
    QRandomGenerator::system()->generate(key.begin(), key.end());
    if (!store.openWithRawKey(key).ok()) {
        std::fprintf(stderr, "error: cannot open the client store\n");
        return 1;
    }
    RecordSyncAdapter local(store.records());
    TimingSyncAdapter timed(local);
    Credentials creds;
    creds.setServerUrl(server.url());
    SyncEngine engine(&timed, &nam, &creds, clock, options);
    if (!login(*engine.api(), manager)) {
        std::fprintf(stderr, "error: login failed\n");
        return 1;
    }
    QElapsedTimer first;
    first.start();
    bool ok = false;
    {
        QEventLoop loop;
        QObject::connect(&engine, &SyncEngine::finished, &loop, [&](bool result) {
            ok = result;
            loop.quit();
        });
        engine.syncNow();
        loop.exec();
    }
    const double firstSecs = double(first.nsecsElapsed()) / 1e9;
    if (!ok) {
        std::fprintf(stderr, "error: first sync failed: %s\n", qPrintable(engine.lastError()));
        return 1;
    }
    const qint64 rows = timed.rows;
    std::printf("    first sync: %lld rows for %lld young people in %d pages\n", qlonglong(rows),
                qlonglong(youngPeople.size()), engine.lastStats().pullPages);
    const double scale = quick ? double(rows) / 50000.0 : 1.0;
    report(quick ? "(a) first sync time, scaled to 50,000 rows" : "(a) first sync time", firstSecs / scale, "s", "<= 5",
           firstSecs / scale <= 5.0);
    const double applyRate = double(rows) / (double(timed.applyNs) / 1e9);
    report("(a) rows/s applied on the client (wall time)", applyRate, "rows/s", ">= 50000", applyRate >= 50000);
    const double applyCpuRate = double(rows) / (double(timed.applyCpuNs) / 1e9);
    report("(a) rows/s applied on the client (thread CPU time)", applyCpuRate, "rows/s", ">= 50000",
           applyCpuRate >= 50000);
    report("(a) end-to-end first sync rate", double(rows) / firstSecs, "rows/s", "(info)", true);

    // (d) The seed device saves; the fresh device, online and idle, shows each save. First the
    // seed device catches up with the ingest above, so its own pull does not weigh on the figures.
    {
        QEventLoop loop;
        QObject::connect(&seedEngine, &SyncEngine::finished, &loop, &QEventLoop::quit);
        seedEngine.syncNow();
        loop.exec();
    }
    if (!measureSaveToOtherDevice(seedStore.records(), seedEngine, store.records(), youngPeople.first(),
                                  manager.staffId, quick ? 5 : 15)) {
        return 1;
    }
    postgresIngest(youngPeople, quick ? 2000 : 20000);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"pathway.*.info=false"_s);
    return run();
}

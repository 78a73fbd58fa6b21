// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// bench_sync: (a) first sync of a 40-young-person caseload of about 50,000 rows, (b) bytes on the
// wire per pushed and per pulled contact log with gzip, (c) server ingest rate in changes/s, (d)
// the time from a save on one device to its appearance on another online device (the long-poll),
// (e) a first sync whose client process is killed halfway and started again. All against the
// real pathway-server on loopback; the machine's load average is printed beside the timings.
// Timed figures that vary run to run are repeated in interleaved rounds (median and range).
// PATHWAY_BENCH_QUICK=1 runs a smaller workload; PATHWAY_BENCH_ONLY=ingest runs (c) alone (for profiling the server).
#include "../loadaverage.h"
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
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Sync;
using namespace Pathway::Testing;
using Pathway::Bench::loadAverage;

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
        if (onReceived) {
            onReceived(page.records.size());
        }
        auto out = m.applyPullPage(page);
        applyCpuNs += threadCpuNs() - cpu0;
        applyNs += t.nsecsElapsed();
        rows += page.records.size();
        if (onApplied) {
            onApplied();
        }
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
    std::function<void(qsizetype)> onReceived; ///< a page arrived (before it is stored)
    std::function<void()> onApplied; ///< a page was stored

private:
    SyncAdapter &m;
};

void report(const char *what, double value, const char *unit, const char *target, bool pass)
{
    std::printf("%-52s %12.1f %-10s target %-12s %s\n", what, value, unit, target, pass ? "PASS" : "MISS");
    std::fflush(stdout);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n == 0 ? 0.0 : (n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0);
}

/** "median (min..max over n rounds)" of @p v, reported against @p target. */
void reportRounds(const char *what, const std::vector<double> &v, const char *unit, const char *target, bool pass)
{
    report(what, median(v), unit, target, pass);
    const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
    std::printf("    (median of %zu rounds; range %.2f..%.2f %s; load average %s)\n", v.size(), *lo, *hi, unit,
                loadAverage().constData());
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

/**
 * A contact log with a varied note of 80 to 200 characters, made of words a PA would use, from
 * @p random (seeded, so every run pushes the same text). Unlike the three repeated notes, this
 * does not flatter gzip.
 */
QJsonObject variedContactFields(const QString &yp, const QString &staff, int i, QRandomGenerator &random)
{
    static const QStringList words
        = QStringLiteral(
              "visited home phone call met college course rent arrears housing officer benefits universal credit "
              "appointment GP dentist therapist counsellor anxious tired positive upbeat worried quiet talked about "
              "money budget debt bus pass passport photos application interview job centre apprenticeship CV "
              "cooking shopping friends girlfriend boyfriend family sister brother foster carer placement flat "
              "landlord repairs heating boiler damp mould letter Home Office solicitor court hearing asylum status "
              "driving lessons provisional licence bank account savings ISA birth certificate NI number college "
              "tutor attendance exams results maths English ESOL volunteering gym football music sleep mood "
              "medication prescription pharmacy smoking cannabis alcohol safety exploitation county lines police "
              "youth offending worker next week Monday Tuesday Wednesday Thursday Friday agreed will follow up "
              "chase email text called back missed no answer left voicemail rearranged cancelled brought forward")
              .split(u' ');
    QJsonObject fields = contactFields(yp, staff, i);
    const int length = 80 + int(random.bounded(121));
    QString note;
    while (note.size() < length) {
        if (!note.isEmpty()) {
            note += random.bounded(9) == 0 ? u". "_s : u" "_s;
        }
        note += words.at(int(random.bounded(qsizetype(words.size()))));
    }
    note.truncate(length);
    fields.insert(u"notes"_s, note);
    return fields;
}

struct PushFigures
{
    qint64 wire = 0;
    qint64 raw = 0;
    qint64 rawContacts = 0;
    double seconds = 0;
};

/**
 * @p perPerson new contact logs for each young person, as changes ready to push; with @p random,
 * their notes are varied (variedContactFields()).
 */
QList<Change>
makeContacts(const QStringList &youngPeople, const QString &staffId, int perPerson, QRandomGenerator *random = nullptr)
{
    QList<Change> all;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    int counter = 0;
    for (const auto &yp : youngPeople) {
        for (int i = 0; i < perPerson; ++i) {
            Change c;
            c.changeId = newId();
            c.recordType = u"contact_log"_s;
            c.fields = random ? variedContactFields(yp, staffId, i, *random) : contactFields(yp, staffId, i);
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
    const double clientCpu0 = processCpuSeconds(QCoreApplication::applicationPid());
    const double dbCpu0 = databasePid > 0 ? processTreeCpuSeconds(databasePid) : 0;
    PushFigures b;
    if (!pushAll(many, concurrent, b)) {
        return false;
    }
    const double cpu = processCpuSeconds(serverPid) - cpu0;
    const double clientCpu = processCpuSeconds(QCoreApplication::applicationPid()) - clientCpu0;
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
    // The pushing devices run in this process, on the same cores: their CPU bounds the rate too.
    std::printf("    (the %d pushing devices' CPU, in this process: %.1f us per change)\n", IngestDevices,
                clientCpu * 1e6 / double(concurrent.size()));
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
    measureIngest(nam, server.url(), server.processId(), manager, all.mid(0, split), all.mid(split), "PostgreSQL",
                  20000, nullptr, pg.postmasterPid());
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

/** Where a first-sync client process finds its store key (hex): the environment, not its arguments. */
constexpr auto ClientKeyVariable = "PATHWAY_BENCH_CLIENT_KEY";
const QString ClientFlag = u"--first-sync-client"_s;

/**
 * The client side of a first sync in a process of its own, so that it can be killed: opens (or
 * reopens) the store in a directory, logs in, syncs, and prints "received <rows> <wire bytes so
 * far> <raw bytes so far>" when a page arrives, "applied <rows stored so far>" when it is stored,
 * and "done <rows> <apply ns>" at the end. Arguments: server URL, email, password, directory, and
 * 1 or 0 (ask for the next page while storing one).
 */
int runClient(const QStringList &args)
{
    if (args.size() < 7) {
        return 2;
    }
    const QUrl url(args.at(2));
    const DemoLogin who {args.at(3), args.at(4), {}, {}};
    SystemClock clock;
    EncryptedStore store(args.at(5), clock, nullptr, KdfParams::fastForTests());
    if (!store.openWithRawKey(QByteArray::fromHex(qgetenv(ClientKeyVariable))).ok()) {
        std::fprintf(stderr, "error: cannot open the client store\n");
        return 1;
    }
    RecordSyncAdapter local(store.records());
    TimingSyncAdapter timed(local);
    QNetworkAccessManager nam;
    Credentials creds;
    creds.setServerUrl(url);
    SyncEngine::Options options;
    options.watchReachability = false;
    options.periodicMs = 3600 * 1000;
    options.pullLimit = MaxPullLimit;
    options.waitPath.clear();
    options.prefetchPull = args.at(6) == u"1"_s;
    SyncEngine engine(&timed, &nam, &creds, clock, options);
    timed.onReceived = [&](qsizetype rows) {
        std::printf("received %lld %lld %lld\n", qlonglong(rows), qlonglong(engine.lastStats().pullWireBytes),
                    qlonglong(engine.lastStats().pullRawBytes));
        std::fflush(stdout);
    };
    timed.onApplied = [&] {
        std::printf("applied %lld\n", qlonglong(timed.rows));
        std::fflush(stdout);
    };
    if (!login(*engine.api(), who)) {
        std::fprintf(stderr, "error: login failed\n");
        return 1;
    }
    bool ok = false;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](bool result) {
        ok = result;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    engine.syncNow();
    loop.exec();
    if (!ok) {
        std::fprintf(stderr, "error: sync failed: %s\n", qPrintable(engine.lastError()));
        return 1;
    }
    std::printf("done %lld %lld %lld %lld\n", qlonglong(timed.rows), qlonglong(timed.applyNs),
                qlonglong(timer.nsecsElapsed()), qlonglong(timed.applyCpuNs));
    std::fflush(stdout);
    return 0;
}

/** What one client process pulled before it finished or was killed. */
struct ClientRun
{
    qint64 rowsReceived = 0;
    qint64 rowsApplied = 0;
    qint64 wire = 0;
    qint64 raw = 0;
    qint64 applyNs = 0;
    qint64 applyCpuNs = 0;
    double syncSeconds = 0; ///< the sync alone (after the process started and logged in)
    double seconds = 0; ///< from starting the process to "done", or to the kill
    bool done = false;
};

/**
 * Runs a first-sync client process on the store in @p dir; with @p killAfterRows > 0, kills it
 * (SIGKILL, as a phone's OS or a flat battery would) once it has stored that many rows.
 */
std::optional<ClientRun> runClientProcess(const QUrl &url,
                                          const DemoLogin &who,
                                          const QString &dir,
                                          const QByteArray &keyHex,
                                          bool prefetch,
                                          qint64 killAfterRows = 0)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ClientKeyVariable), QString::fromLatin1(keyHex));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    ClientRun out;
    QByteArray buffer;
    QElapsedTimer timer;
    bool killed = false;
    const auto readLines = [&] {
        buffer += process.readAllStandardOutput();
        qsizetype nl = 0;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QList<QByteArray> f = buffer.left(nl).split(' ');
            buffer.remove(0, nl + 1);
            if (f.at(0) == "received" && f.size() == 4) {
                out.rowsReceived += f.at(1).toLongLong();
                out.wire = f.at(2).toLongLong();
                out.raw = f.at(3).toLongLong();
            } else if (f.at(0) == "applied" && f.size() == 2) {
                out.rowsApplied = f.at(1).toLongLong();
            } else if (f.at(0) == "done" && f.size() == 5) {
                out.done = true;
                out.applyNs = f.at(2).toLongLong();
                out.applyCpuNs = f.at(4).toLongLong();
                out.syncSeconds = double(f.at(3).toLongLong()) / 1e9;
                out.seconds = double(timer.nsecsElapsed()) / 1e9;
            }
            if (!killed && killAfterRows > 0 && out.rowsApplied >= killAfterRows) {
                process.kill();
                killed = true;
                out.seconds = double(timer.nsecsElapsed()) / 1e9;
            }
        }
    };
    timer.start();
    process.start(QCoreApplication::applicationFilePath(),
                  {ClientFlag, url.toString(), who.email, who.password, dir, prefetch ? u"1"_s : u"0"_s});
    if (!process.waitForStarted(10000)) {
        return std::nullopt;
    }
    while (!out.done && !killed && process.state() != QProcess::NotRunning && timer.elapsed() < 180000) {
        process.waitForReadyRead(100);
        readLines();
    }
    process.waitForFinished(30000);
    readLines(); // a page received just before the kill was downloaded all the same
    if (!out.done && !killed) {
        std::fprintf(stderr, "error: the first-sync client stopped early\n");
        return std::nullopt;
    }
    return out;
}

/**
 * (a) and (e), in interleaved rounds: a first sync in a client process with the next page asked
 * for while one is stored, the same without, and one killed halfway and started again.
 */
bool measureFirstSyncRounds(const QUrl &url, const DemoLogin &who, int rounds, bool quick)
{
    std::vector<double> pipelined;
    std::vector<double> sequential;
    std::vector<double> applyRates;
    std::vector<double> applyCpuRates;
    std::vector<double> interrupted;
    std::vector<double> processSeconds;
    std::vector<double> rowsAgain;
    std::vector<double> uninterruptedBytes;
    std::vector<double> interruptedBytes;
    qint64 totalRows = 0;
    for (int r = 0; r < rounds; ++r) {
        for (int k = 0; k < 3; ++k) {
            const int which = (k + r) % 3; // each round starts with a different kind
            QTemporaryDir dir;
            QByteArray key(32, Qt::Uninitialized);
            QRandomGenerator::system()->generate(key.begin(), key.end());
            const QByteArray hex = key.toHex();
            if (which < 2) {
                const auto run = runClientProcess(url, who, dir.path(), hex, which == 0);
                if (!run || !run->done) {
                    return false;
                }
                totalRows = run->rowsApplied;
                (which == 0 ? pipelined : sequential).push_back(run->syncSeconds);
                if (which == 0) {
                    processSeconds.push_back(run->seconds);
                }
                if (which == 0) {
                    applyRates.push_back(double(run->rowsApplied) / (double(run->applyNs) / 1e9));
                    applyCpuRates.push_back(double(run->rowsApplied) / (double(run->applyCpuNs) / 1e9));
                    uninterruptedBytes.push_back(double(run->wire));
                }
                continue;
            }
            // The first round runs both uninterrupted kinds first, so the row count is known.
            const auto first = runClientProcess(url, who, dir.path(), hex, true, totalRows / 2);
            const auto second = first ? runClientProcess(url, who, dir.path(), hex, true) : std::nullopt;
            if (!second || !second->done) {
                return false;
            }
            interrupted.push_back(first->seconds + second->seconds);
            rowsAgain.push_back(double(first->rowsReceived + second->rowsReceived - totalRows));
            std::printf("    (interrupted: killed after storing %lld of %lld rows, %lld received; the restart "
                        "received %lld, %lld KiB)\n",
                        qlonglong(first->rowsApplied), qlonglong(totalRows), qlonglong(first->rowsReceived),
                        qlonglong(second->rowsReceived), qlonglong(second->wire / 1024));
            interruptedBytes.push_back(double(first->wire + second->wire));
        }
    }
    std::vector<double> kibAgain;
    for (double b : interruptedBytes) {
        kibAgain.push_back((b - median(uninterruptedBytes)) / 1024.0);
    }
    const double scale = quick ? double(totalRows) / 50000.0 : 1.0;
    std::printf("    first sync in a client process: %lld rows; the sync alone is timed (from syncNow to "
                "finished), the interrupted figures from starting the process\n",
                qlonglong(totalRows));
    std::vector<double> scaled;
    for (double v : pipelined) {
        scaled.push_back(v / scale);
    }
    reportRounds(quick ? "(a) first sync, scaled to 50,000 rows" : "(a) first sync", scaled, "s", "<= 1.5",
                 median(scaled) <= 1.5);
    scaled.clear();
    for (double v : sequential) {
        scaled.push_back(v / scale);
    }
    reportRounds(quick ? "(a) same, one page at a time (before), scaled" : "(a) same, one page at a time (before)",
                 scaled, "s", "(info)", true);
    reportRounds("(a) rows/s applied on the client (wall time)", applyRates, "rows/s", ">= 100000",
                 median(applyRates) >= 100000);
    reportRounds("(a) rows/s applied on the client (thread CPU time)", applyCpuRates, "rows/s", ">= 100000",
                 median(applyCpuRates) >= 100000);
    const double pipelinedMedian = median(processSeconds);
    reportRounds("(e) interrupted first sync: rows downloaded again", rowsAgain, "rows",
                 QByteArray("<= " + QByteArray::number(MaxPullLimit)).constData(), median(rowsAgain) <= MaxPullLimit);
    reportRounds("(e) interrupted first sync: KiB downloaded again", kibAgain, "KiB", "(one page)", true);
    std::vector<double> overhead;
    for (double v : interrupted) {
        overhead.push_back(v - pipelinedMedian);
    }
    reportRounds("(e) uninterrupted first sync, process start to done", processSeconds, "s", "(info)", true);
    reportRounds("(e) interrupted first sync, both processes", interrupted, "s", "(info)", true);
    reportRounds("(e) interrupted minus uninterrupted", overhead, "s", "<= 1", median(overhead) <= 1.0);
    return true;
}

/** (b) for pulls: the fresh device's bytes on the wire per pulled row, and as a share of the JSON. */
void reportPullBytes(const char *workload, const SyncEngine::Stats &stats)
{
    const double perRow = double(stats.pullWireBytes) / double(std::max(1, stats.pulledRecords));
    const double share = double(stats.pullWireBytes) / double(std::max<qint64>(1, stats.pullRawBytes));
    const QByteArray label = QByteArray("(b) pull, ") + workload + ": gzip bytes per row";
    report(label.constData(), perRow, "B", "<= 1024", perRow <= 1024);
    const QByteArray label2 = QByteArray("(b) pull, ") + workload + ": as % of raw JSON";
    report(label2.constData(), share * 100.0, "%", "<= 20", share <= 0.20);
    std::printf("    (%d rows in %d pages; raw JSON %.0f B per row)\n", stats.pulledRecords, stats.pullPages,
                double(stats.pullRawBytes) / double(std::max(1, stats.pulledRecords)));
}

int run()
{
    const bool quick = qEnvironmentVariableIntValue("PATHWAY_BENCH_QUICK") == 1;
    const int youngPeopleTarget = 40;
    const int rowsTarget = quick ? 4000 : 50000;
    std::printf("bench_sync (%s): real pathway-server on loopback, embedded store; load average %s\n",
                quick ? "quick" : "full", loadAverage().constData());

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
                       "embedded store", 40000, &push)) {
        return 1;
    }
    if (qEnvironmentVariable("PATHWAY_BENCH_ONLY") == "ingest"_L1) {
        postgresIngest(youngPeople, quick ? 2000 : 20000);
        return 0;
    }
    const double bytesPerContact = double(push.wire) / double(split);
    const double ratio = double(push.wire) / double(push.raw);
    report("(b) gzip bytes on the wire per contact log push", bytesPerContact, "B", "<= 1024", bytesPerContact <= 1024);
    report("(b) gzip body as % of raw JSON", ratio * 100.0, "%", "<= 20", ratio <= 0.20);
    std::printf("    (raw JSON per contact log change: %.0f B; %lld changes in batches of %d)\n",
                double(push.rawContacts) / double(split), qlonglong(all.size()), MaxChangesPerPush);

    // PATHWAY_BENCH_FIRST_SYNC=1 runs only the first-sync rounds ((a) and (e)) after the pushes;
    // PATHWAY_BENCH_HOLD=<seconds> then keeps the server up and prints how to run a client by hand
    // (for `perf record` of one first sync).
    if (qEnvironmentVariableIntValue("PATHWAY_BENCH_FIRST_SYNC") == 1) {
        const bool ok = measureFirstSyncRounds(server.url(), manager, quick ? 1 : 3, quick);
        if (const int hold = qEnvironmentVariableIntValue("PATHWAY_BENCH_HOLD"); ok && hold > 0) {
            std::printf("holding the server for %d s (pid %lld): %s %s %s %s <store dir> 1, with %s=<64 hex>\n", hold,
                        qlonglong(server.processId()), qPrintable(QCoreApplication::applicationFilePath()),
                        qPrintable(ClientFlag), qPrintable(server.url().toString()), qPrintable(manager.email),
                        ClientKeyVariable);
            std::printf("password: %s\n", qPrintable(manager.password));
            std::fflush(stdout);
            QThread::sleep(static_cast<unsigned long>(hold));
        }
        return ok ? 0 : 1;
    }

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
    report(quick ? "(a) first sync time, scaled to 50,000 rows" : "(a) first sync time", firstSecs / scale, "s",
           "<= 1.5", firstSecs / scale <= 1.5);
    const double applyRate = double(rows) / (double(timed.applyNs) / 1e9);
    report("(a) rows/s applied on the client (wall time)", applyRate, "rows/s", ">= 100000", applyRate >= 100000);
    const double applyCpuRate = double(rows) / (double(timed.applyCpuNs) / 1e9);
    report("(a) rows/s applied on the client (thread CPU time)", applyCpuRate, "rows/s", ">= 100000",
           applyCpuRate >= 100000);
    report("(a) end-to-end first sync rate", double(rows) / firstSecs, "rows/s", "(info)", true);
    reportPullBytes("repeated notes", engine.lastStats());

    if (!measureFirstSyncRounds(server.url(), manager, quick ? 1 : 3, quick)) {
        return 1;
    }

    // (d) The seed device saves; the fresh device, online and idle, shows each save. First the
    // seed device catches up with the ingest above, so its own pull does not weigh on the figures.
    {
        QEventLoop loop;
        QObject::connect(&seedEngine, &SyncEngine::finished, &loop, &QEventLoop::quit);
        seedEngine.syncNow();
        loop.exec();
    }
    // (b) with varied notes: pushed through the API, then pulled by the seed device.
    {
        QRandomGenerator random(20261206);
        const auto varied = makeContacts(youngPeople, manager.staffId,
                                         std::max(1, (quick ? 2000 : 10000) / int(youngPeople.size())), &random);
        auto device = loginDevices(nam, server.url(), manager, 1);
        PushFigures variedPush;
        if (device.empty() || !pushAll(device, varied, variedPush)) {
            return 1;
        }
        const double perContact = double(variedPush.wire) / double(varied.size());
        report("(b) push, varied notes: gzip bytes per contact log", perContact, "B", "<= 1024", perContact <= 1024);
        report("(b) push, varied notes: as % of raw JSON", 100.0 * double(variedPush.wire) / double(variedPush.raw),
               "%", "<= 20", variedPush.wire <= variedPush.raw / 5);
        QEventLoop loop;
        QObject::connect(&seedEngine, &SyncEngine::finished, &loop, &QEventLoop::quit);
        seedEngine.syncNow();
        loop.exec();
        reportPullBytes("varied notes", seedEngine.lastStats());
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
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1 && args.at(1) == ClientFlag) {
        return runClient(args);
    }
    return run();
}

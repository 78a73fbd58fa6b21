// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Kills at scale: the app's real sync client (encrypted store + SyncEngine, in a child process)
// saves contacts and syncs while this program SIGKILLs it or pathway-server at random points,
// restarting each. Then a last client run drains what is left, and the server's records are
// checked against everything the client ever reported saved: printed as kills, records, lost,
// duplicated, and whether the device and the server hold the same records (checksums).
//
//   soak_kill [kills=1000] [seed=1]
#include "recordsum.h"
#include "serverprocess.h"

#include "domain/contact.h"
#include "domain/record.h"
#include "protocol/jsonwriter.h"
#include "store/encryptedstore.h"
#include "sync/apiclient.h"
#include "sync/credentials.h"
#include "sync/recordsyncadapter.h"
#include "sync/sessionadapter.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace Pathway;

namespace {

// The soak device's store key. Test data only: it protects nothing but the soak's own store.
QByteArray soakKey()
{
    return QByteArray(32, '\x5a');
}

/** Runs the event loop until @p done or @p ms pass. */
template<typename Done> bool waitFor(Done done, int ms)
{
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    tick.start(20);
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

/** The client: one app install whose store survives being killed. */
int runClient(const QStringList &args)
{
    // client <dir> <url> <email> <password> <youngPersonId> <staffId> <journal> [drain]
    const QString dir = args.value(0);
    const QUrl url(args.value(1));
    const QString email = args.value(2), password = args.value(3), yp = args.value(4), staffId = args.value(5);
    const QString journal = args.value(6);
    const bool drain = args.value(7) == u"drain"_s;
    SystemClock clock;
    EncryptedStore store(dir, clock, nullptr, KdfParams::fastForTests());
    if (!store.openWithRawKey(soakKey()).ok()) {
        std::fprintf(stderr, "cannot open the soak store\n");
        return 2;
    }
    Sync::RecordSyncAdapter syncStore(store.records());
    QNetworkAccessManager nam;
    Sync::Credentials credentials;
    Sync::SessionAdapter session(store.records());
    session.restore(credentials);
    credentials.setServerUrl(url);
    Sync::SyncEngine::Options o;
    o.watchReachability = false;
    o.periodicMs = 3600 * 1000;
    o.debounceMs = 3600 * 1000;
    Sync::SyncEngine engine(&syncStore, &nam, &credentials, clock, o);
    engine.api()->setTimeoutMs(5000);
    QObject::connect(&credentials, &Sync::Credentials::tokensChanged, [&] { session.save(credentials); });
    auto ensureLoggedIn = [&] {
        while (!credentials.hasRefreshToken()) {
            bool answered = false;
            engine.api()->login(email, password, [&](const Sync::ApiReply &) { answered = true; });
            waitFor([&] { return answered; }, 10000);
            if (credentials.isLoggedIn())
                session.save(credentials);
            else
                QThread::msleep(200);
        }
    };
    auto syncOnce = [&] {
        ensureLoggedIn();
        bool finished = false;
        bool ok = false;
        const auto c = QObject::connect(&engine, &Sync::SyncEngine::finished, [&](bool success) {
            finished = true;
            ok = success;
        });
        engine.syncNow();
        waitFor([&] { return finished && !engine.isRunning(); }, 15000);
        QObject::disconnect(c);
        return ok;
    };
    if (drain) {
        for (int i = 0; i < 100; ++i) {
            if (syncOnce() && store.records().pendingCount() == 0 && syncOnce())
                break;
        }
        std::printf("pending %d checksum %s\n", store.records().pendingCount(),
                    Testing::recordsChecksum(Testing::everyRecord(store.records())).constData());
        return store.records().pendingCount() == 0 ? 0 : 1;
    }
    const int fd = ::open(QFile::encodeName(journal).constData(), O_WRONLY | O_APPEND | O_CREAT, 0600);
    for (int i = 0;; ++i) {
        // The contact's number follows from what the store holds, so a crash never reuses one.
        int n = 0;
        for (const auto &r : store.records().listByOwner(u"contact_log"_s, yp, true))
            n += r.body.value(u"notes"_s).toString().startsWith(u"soak "_s) ? 1 : 0;
        ContactLog c;
        c.id = newId();
        c.youngPersonId = yp;
        c.staffId = staffId;
        c.at = QDateTime::currentDateTimeUtc().addSecs(-60);
        c.kind = ContactKind::Visit;
        c.successful = true;
        c.location = u"home"_s;
        c.notes = u"soak %1"_s.arg(n);
        if (store.records().saveLocal(u"contact_log"_s, c.id, yp, c.toJson()).ok()) {
            // Saved on the device: from here on the app tells its user it is saved.
            const QByteArray line = c.id.toLatin1() + ' ' + c.notes.toLatin1() + '\n';
            if (::write(fd, line.constData(), size_t(line.size())) != line.size() || ::fsync(fd) != 0)
                return 3;
        }
        if (i % 3 == 2)
            syncOnce();
    }
}

/** Blocking JSON POST; the parsed answer, or an empty object. */
QJsonObject post(QNetworkAccessManager &nam, const QUrl &url, const QJsonObject &body, const QString &token = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    waitFor([&] { return reply->isFinished(); }, 30000);
    const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return out;
}

int runSoak(int kills, std::uint64_t seed)
{
    Testing::ServerProcess server;
    if (!server.start({u"--demo"_s})) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.errorString()));
        return 2;
    }
    const Testing::DemoLogin pa = server.login(u"pa"_s);
    QNetworkAccessManager nam;
    const QString token = post(nam, server.url().resolved(QUrl(u"/v1/auth/login"_s)),
                               {{u"email"_s, pa.email}, {u"password"_s, pa.password}})
                              .value(u"token"_s)
                              .toString();
    // The young person: the PA's first young person, from the PA's own pull.
    auto pullAll = [&](const QString &bearer) {
        QList<QJsonObject> records;
        QJsonObject cursors;
        for (int page = 0; page < 10000; ++page) {
            const QJsonObject r = post(nam, server.url().resolved(QUrl(u"/v1/sync/pull"_s)),
                                       {{u"cursors"_s, cursors}, {u"limit"_s, 1000}}, bearer);
            for (const auto &rec : r.value(u"records"_s).toArray())
                records.append(rec.toObject());
            cursors = r.value(u"cursors"_s).toObject();
            if (!r.value(u"hasMore"_s).toBool())
                break;
        }
        return records;
    };
    QString yp;
    for (const QJsonObject &r : pullAll(token)) {
        if (r.value(u"recordType"_s) == u"allocation"_s
            && r.value(u"body"_s).toObject().value(u"staffId"_s) == pa.staffId) {
            yp = r.value(u"ownerId"_s).toString();
            break;
        }
    }
    if (yp.isEmpty()) {
        std::fprintf(stderr, "the demo PA has no young person\n");
        return 2;
    }

    QTemporaryDir work;
    const QString storeDir = work.filePath(u"device"_s);
    const QString journal = work.filePath(u"journal"_s);
    const QStringList clientArgs {u"client"_s, storeDir, server.url().toString(), pa.email, pa.password, yp,
                                  pa.staffId,  journal};
    QProcess client;
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    client.setStandardOutputFile(QProcess::nullDevice());
    std::mt19937_64 rng(seed);
    int clientKills = 0, serverKills = 0;
    for (int k = 0; k < kills; ++k) {
        if (client.state() == QProcess::NotRunning)
            client.start(QCoreApplication::applicationFilePath(), clientArgs);
        client.waitForStarted();
        // A random point: somewhere in the client's save-and-sync loop, or in a server request.
        QThread::msleep(std::uniform_int_distribution<int>(20, 700)(rng));
        if (std::uniform_int_distribution<int>(0, 1)(rng) == 0) {
            client.kill();
            client.waitForFinished();
            ++clientKills;
        } else {
            server.kill();
            ++serverKills;
            QThread::msleep(std::uniform_int_distribution<int>(0, 300)(rng)); // the client meets a dead server
            if (!server.restart()) {
                std::fprintf(stderr, "server restart: %s\n", qPrintable(server.errorString()));
                return 2;
            }
        }
        if ((k + 1) % 50 == 0)
            std::fprintf(stderr, "%d kills (client %d, server %d)\n", k + 1, clientKills, serverKills);
    }
    client.kill();
    client.waitForFinished();

    // A last run with no kills sends what is left and reports the device's checksum.
    QProcess drain;
    drain.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    drain.start(QCoreApplication::applicationFilePath(), clientArgs + QStringList {u"drain"_s});
    drain.waitForFinished(600000);
    const QString drained = QString::fromLatin1(drain.readAllStandardOutput()).trimmed();

    // What the server holds, pulled over a fresh session, against everything the device saved.
    const QString verifier = post(nam, server.url().resolved(QUrl(u"/v1/auth/login"_s)),
                                  {{u"email"_s, pa.email}, {u"password"_s, pa.password}})
                                 .value(u"token"_s)
                                 .toString();
    QMap<QString, QByteArray> serverRecords;
    QMap<QString, int> notesCount;
    QSet<QString> serverIds;
    for (const QJsonObject &r : pullAll(verifier)) {
        const QString type = r.value(u"recordType"_s).toString();
        const QString id = r.value(u"recordId"_s).toString();
        serverRecords.insert(type + u'/' + id, Sync::compactJson(r.value(u"body"_s).toObject()));
        const QString notes = r.value(u"body"_s).toObject().value(u"notes"_s).toString();
        if (type == u"contact_log"_s && notes.startsWith(u"soak "_s)) {
            ++notesCount[notes];
            serverIds.insert(id);
        }
    }
    QFile j(journal);
    j.open(QIODevice::ReadOnly);
    int saved = 0, lost = 0;
    for (const QByteArray &line : j.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        ++saved;
        if (!serverIds.contains(QString::fromLatin1(line.split(' ').first())))
            ++lost;
    }
    int duplicated = 0;
    for (const int c : std::as_const(notesCount))
        duplicated += c > 1 ? c - 1 : 0;
    const QByteArray serverSum = Testing::recordsChecksum(serverRecords);
    const bool same = drained.endsWith(QString::fromLatin1(serverSum)) && drain.exitCode() == 0;
    std::printf("kills %d (client %d, server %d), records %d saved on the device, %d on the server, lost %d, "
                "duplicated %d, device and server %s\n",
                kills, clientKills, serverKills, saved, int(serverIds.size()), lost, duplicated,
                same ? "identical (checksums match)" : "DIFFER");
    return lost == 0 && duplicated == 0 && same ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == u"client"_s)
        return runClient(args.mid(1));
    return runSoak(args.value(0, u"1000"_s).toInt(), args.value(1, u"1"_s).toULongLong());
}

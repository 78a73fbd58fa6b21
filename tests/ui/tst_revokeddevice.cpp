// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
/** A revoked device (AppController + SyncController) uploads its work, wipes itself and starts again, against the
 * real server. */

#include "serverprocess.h"

#include "domain/clock.h"
#include "sync/apiclient.h"
#include "sync/credentials.h"
#include "sync/recordsyncadapter.h"
#include "sync/syncengine.h"
#include "ui/appcontroller.h"
#include "ui/caseloadcontroller.h"
#include "ui/contactlogcontroller.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Testing::DemoLogin;
using Pathway::Testing::ServerProcess;

namespace {
constexpr int Timeout = 60000;
const auto FirstPassphrase = u"first passphrase"_s;
const auto NewPassphrase = u"a new passphrase"_s;

/** One real app device (the UI's controllers) on a fresh encrypted store. */
struct Device
{
    QTemporaryDir dir;
    SystemClock clock;
    StoreSession session {dir.path(), clock, KdfParams::fastForTests()};
    AppSettings settings {QString()};
    AppController app {&session, &settings};

    bool signIn(const QUrl &server, const DemoLogin &login, const QString &passphrase)
    {
        app.prepareSignIn(server.toString(), login.email, login.password, QString());
        if (!app.signInError().isEmpty())
            return false;
        app.finishSignIn(passphrase, passphrase);
        QDeadlineTimer deadline(Timeout);
        while (app.stage() != AppController::Stage::Ready && !deadline.hasExpired()) {
            if (!app.signInError().isEmpty())
                return false;
            QTest::qWait(50);
        }
        return app.stage() == AppController::Stage::Ready;
    }

    QString deviceId() const
    {
        return session.recordStore() ? session.recordStore()->meta(u"sync.device_id"_s).value_or(QString()) : QString();
    }

    /** The store's files left in the data directory (database, journals, key file, attempts file). */
    QStringList storeFiles() const
    {
        return QDir(dir.path()).entryList({u"*.db*"_s, u"*.key*"_s}, QDir::Files | QDir::Hidden | QDir::System);
    }
};

/** The young people of a PA's caseload, as the caseload page lists them. */
QStringList caseloadOf(AppController &app)
{
    CaseloadController caseload;
    caseload.setApp(&app);
    QStringList ids;
    for (int i = 0; i < caseload.model()->rowCount(); ++i)
        ids.append(caseload.model()->valueAt(i, u"key"_s).toString());
    return ids;
}

QStringList contactIds(const StoreSession &session, const QString &youngPersonId)
{
    QStringList ids;
    for (const ContactLog &c : session.data().contactsOf(youngPersonId))
        ids.append(c.id);
    return ids;
}

/** Calls the API as @p login (not through an app: the authority's admin has no app). */
Sync::ApiReply callAs(const QUrl &server, const DemoLogin &login, const QString &path)
{
    QNetworkAccessManager network;
    Sync::Credentials credentials;
    credentials.setServerUrl(server);
    Sync::ApiClient api(&network, &credentials);
    const auto wait = [](auto &&start) {
        std::optional<Sync::ApiReply> reply;
        start([&reply](const Sync::ApiReply &r) { reply = r; });
        QDeadlineTimer deadline(Timeout);
        while (!reply && !deadline.hasExpired())
            QTest::qWait(20);
        return reply.value_or(Sync::ApiReply {});
    };
    const Sync::ApiReply in = wait([&](auto done) { api.login(login.email, login.password, done); });
    if (!in.ok())
        return in;
    return wait([&](auto done) { api.post(path, {}, done); });
}

/** Every message logged while it lives (and passed on), to check what a wipe writes to the log. */
class LogCapture
{
public:
    LogCapture()
    {
        s_self = this;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_self = nullptr;
    }
    QStringList lines() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (LogCapture *self = s_self) {
            QMutexLocker lock(&self->m_mutex);
            self->m_lines.append(message);
            if (self->m_previous)
                self->m_previous(type, context, message);
            else
                fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
        }
    }

    static inline LogCapture *s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};
} // namespace

class TestRevokedDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    }

    void aRevokedDeviceUploadsItsVisitsThenStartsAgain()
    {
        const DemoLogin login = m_server.login(u"pa"_s);
        const DemoLogin admin = m_server.login(u"admin"_s);
        QVERIFY(!admin.email.isEmpty());
        Device pa;
        QVERIFY(pa.signIn(m_server.url(), login, FirstPassphrase));
        const QString oldDevice = pa.deviceId();
        QVERIFY(!oldDevice.isEmpty());
        const QString who = caseloadOf(pa.app).value(0);
        QVERIFY(!who.isEmpty());
        const QString paName = pa.app.userName();
        const QString ypName = pa.session.data().youngPerson(who)->displayName;
        QVERIFY(!paName.isEmpty() && !ypName.isEmpty());
        QVERIFY(!pa.storeFiles().isEmpty());
        QVERIFY(pa.app.setupNotice().isEmpty());

        // The phone is reported lost; the service revokes it.
        const Sync::ApiReply revoked = callAs(m_server.url(), admin, u"/v1/devices/%1/revoke"_s.arg(oldDevice));
        QVERIFY2(revoked.ok(), qPrintable(revoked.serverError));

        // Not knowing yet, the device holds two visits it has not sent.
        LogCapture log;
        const QStringList before = contactIds(pa.session, who);
        CaseloadController caseload;
        caseload.setApp(&pa.app);
        // Two separate visits (a second "now" within moments would be the same tap).
        QVERIFY(caseload.logVisitNow(who));
        ContactLogController earlier;
        earlier.setApp(&pa.app);
        earlier.setYoungPersonId(who);
        earlier.setAt(pa.app.session()->clock().now().addSecs(-3600));
        QVERIFY(earlier.save());
        QCOMPARE(pa.session.pendingChanges(), 2);
        QStringList visits = contactIds(pa.session, who);
        for (const QString &id : before)
            visits.removeOne(id);
        QCOMPARE(visits.size(), 2);

        // Its next sync uploads them, then the app is back at the first run and says why.
        pa.app.syncController()->engine()->syncNow();
        QDeadlineTimer deadline(Timeout);
        while (pa.app.stage() != AppController::Stage::Setup && !deadline.hasExpired())
            QTest::qWait(20);
        QCOMPARE(pa.app.stage(), AppController::Stage::Setup);
        QVERIFY2(pa.app.setupNotice().contains(u"signed out by your leaving-care service"_s),
                 qPrintable(pa.app.setupNotice()));
        QVERIFY(pa.app.signInError().isEmpty());
        QVERIFY(!pa.app.signInAgain()->expired());

        // Nothing of the case data is left: not in memory, not on disk.
        QVERIFY(!pa.app.hasRole());
        QVERIFY(pa.app.userId().isEmpty());
        QVERIFY(pa.app.userName().isEmpty());
        QVERIFY(!pa.session.isOpen());
        QVERIFY(pa.session.data().youngPeople.isEmpty());
        QVERIFY(pa.session.data().contacts.isEmpty());
        QVERIFY(!pa.session.exists());
        QVERIFY2(pa.storeFiles().isEmpty(), qPrintable(pa.storeFiles().join(u", "_s)));
        QVERIFY(caseloadOf(pa.app).isEmpty());

        // The log says what happened, and nothing about whom.
        const QStringList lines = log.lines();
        QVERIFY(!lines.filter(u"revoked"_s).isEmpty());
        for (const QString &line : lines) {
            QVERIFY2(!line.contains(paName) && !line.contains(ypName) && !line.contains(login.email), qPrintable(line));
        }

        // The two visits reached the server: the manager's device pulls them.
        Device manager;
        QVERIFY(manager.signIn(m_server.url(), m_server.login(u"manager"_s), FirstPassphrase));
        const QStringList seen = contactIds(manager.session, who);
        for (const QString &id : visits)
            QVERIFY2(seen.contains(id), qPrintable(id));

        // The PA signs in again on the same app, as on a first run: a new device id and passphrase.
        QVERIFY2(pa.signIn(m_server.url(), login, NewPassphrase), qPrintable(pa.app.signInError()));
        QVERIFY(pa.app.setupNotice().isEmpty());
        const QString newDevice = pa.deviceId();
        QVERIFY(!newDevice.isEmpty());
        QVERIFY(newDevice != oldDevice);
        QCOMPARE(pa.app.userId(), login.staffId);
        QVERIFY(caseloadOf(pa.app).contains(who));
        const QStringList pulled = contactIds(pa.session, who);
        for (const QString &id : visits)
            QVERIFY(pulled.contains(id));

        // The new passphrase opens it; the old one does not.
        pa.app.lock();
        pa.app.unlock(FirstPassphrase);
        QTRY_VERIFY_WITH_TIMEOUT(!pa.app.errorText().isEmpty(), Timeout);
        QCOMPARE(pa.app.stage(), AppController::Stage::Locked);
        QTRY_COMPARE_WITH_TIMEOUT(pa.app.retrySeconds(), 0, Timeout);
        pa.app.unlock(NewPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(pa.app.stage(), AppController::Stage::Ready, Timeout);
        QCOMPARE(pa.deviceId(), newDevice);
    }

    void aStoreWipedBeforeTheAppTidiedUpIsRemovedAtUnlock()
    {
        // The app stopped between the engine's wipe and removing the store (say the phone turned off).
        Device phone;
        phone.session.create(FirstPassphrase, {u"pa"_s, u"staff-1"_s, false});
        QTRY_COMPARE_WITH_TIMEOUT(phone.app.stage(), AppController::Stage::Ready, Timeout);
        QVERIFY(Sync::RecordSyncAdapter(*phone.session.recordStore()).wipe());
        phone.app.lock();
        QCOMPARE(phone.app.stage(), AppController::Stage::Locked);
        QVERIFY(phone.app.setupNotice().isEmpty());

        // Unlocking finds nobody's data: the app says why and starts again, rather than open an empty store.
        phone.app.unlock(FirstPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(phone.app.stage(), AppController::Stage::Setup, Timeout);
        QVERIFY(phone.app.setupNotice().contains(u"signed out by your leaving-care service"_s));
        QVERIFY(!phone.app.signInAgain()->expired());
        QVERIFY(!phone.session.isOpen());
        QVERIFY(!phone.session.exists());
        QVERIFY2(phone.storeFiles().isEmpty(), qPrintable(phone.storeFiles().join(u", "_s)));
    }

private:
    ServerProcess m_server;
};

QTEST_MAIN(TestRevokedDevice)
#include "tst_revokeddevice.moc"

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
/** Signing in again after the sign-in expired (AppController + SyncController), against the real server. */

#include "serverprocess.h"

#include "domain/clock.h"
#include "sync/apiclient.h"
#include "sync/syncengine.h"
#include "ui/appcontroller.h"
#include "ui/caseloadcontroller.h"
#include "ui/contactlogcontroller.h"
#include "ui/syncstatus.h"
#include "ui/youngpersoncontroller.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Testing::DemoLogin;
using Pathway::Testing::ServerProcess;

namespace {
constexpr auto Passphrase = "relogin passphrase";
constexpr int Timeout = 60000;

/** One real app device (the UI's controllers) on a fresh encrypted store, signed in to the test server. */
struct Device
{
    QTemporaryDir dir;
    SystemClock clock;
    StoreSession session {dir.path(), clock, KdfParams::fastForTests()};
    AppSettings settings {QString()};
    AppController app {&session, &settings};

    bool signIn(const QUrl &server, const QString &email, const QString &password, const QString &code = {})
    {
        app.prepareSignIn(server.toString(), email, password, code);
        if (!app.signInError().isEmpty())
            return false;
        app.finishSignIn(QString::fromLatin1(Passphrase), QString::fromLatin1(Passphrase));
        QDeadlineTimer deadline(Timeout);
        while (app.stage() != AppController::Stage::Ready && !deadline.hasExpired()) {
            if (!app.signInError().isEmpty())
                return false;
            QTest::qWait(50);
        }
        return app.stage() == AppController::Stage::Ready;
    }

    Sync::SyncEngine *engine() { return app.syncController()->engine(); }
    QString deviceId() { return session.recordStore()->meta(u"sync.device_id"_s).value_or(QString()); }

    /** A call with this device's session, as the app would make it. */
    Sync::ApiReply call(const QString &path, const QJsonObject &body = {})
    {
        std::optional<Sync::ApiReply> reply;
        engine()->api()->post(path, body, [&reply](const Sync::ApiReply &r) { reply = r; });
        QDeadlineTimer deadline(Timeout);
        while (!reply && !deadline.hasExpired())
            QTest::qWait(20);
        return reply.value_or(Sync::ApiReply {});
    }

    /** Ends this device's session on the server (as an expired login looks to the app), then syncs. */
    bool expire()
    {
        if (!call(u"/v1/auth/logout"_s).ok())
            return false;
        engine()->syncNow();
        QDeadlineTimer deadline(Timeout);
        while (!app.signInAgain()->expired() && !deadline.hasExpired())
            QTest::qWait(20);
        return app.signInAgain()->expired();
    }

    /** Signs in again and waits for the answer; true when it worked. */
    bool signInAgain(const QString &email, const QString &password, const QString &code = {})
    {
        app.signInAgain()->submit(email, password, code);
        QDeadlineTimer deadline(Timeout);
        while (app.signInAgain()->busy() && !deadline.hasExpired())
            QTest::qWait(20);
        return !app.signInAgain()->expired();
    }

    bool waitForAllSent()
    {
        QDeadlineTimer deadline(Timeout);
        while ((session.pendingChanges() > 0 || engine()->isRunning()) && !deadline.hasExpired())
            QTest::qWait(50);
        return session.pendingChanges() == 0;
    }

    bool unlock()
    {
        app.unlock(QString::fromLatin1(Passphrase));
        QDeadlineTimer deadline(Timeout);
        while (app.stage() != AppController::Stage::Ready && !deadline.hasExpired())
            QTest::qWait(20);
        return app.stage() == AppController::Stage::Ready;
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

/** Logs @p count separate visits, an hour apart (a second "now" within moments is a double tap). */
int logVisits(AppController &app, const QString &youngPersonId, int count)
{
    ContactLogController form;
    form.setApp(&app);
    int saved = 0;
    for (int i = 0; i < count; ++i) {
        form.startAnother();
        form.setYoungPersonId(youngPersonId);
        form.setAt(app.session()->clock().now().addSecs(-3600 * (i + 1)));
        saved += form.save() ? 1 : 0;
    }
    return saved;
}
} // namespace

class TestSignInAgain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start({u"--demo"_s}), qPrintable(m_server.errorString()));
    }

    void staffSignInAgainKeepsTheOutboxAndPushesIt()
    {
        const DemoLogin login = m_server.login(u"pa"_s);
        Device pa;
        QVERIFY(pa.signIn(m_server.url(), login.email, login.password));
        const QString device = pa.deviceId();
        QVERIFY(!device.isEmpty());
        const QString who = caseloadOf(pa.app).value(0);
        QVERIFY(!who.isEmpty());
        QVERIFY(!pa.app.signInAgain()->expired());

        QSignalSpy changed(pa.app.signInAgain(), &SignInAgainController::changed);
        QVERIFY(pa.expire());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(pa.app.stage(), AppController::Stage::Ready);
        // The same account: the e-mail is known, so only the password is asked for.
        QCOMPARE(pa.app.signInAgain()->email(), login.email);

        // Signed out, the PA goes on working: the visits queue in the outbox.
        QCOMPARE(logVisits(pa.app, who, 3), 3);
        QCOMPARE(pa.app.sync()->pendingChanges(), 3);
        pa.app.sync()->syncNow(); // the sync button does nothing that could lose them
        QTest::qWait(300);
        QCOMPARE(pa.session.pendingChanges(), 3);
        QVERIFY(pa.app.signInAgain()->expired());
        // The sync indicator says why nothing goes up, not "failed, will retry".
        QCOMPARE(pa.app.sync()->state(), SyncStatus::State::SignedOut);
        QVERIFY(pa.app.sync()->stateText().contains(u"Signed out"_s));

        // A wrong password: a clear message, and everything stays as it was.
        QVERIFY(!pa.signInAgain(QString(), u"not the password"_s));
        QVERIFY(!pa.app.signInAgain()->error().isEmpty());
        QVERIFY(pa.app.signInAgain()->expired());
        QCOMPARE(pa.session.pendingChanges(), 3);
        QVERIFY(pa.session.isOpen());
        QCOMPARE(pa.deviceId(), device);

        // The right one: the same device and store, and the outbox goes up at once.
        QVERIFY2(pa.signInAgain(QString(), login.password), qPrintable(pa.app.signInAgain()->error()));
        QVERIFY(pa.app.signInAgain()->error().isEmpty());
        QVERIFY(pa.waitForAllSent());
        QVERIFY(pa.app.sync()->state() != SyncStatus::State::SignedOut);
        QCOMPARE(pa.deviceId(), device);
        QCOMPARE(pa.app.userId(), login.staffId);
        QVERIFY(caseloadOf(pa.app).contains(who));

        // The manager sees the visits: they reached the server.
        Device manager;
        QVERIFY(
            manager.signIn(m_server.url(), m_server.login(u"manager"_s).email, m_server.login(u"manager"_s).password));
        QCOMPARE(manager.session.data().contactsOf(who).size(), pa.session.data().contactsOf(who).size());

        // The new session survives a lock: unlocking does not ask to sign in again.
        pa.app.lock();
        QVERIFY(pa.unlock());
        QSignalSpy finished(pa.engine(), &Sync::SyncEngine::finished);
        pa.engine()->syncNow();
        QVERIFY(finished.wait(Timeout));
        QVERIFY(finished.last().first().toBool());
        QVERIFY(!pa.app.signInAgain()->expired());
    }

    void aDifferentStaffAccountIsRefused()
    {
        const DemoLogin mine = m_server.login(u"pa"_s);
        const DemoLogin other = m_server.login(u"pa"_s, 1);
        QVERIFY(!other.email.isEmpty() && other.staffId != mine.staffId);
        Device pa;
        QVERIFY(pa.signIn(m_server.url(), mine.email, mine.password));
        const QString device = pa.deviceId();
        const QString who = caseloadOf(pa.app).value(0);
        QVERIFY(pa.expire());
        QCOMPARE(logVisits(pa.app, who, 2), 2);

        // The sheet does not let the e-mail change; the controller refuses another account anyway.
        QSignalSpy failed(pa.app.syncController(), &SyncController::signInAgainFailed);
        pa.app.syncController()->signInAgain(other.email, other.password, QString());
        QVERIFY(failed.wait(Timeout));
        const QString code = failed.last().first().toString();
        QVERIFY2(code == "other_account"_L1 || code == "device_unavailable"_L1, qPrintable(code));
        QVERIFY(pa.app.signInAgain()->error().contains(u"different account"_s));
        QVERIFY(pa.app.signInAgain()->expired());
        QCOMPARE(pa.app.userId(), mine.staffId);
        QCOMPARE(pa.deviceId(), device);
        QCOMPARE(pa.session.pendingChanges(), 2);

        // Typing another e-mail into the app changes nothing: the known account is used.
        QVERIFY(pa.signInAgain(other.email, mine.password));
        QVERIFY(pa.waitForAllSent());
        QCOMPARE(pa.app.userId(), mine.staffId);
    }

    void aYoungPersonSignsInAgainWithANewCodeForThemOnly()
    {
        const DemoLogin paLogin = m_server.login(u"pa"_s);
        Device pa;
        QVERIFY(pa.signIn(m_server.url(), paLogin.email, paLogin.password));
        const QStringList caseload = caseloadOf(pa.app);
        QVERIFY(caseload.size() >= 2);
        const auto newCode = [&pa](const QString &youngPersonId) {
            return pa.call(u"/v1/auth/enrol-code"_s, {{u"youngPersonId"_s, youngPersonId}})
                .body.value(u"code"_s)
                .toString();
        };

        Device yp;
        QVERIFY(yp.signIn(m_server.url(), QString(), QString(), newCode(caseload.at(0))));
        QCOMPARE(yp.app.role(), Role::YoungPerson);
        QCOMPARE(yp.app.userId(), caseload.at(0));
        QVERIFY(yp.app.signInAgain()->email().isEmpty());
        const QString device = yp.deviceId();
        QVERIFY(yp.expire());

        YoungPersonController mine;
        mine.setApp(&yp.app);
        QVERIFY(mine.requestContact(false, u"Can we talk about college?"_s));
        QCOMPARE(yp.session.pendingChanges(), 1);

        // An empty or wrong code, then a code made for someone else: refused, nothing lost.
        QVERIFY(!yp.signInAgain(QString(), QString(), QString()));
        QVERIFY(!yp.app.signInAgain()->error().isEmpty());
        QVERIFY(!yp.signInAgain(QString(), QString(), u"NOT-A-CODE"_s));
        QVERIFY(!yp.app.signInAgain()->error().isEmpty());
        QVERIFY(!yp.signInAgain(QString(), QString(), newCode(caseload.at(1))));
        QVERIFY2(yp.app.signInAgain()->error().contains(u"someone else"_s), qPrintable(yp.app.signInAgain()->error()));
        QCOMPARE(yp.app.userId(), caseload.at(0));
        QCOMPARE(yp.deviceId(), device);
        QCOMPARE(yp.session.pendingChanges(), 1);

        // A new code for them: the same phone and store, and the request goes up.
        QVERIFY2(yp.signInAgain(QString(), QString(), newCode(caseload.at(0))),
                 qPrintable(yp.app.signInAgain()->error()));
        QVERIFY(yp.waitForAllSent());
        QCOMPARE(yp.deviceId(), device);
    }

    void aLockedDeviceShowsTheBannerAfterUnlockingOffline()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        const DemoLogin login = server.login(u"pa"_s);
        Device pa;
        QVERIFY(pa.signIn(server.url(), login.email, login.password));
        QVERIFY(pa.expire());
        QCOMPARE(logVisits(pa.app, caseloadOf(pa.app).value(0), 1), 1);
        pa.app.lock();
        QVERIFY(!pa.app.signInAgain()->expired());

        // No server at all now: unlocking works, and says at once that a sign-in is needed.
        server.stop();
        QVERIFY(pa.unlock());
        QVERIFY(pa.app.signInAgain()->expired());
        QCOMPARE(pa.app.sync()->pendingChanges(), 1);
        QCOMPARE(pa.app.signInAgain()->email(), login.email);

        // Offline, signing in again says so and keeps everything.
        QVERIFY(!pa.signInAgain(QString(), login.password));
        QVERIFY(pa.app.signInAgain()->error().contains(u"Cannot reach the server"_s));
        QCOMPARE(pa.session.pendingChanges(), 1);
    }

    void wrongPasswordsMeetTheServersGrowingDelay()
    {
        const DemoLogin login = m_server.login(u"pa"_s, 2);
        Device pa;
        QVERIFY(pa.signIn(m_server.url(), login.email, login.password));
        QVERIFY(pa.expire());
        // The server waits 1, 2, 4 ... seconds after the third wrong try; the app says how long.
        bool told = false;
        for (int i = 0; i < 10 && !told; ++i) {
            QVERIFY(!pa.signInAgain(QString(), u"guess %1"_s.arg(i)));
            told = pa.app.signInAgain()->error().startsWith(u"Too many tries"_s);
        }
        QVERIFY2(told, qPrintable(pa.app.signInAgain()->error()));
        QVERIFY(pa.app.signInAgain()->expired());
        QVERIFY(pa.session.isOpen());
    }

private:
    ServerProcess m_server;
};

QTEST_MAIN(TestSignInAgain)
#include "tst_signinagain.moc"

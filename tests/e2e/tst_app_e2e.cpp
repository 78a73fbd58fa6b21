// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "serverprocess.h"

#include "domain/clock.h"
#include "sync/syncengine.h"
#include "ui/appcontroller.h"
#include "ui/caseloadcontroller.h"
#include "ui/teamcontroller.h"

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
/** One real app device (the UI's controllers) signed in to the test server. */
struct Device
{
    QTemporaryDir dir;
    SystemClock clock;
    StoreSession session {dir.path(), clock, KdfParams::fastForTests()};
    AppSettings settings {QString()};
    AppController app {&session, &settings};

    bool signIn(const QUrl &server, const DemoLogin &login)
    {
        app.prepareSignIn(server.toString(), login.email, login.password, QString());
        if (!app.signInError().isEmpty())
            return false;
        app.finishSignIn(u"e2e passphrase"_s, u"e2e passphrase"_s);
        QDeadlineTimer deadline(60000);
        while (app.stage() != AppController::Stage::Ready && !deadline.hasExpired()) {
            if (!app.signInError().isEmpty())
                return false;
            QTest::qWait(50);
        }
        return app.stage() == AppController::Stage::Ready;
    }

    Sync::SyncEngine *engine() { return app.syncController()->engine(); }

    bool syncNow()
    {
        QSignalSpy done(engine(), &Sync::SyncEngine::finished);
        engine()->syncNow();
        return done.wait(30000) && done.last().first().toBool();
    }
};

bool listed(TeamController &team, const QString &figure, const QString &youngPersonId)
{
    team.setSelectedFigure(figure);
    return team.attention()->indexOfKey(youngPersonId) >= 0;
}
} // namespace

/** A PA logs a contact offline in the app; once reconnected, the manager's overdue list changes. */
class TestAppE2E : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void paContactOfflineClearsManagersOverdueList()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));

        Device manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));
        QCOMPARE(manager.app.role(), Role::Manager);
        TeamController team;
        team.setApp(&manager.app);

        // A young person whose contact is overdue, and the PA they are allocated to.
        QString who;
        QString figure;
        for (const QString &key : TeamController::figureKeys()) {
            if (!key.startsWith("contact_"_L1) || key == "contact_warning"_L1)
                continue;
            team.setSelectedFigure(key);
            for (int i = 0; i < team.attention()->rowCount() && who.isEmpty(); ++i) {
                const QString id = team.attention()->valueAt(i, u"key"_s).toString();
                if (!manager.session.data().currentPaId(id, manager.clock.today()).isEmpty()) {
                    who = id;
                    figure = key;
                }
            }
        }
        QVERIFY2(!who.isEmpty(), "the demo authority has an allocated young person with overdue contact");
        const QString paId = manager.session.data().currentPaId(who, manager.clock.today());
        DemoLogin paLogin;
        for (const DemoLogin &l : server.logins()) {
            if (l.staffId == paId)
                paLogin = l;
        }
        QVERIFY2(!paLogin.email.isEmpty(), "the PA has a demo login");

        Device pa;
        QVERIFY(pa.signIn(server.url(), paLogin));
        CaseloadController caseload;
        caseload.setApp(&pa.app);
        QVERIFY(caseload.model()->indexOfKey(who) >= 0);

        // Offline: the visit is saved on the device and waits in the outbox.
        pa.engine()->setNetworkReachable(false);
        QVERIFY(caseload.logVisitNow(who));
        QCOMPARE(pa.app.sync()->pendingChanges(), 1);
        QTest::qWait(200);
        QCOMPARE(pa.session.pendingChanges(), 1);

        // The manager still sees the young person as overdue.
        QVERIFY(manager.syncNow());
        QVERIFY(listed(team, figure, who));

        // Back online: the change goes up, and the manager's list no longer shows them.
        pa.engine()->setNetworkReachable(true);
        QVERIFY(pa.syncNow());
        QTRY_COMPARE_WITH_TIMEOUT(pa.session.pendingChanges(), 0, 30000);
        QVERIFY(manager.syncNow());
        QTRY_VERIFY_WITH_TIMEOUT(!listed(team, figure, who), 10000);
    }
};

QTEST_MAIN(TestAppE2E)
#include "tst_app_e2e.moc"

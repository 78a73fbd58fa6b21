// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "serverprocess.h"

#include "sync/syncengine.h"
#include "ui/alertscontroller.h"
#include "uitestutil.h"

#include <QDeadlineTimer>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;
using Pathway::Testing::ServerProcess;

namespace {

/** A staff device signed in to the test server (real clock: the server has its own). */
struct SignedInDevice
{
    QTemporaryDir dir;
    SystemClock clock;
    StoreSession session {dir.path(), clock, KdfParams::fastForTests()};
    AppSettings settings {QString()};
    AppController app {&session, &settings};

    bool signIn(const QUrl &server, const Testing::DemoLogin &login)
    {
        app.prepareSignIn(server.toString(), login.email, login.password, QString());
        app.finishSignIn(u"alerts passphrase"_s, u"alerts passphrase"_s);
        QDeadlineTimer deadline(60000);
        while (app.stage() != AppController::Stage::Ready && app.signInError().isEmpty() && !deadline.hasExpired())
            QTest::qWait(50);
        return app.stage() == AppController::Stage::Ready;
    }
};

/** The first row that can be acknowledged, or -1. */
int firstAcknowledgeable(const AlertListModel *m)
{
    for (int i = 0; i < m->rowCount(); ++i) {
        if (m->valueAt(i, u"canAcknowledge"_s).toBool())
            return i;
    }
    return -1;
}

} // namespace

/**
 * The alerts page's controller: the device's own findings, the server's alerts and their
 * acknowledgements, acknowledging with a note, and what it says (and refuses) without a server.
 */
class TestAlertsController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void demoDeviceSaysTheListIsFromThisDevice()
    {
        DemoDevice d(Role::PersonalAdviser);
        AlertsController c;
        QSignalSpy acknowledged(&c, &AlertsController::acknowledged);
        c.setApp(d.app.get());
        QVERIFY(c.model()->rowCount() > 0);
        QVERIFY(!c.model()->isLoading());
        QVERIFY(!c.isFromServer());
        QVERIFY(!c.canAcknowledge());
        QVERIFY(!c.isChecking());
        QVERIFY(c.statusText().contains(u"worked out on this device"_s));
        QVERIFY(c.headline().contains(QString::number(c.model()->rowCount())));
        // Only this PA's caseload.
        for (int i = 0; i < c.model()->rowCount(); ++i) {
            const QString who = c.model()->valueAt(i, u"youngPersonId"_s).toString();
            QCOMPARE(d.session->data().currentPaId(who, d.clock.today()), d.app->userId());
        }
        // Acknowledging is refused, and nothing pretends it was sent.
        const QString key = c.model()->valueAt(0, u"key"_s).toString();
        QVERIFY(!c.acknowledge(key, u"Visit booked"_s));
        QVERIFY(c.ackError().startsWith(u"Not sent"_s));
        QVERIFY(!c.isAcknowledging());
        QCOMPARE(acknowledged.count(), 0);
        QVERIFY(c.message().isEmpty());
        QVERIFY(!c.model()->valueAt(0, u"acknowledged"_s).toBool());
    }

    void notesAreChecked()
    {
        AlertsController c;
        QVERIFY(!c.noteProblem(u"  "_s).isEmpty());
        QVERIFY(!c.noteProblem(QString(c.maxNoteLength() + 1, u'x')).isEmpty());
        QVERIFY(c.noteProblem(u"Called; visiting on Friday"_s).isEmpty());
        DemoDevice d(Role::PersonalAdviser);
        c.setApp(d.app.get());
        QVERIFY(!c.acknowledge(c.model()->valueAt(0, u"key"_s).toString(), u" "_s));
        QCOMPARE(c.ackError(), c.noteProblem(u" "_s));
    }

    void managersCanNarrowToManagerAlerts()
    {
        DemoDevice d(Role::Manager);
        AlertsController c;
        c.setApp(d.app.get());
        QVERIFY(c.canFilter());
        QVERIFY(!c.onlyForMe()); // a manager sees the whole team's alerts, the PAs' too
        const int all = c.model()->rowCount();
        c.setOnlyForMe(true);
        const int mine = c.model()->rowCount();
        QVERIFY(mine > 0);
        QVERIFY(all > mine);
        for (int i = 0; i < mine; ++i)
            QCOMPARE(c.model()->valueAt(i, u"forText"_s).toString(), u"For a manager"_s);

        DemoDevice pa(Role::PersonalAdviser);
        AlertsController paAlerts;
        paAlerts.setApp(pa.app.get());
        QVERIFY(!paAlerts.canFilter());
    }

    void reEvaluatesWhenRecordsChange()
    {
        DemoDevice d(Role::PersonalAdviser);
        AlertsController c;
        c.setApp(d.app.get());
        const int before = c.model()->rowCount();
        d.clock.advanceDays(60);
        c.refresh();
        QVERIFY(c.model()->rowCount() > before);
    }

    void acknowledgesOnTheServerAndKeepsItOffline()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        const auto login = server.login(u"pa"_s);
        auto pa = std::make_unique<SignedInDevice>();
        QVERIFY(pa->signIn(server.url(), login));

        auto c = std::make_unique<AlertsController>();
        c->setApp(&pa->app);
        QTRY_VERIFY_WITH_TIMEOUT(c->isFromServer(), 30000);
        QVERIFY(c->canAcknowledge());
        QVERIFY(c->statusText().startsWith(u"Checked with the server"_s));
        const int row = firstAcknowledgeable(c->model());
        QVERIFY2(row >= 0, "the demo server lists alerts for this PA's caseload");
        const QString key = c->model()->valueAt(row, u"key"_s).toString();
        QVERIFY(!c->model()->valueAt(row, u"alertId"_s).toString().isEmpty());

        QSignalSpy acknowledged(c.get(), &AlertsController::acknowledged);
        QVERIFY(c->acknowledge(key, u"Phoned; visiting on Friday"_s));
        QVERIFY(c->isAcknowledging());
        // Until the server answers, the row says so and is not shown as acknowledged.
        const int sending = c->model()->indexOfKey(key);
        QVERIFY(c->model()->valueAt(sending, u"sending"_s).toBool());
        QVERIFY(!c->model()->valueAt(sending, u"acknowledged"_s).toBool());
        QVERIFY(acknowledged.wait(30000));
        QCOMPARE(acknowledged.first().first().toString(), key);
        QVERIFY(c->ackError().isEmpty());
        QVERIFY(!c->message().isEmpty());
        const int done = c->model()->indexOfKey(key);
        QVERIFY(c->model()->valueAt(done, u"acknowledged"_s).toBool());
        QCOMPARE(c->model()->valueAt(done, u"ackNote"_s).toString(), u"Phoned; visiting on Friday"_s);
        QVERIFY(c->model()->valueAt(done, u"ackText"_s).toString().contains(pa->app.userName()));

        // The server goes away: the list is this device's, acknowledgements as last known, and
        // nothing can be acknowledged.
        server.stop();
        c->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!c->isChecking(), 60000);
        QVERIFY(!c->isFromServer());
        QVERIFY(!c->canAcknowledge());
        QVERIFY(c->canCheckAgain());
        QVERIFY2(c->statusText().contains(u"cannot be reached"_s), qPrintable(c->statusText()));
        QVERIFY(c->model()->valueAt(c->model()->indexOfKey(key), u"acknowledged"_s).toBool());
        const int other = c->model()->indexOfKey(key) == 0 ? 1 : 0;
        const QString otherKey = c->model()->valueAt(other, u"key"_s).toString();
        QVERIFY(!c->acknowledge(otherKey, u"Will call"_s));
        QVERIFY(c->ackError().startsWith(u"Not sent"_s));
        QCOMPARE(acknowledged.count(), 1);

        // Another page opened later, still offline: the acknowledgement kept in the store shows.
        AlertsController later;
        later.setApp(&pa->app);
        QTRY_VERIFY_WITH_TIMEOUT(!later.isChecking(), 60000);
        const int kept = later.model()->indexOfKey(key);
        QVERIFY(later.model()->valueAt(kept, u"acknowledged"_s).toBool());
        QCOMPARE(later.model()->valueAt(kept, u"ackNote"_s).toString(), u"Phoned; visiting on Friday"_s);
        QCOMPARE(later.model()->valueAt(kept, u"originText"_s).toString(),
                 u"Acknowledgement as last checked with the server."_s);
    }
};

QTEST_GUILESS_MAIN(TestAlertsController)
#include "tst_alertscontroller.moc"

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "uitestutil.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

/** First run, demo store, unlock with wrong and right passphrases, and the auto-lock rules. */
class TestAppController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunNeedsAGoodPassphrase()
    {
        DemoDevice d;
        QCOMPARE(d.app->stage(), AppController::Stage::Setup);
        QVERIFY(!d.app->passphraseProblem(u"abc"_s, u"abc"_s).isEmpty());
        QVERIFY(!d.app->passphraseProblem(u"abcdefg"_s, u"abcdefh"_s).isEmpty());
        QVERIFY(d.app->passphraseProblem(u"abcdefg"_s, u"abcdefg"_s).isEmpty());
        d.app->startDemo(Role::Manager, u"abcdefg"_s, u"different"_s);
        QVERIFY(!d.app->errorText().isEmpty());
        QCOMPARE(d.app->stage(), AppController::Stage::Setup);
        QVERIFY(!d.session->exists());
    }

    void demoOpensTheRoleOnARealStore()
    {
        DemoDevice d(Role::YoungPerson);
        QCOMPARE(d.app->role(), Role::YoungPerson);
        QVERIFY(d.app->isDemo());
        QVERIFY(!d.app->userName().isEmpty());
        QVERIFY(d.session->exists());
        QCOMPARE(d.app->navigation()->rowCount(), 7);
        QCOMPARE(d.app->navigation()->firstKey(), u"home"_s);
        // The store is encrypted: the database file does not start with the SQLite header.
        QFile db(QDir(d.dir.path()).filePath(u"pathway.db"_s));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.read(16).startsWith("SQLite format 3"));
        // A young person's device holds only their own record.
        QCOMPARE(d.session->data().youngPeople.size(), 1);
    }

    void wrongPassphraseShowsErrorAndDelay()
    {
        DemoDevice d(Role::PersonalAdviser);
        const QString me = d.app->userId();
        d.app->lock();
        QCOMPARE(d.app->stage(), AppController::Stage::Locked);
        QVERIFY(!d.session->isOpen());
        QVERIFY(d.app->userId().isEmpty());

        QSignalSpy errors(d.app.get(), &AppController::errorChanged);
        for (int i = 0; i < 4; ++i) {
            d.clock.advanceSecs(400);
            d.app->unlock(u"wrong guess"_s);
            QTRY_VERIFY_WITH_TIMEOUT(!d.app->isBusy() && !d.app->errorText().isEmpty(), 20000);
            QCOMPARE(d.app->stage(), AppController::Stage::Locked);
        }
        // After four failures the next attempt has to wait (KeyManager: 2, 4, 8, ... seconds).
        QVERIFY(d.app->retrySeconds() > 0);
        d.app->unlock(u"correct horse"_s);
        QVERIFY(!d.app->isBusy());
        QCOMPARE(d.app->stage(), AppController::Stage::Locked);

        d.clock.advanceSecs(600);
        QTRY_COMPARE_WITH_TIMEOUT(d.app->retrySeconds(), 0, 5000);
        d.app->unlock(u"correct horse"_s);
        QTRY_COMPARE_WITH_TIMEOUT(d.app->stage(), AppController::Stage::Ready, 20000);
        QCOMPARE(d.app->userId(), me);
        QVERIFY(d.app->errorText().isEmpty());
    }

    void locksWhenIdle()
    {
        DemoDevice d(Role::Manager);
        d.app->idleLock()->setIdleTimeoutMs(50);
        QTRY_COMPARE_WITH_TIMEOUT(d.app->stage(), AppController::Stage::Locked, 5000);
    }

    void autoLockFollowsTheSetting()
    {
        DemoDevice d;
        d.settings->setAutoLockMinutes(3);
        QCOMPARE(d.app->idleLock()->idleTimeoutMs(), 3 * 60 * 1000);
        d.settings->setAutoLockMinutes(500);
        QCOMPARE(d.settings->autoLockMinutes(), AppSettings::MaxAutoLockMinutes);
    }

    void phoneLocksInBackgroundDesktopDoesNot()
    {
        DemoDevice d(Role::YoungPerson);
        d.app->setCompactLayout(false);
        d.app->idleLock()->applicationStateChanged(Qt::ApplicationHidden);
        QCOMPARE(d.app->stage(), AppController::Stage::Ready);
        d.app->setCompactLayout(true);
        d.app->idleLock()->applicationStateChanged(Qt::ApplicationInactive);
        QCOMPARE(d.app->stage(), AppController::Stage::Ready);
        d.app->idleLock()->applicationStateChanged(Qt::ApplicationSuspended);
        QCOMPARE(d.app->stage(), AppController::Stage::Locked);
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"

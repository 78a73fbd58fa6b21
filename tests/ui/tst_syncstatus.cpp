// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "ui/syncstatus.h"
#include "uitestutil.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

/** "Sync now" on the sync indicator: offered with a server and a valid sign-in, and only then does something. */
class TestSyncStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncNowOnlyWhereItCanWork()
    {
        DemoDevice d(Role::PersonalAdviser);
        SyncStatus status(d.session.get());
        QSignalSpy requested(&status, &SyncStatus::syncRequested);
        // A demo device has no server: nothing to offer.
        QVERIFY(!status.offersSync());
        status.syncNow();
        QCOMPARE(requested.size(), 0);

        status.setServerConfigured(true);
        status.setState(SyncStatus::State::Idle);
        QVERIFY(status.offersSync());
        QVERIFY(status.canSync());
        status.syncNow();
        QCOMPARE(requested.size(), 1);

        status.setState(SyncStatus::State::Offline); // trying now is how a user checks the network
        QVERIFY(status.canSync());
        status.setState(SyncStatus::State::Syncing); // shown, but already at it
        QVERIFY(status.offersSync());
        QVERIFY(!status.canSync());
        status.syncNow();
        QCOMPARE(requested.size(), 1);

        status.setState(SyncStatus::State::SignedOut); // the banner offers signing in instead
        QVERIFY(!status.offersSync());
        status.syncNow();
        QCOMPARE(requested.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"

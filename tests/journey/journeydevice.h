// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "serverprocess.h"

#include "domain/clock.h"
#include "sync/syncengine.h"
#include "ui/appcontroller.h"
#include "ui/storesession.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace Pathway::Testing {

/**
 * One real app device in a journey test: its own encrypted store, settings and AppController
 * (the controllers QML binds to), signed in to the test server as one person.
 */
struct JourneyDevice
{
    QTemporaryDir dir;
    SystemClock clock;
    StoreSession session {dir.path(), clock, KdfParams::fastForTests()};
    AppSettings settings {QString()};
    AppController app {&session, &settings};

    /** Signs in as a member of staff and waits for the first sync. */
    bool signIn(const QUrl &server, const DemoLogin &login)
    {
        app.prepareSignIn(server.toString(), login.email, login.password, QString());
        if (!app.signInError().isEmpty())
            return false;
        app.finishSignIn(QStringLiteral("journey passphrase"), QStringLiteral("journey passphrase"));
        return waitReady();
    }

    /** Enrols as a young person with a code from their PA and waits for the first sync. */
    bool enrol(const QUrl &server, const QString &code)
    {
        app.prepareSignIn(server.toString(), QString(), QString(), code);
        if (!app.signInError().isEmpty())
            return false;
        app.finishSignIn(QStringLiteral("journey passphrase"), QStringLiteral("journey passphrase"));
        return waitReady();
    }

    /** Waits until the app reaches its main pages (false on a sign-in error or after 60 s). */
    bool waitReady()
    {
        QDeadlineTimer deadline(60000);
        while (app.stage() != AppController::Stage::Ready && !deadline.hasExpired()) {
            if (!app.signInError().isEmpty())
                return false;
            QTest::qWait(50);
        }
        return app.stage() == AppController::Stage::Ready;
    }

    Sync::SyncEngine *engine() { return app.syncController()->engine(); }

    /** One full push and pull; true when it succeeded. */
    bool syncNow()
    {
        // A run may already be under way (woken by the long-poll, or a push after a save) that
        // began before the latest change: wait until the engine is idle after a run that started
        // once everything was saved, so what this device holds has been sent and pulled.
        for (int round = 0; round < 3; ++round) {
            QSignalSpy done(engine(), &Sync::SyncEngine::finished);
            engine()->syncNow();
            QDeadlineTimer deadline(30000);
            while (!deadline.hasExpired() && (done.isEmpty() || engine()->isRunning()))
                done.wait(int(std::max<qint64>(1, deadline.remainingTime())));
            if (done.isEmpty() || !done.last().first().toBool())
                return false;
            if (session.pendingChanges() == 0)
                return true;
        }
        return true;
    }
};

/** The demo login of the staff member with @p staffId (empty email if none). */
inline DemoLogin loginOfStaff(const ServerProcess &server, const QString &staffId)
{
    for (const DemoLogin &l : server.logins()) {
        if (l.staffId == staffId)
            return l;
    }
    return {};
}

/**
 * Whether every activity recorded for @p youngPersonId on @p device starts before
 * @p activityBefore and every home before @p homeBefore: what a PA then records from those days
 * on is what is in force.
 */
inline bool circumstancesRecordedBefore(JourneyDevice &device,
                                        const QString &youngPersonId,
                                        const QDate &activityBefore,
                                        const QDate &homeBefore)
{
    const CaseRecords r = device.session.data().caseRecords(youngPersonId);
    return std::all_of(r.activities.cbegin(), r.activities.cend(),
                       [&](const ActivityPeriod &a) { return a.from < activityBefore; })
        && std::all_of(r.accommodations.cbegin(), r.accommodations.cend(),
                       [&](const AccommodationPeriod &a) { return a.from < homeBefore; });
}

/** The demo enrolment code of the young person @p youngPersonId (empty if none). */
inline QString enrolmentCodeOf(const ServerProcess &server, const QString &youngPersonId)
{
    for (const DemoEnrolment &e : server.enrolments()) {
        if (e.youngPersonId == youngPersonId)
            return e.code;
    }
    return {};
}

} // namespace Pathway::Testing

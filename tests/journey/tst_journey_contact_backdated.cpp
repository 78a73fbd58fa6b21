// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "journeydevice.h"
#include "serveralerts.h"

#include "ui/caseloadcontroller.h"
#include "ui/contactlogcontroller.h"
#include "ui/teamcontroller.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

namespace {

/** The contact figure (contact_overdue, contact_escalated, contact_lost) that lists @p who, or empty. */
QString contactFigureOf(TeamController &team, const QString &who)
{
    for (const QString &key : TeamController::figureKeys()) {
        if (!key.startsWith("contact_"_L1))
            continue;
        team.setSelectedFigure(key);
        if (team.attention()->indexOfKey(who) >= 0)
            return key;
    }
    return {};
}

/** Allocated young people the manager sees as overdue for contact (not merely due soon), with their PA. */
QList<std::pair<QString, QString>> overdueWithPa(JourneyDevice &manager, TeamController &team)
{
    QList<std::pair<QString, QString>> out;
    for (const QString &key : {u"contact_overdue"_s, u"contact_escalated"_s, u"contact_lost"_s}) {
        team.setSelectedFigure(key);
        for (int i = 0; i < team.attention()->rowCount(); ++i) {
            const QString id = team.attention()->valueAt(i, u"key"_s).toString();
            const QString pa = manager.session.data().currentPaId(id, manager.clock.today());
            if (!pa.isEmpty())
                out.append({id, pa});
        }
    }
    return out;
}

int contactsOf(JourneyDevice &device, const QString &who)
{
    return int(device.session.data().contactsOf(who).size());
}

} // namespace

/**
 * Journey 4: a PA logs yesterday's visit offline; on reconnect the manager's overview and the
 * no-contact alert update. A future time is refused; a double tap saves one contact.
 */
class TestJourneyContactBackdated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The server's alert sweep every second, so its no-contact alert follows within the test.
        qputenv("PATHWAY_ALERT_SWEEP_SECS", "1");
    }

    void yesterdaysVisitLoggedOfflineReachesTheManager()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));

        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));
        TeamController team;
        team.setApp(&manager.app);
        ServerAlerts managersAlerts;
        QVERIFY(managersAlerts.logIn(server.url(), server.login(u"manager"_s)));

        // A young person overdue for contact, for the back-dated visit, and another of their
        // PA's caseload for the double tap on "Log visit now".
        const auto overdue = overdueWithPa(manager, team);
        QVERIFY2(!overdue.isEmpty(), "the demo has an allocated young person overdue for contact");
        const auto [who, paId] = overdue.first();
        QString other;
        for (const YoungPerson &yp : manager.session.data().youngPeople) {
            if (yp.id != who && other.isEmpty()
                && manager.session.data().currentPaId(yp.id, manager.clock.today()) == paId)
                other = yp.id;
        }
        QVERIFY2(!other.isEmpty(), "the PA has another young person");
        const QString figure = contactFigureOf(team, who);
        QVERIFY(!figure.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(managersAlerts.has(u"no_contact"_s, who), 30000);
        const int contactsBefore = contactsOf(manager, who);
        const int otherContactsBefore = contactsOf(manager, other);

        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), loginOfStaff(server, paId)));
        ContactLogController log;
        log.setApp(&pa.app);
        log.setYoungPersonId(who);

        // Offline, as on a visit with no signal.
        pa.engine()->setNetworkReachable(false);

        // A time in the future is refused: nothing saved, nothing waiting to be sent.
        log.setAt(pa.clock.now().addSecs(3600));
        QVERIFY(!log.save());
        QVERIFY(log.isProblem());
        QVERIFY2(log.message().contains(u"future"_s), qPrintable(log.message()));
        QCOMPARE(pa.session.pendingChanges(), 0);
        QCOMPARE(contactsOf(pa, who), contactsBefore);

        // Yesterday's visit, saved with a double tap: one contact, one change in the outbox.
        const QDateTime yesterday = pa.clock.now().addDays(-1);
        log.setAt(yesterday.toLocalTime());
        QVERIFY(log.save());
        QVERIFY(log.save());
        QVERIFY(log.isSaved());
        QCOMPARE(pa.session.pendingChanges(), 1);
        QCOMPARE(contactsOf(pa, who), contactsBefore + 1);

        // A double tap on "Log visit now" on the caseload: one more contact.
        CaseloadController caseload;
        caseload.setApp(&pa.app);
        QVERIFY(caseload.logVisitNow(other));
        QVERIFY(caseload.logVisitNow(other));
        QCOMPARE(pa.session.pendingChanges(), 2);

        // While the PA is offline, the manager still sees the young person as overdue.
        QVERIFY(manager.syncNow());
        QCOMPARE(contactFigureOf(team, who), figure);
        QCOMPARE(contactsOf(manager, other), otherContactsBefore);

        // Back online: the changes go up; the manager's overview no longer lists them.
        pa.engine()->setNetworkReachable(true);
        QVERIFY(pa.syncNow());
        QTRY_COMPARE_WITH_TIMEOUT(pa.session.pendingChanges(), 0, 30000);
        QVERIFY(manager.syncNow());
        QTRY_VERIFY_WITH_TIMEOUT(contactFigureOf(team, who).isEmpty(), 10000);
        QVERIFY(contactFigureOf(team, other).isEmpty()); // a visit today: not due at all

        // Exactly one new contact each, and the manager reads yesterday as the last contact.
        QCOMPARE(contactsOf(manager, who), contactsBefore + 1);
        QCOMPARE(contactsOf(manager, other), otherContactsBefore + 1);
        const auto last = manager.session.data().lastSuccessfulContact(who);
        QVERIFY(last);
        QCOMPARE(last->at.toMSecsSinceEpoch(), yesterday.toMSecsSinceEpoch());

        // The server's sweep clears its no-contact alerts too.
        QTRY_VERIFY_WITH_TIMEOUT(!managersAlerts.has(u"no_contact"_s, who), 30000);
    }
};

QTEST_MAIN(TestJourneyContactBackdated)
#include "tst_journey_contact_backdated.moc"

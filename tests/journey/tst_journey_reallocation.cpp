// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Journey 9: a manager allocates a young person who had no PA, and moves another to a new PA. The
// new PA gets the whole history, the old PA's device drops it, and no_pa clears.
#include "journeydevice.h"

#include "ui/caseloadcontroller.h"
#include "ui/teamcontroller.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

namespace {
/** How many records of each kind a device holds about one young person. */
QList<qsizetype> historyOf(const CaseData &data, const QString &id)
{
    const auto count = [&id](const auto &list) {
        return std::count_if(list.begin(), list.end(), [&id](const auto &r) { return r.youngPersonId == id; });
    };
    return {count(data.contacts),  count(data.sections), count(data.actions),
            count(data.documents), count(data.health),   count(data.allocations)};
}

bool listed(TeamController &team, const QString &figure, const QString &youngPersonId)
{
    team.setSelectedFigure(figure);
    return team.attention()->indexOfKey(youngPersonId) >= 0;
}
} // namespace

class TestJourneyReallocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newPaGetsTheWholeHistoryAndNoPaClears()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));
        TeamController team;
        team.setApp(&manager.app);
        const QDate today = manager.clock.today();

        QList<DemoLogin> pas;
        for (const DemoLogin &l : server.logins()) {
            if (l.role == "pa"_L1)
                pas.append(l);
        }
        QVERIFY(pas.size() >= 2);

        // Someone with a PA, and someone with none.
        QString moved;
        QString unallocated;
        for (const YoungPerson &yp : manager.session.data().youngPeople) {
            const QString pa = manager.session.data().currentPaId(yp.id, today);
            if (moved.isEmpty() && pa == pas.at(0).staffId)
                moved = yp.id;
            if (unallocated.isEmpty() && pa.isEmpty())
                unallocated = yp.id;
        }
        QVERIFY(!moved.isEmpty());
        QVERIFY(!unallocated.isEmpty());
        QVERIFY(listed(team, u"no_pa"_s, unallocated));

        JourneyDevice oldPa;
        QVERIFY(oldPa.signIn(server.url(), pas.at(0)));
        JourneyDevice newPa;
        QVERIFY(newPa.signIn(server.url(), pas.at(1)));
        QVERIFY(oldPa.session.data().youngPerson(moved));
        QVERIFY(!newPa.session.data().youngPerson(moved));
        const QList<qsizetype> history = historyOf(oldPa.session.data(), moved);

        QVERIFY2(team.allocate(moved, pas.at(1).staffId, u"Moved to the north team"_s), qPrintable(team.message()));
        QVERIFY2(team.allocate(unallocated, pas.at(1).staffId, u"First PA"_s), qPrintable(team.message()));
        QVERIFY(manager.syncNow());
        QCOMPARE(manager.session.rejectedCount(), 0);
        QTRY_VERIFY(!listed(team, u"no_pa"_s, unallocated));

        // The new PA receives the whole history, plus the allocations just made.
        QVERIFY(newPa.syncNow());
        QVERIFY(newPa.session.data().youngPerson(moved));
        QVERIFY(newPa.session.data().youngPerson(unallocated));
        QList<qsizetype> expected = history;
        expected.last() += 1; // the new allocation
        QCOMPARE(historyOf(newPa.session.data(), moved), expected);
        CaseloadController caseload;
        caseload.setApp(&newPa.app);
        QVERIFY(caseload.model()->indexOfKey(moved) >= 0);
        QVERIFY(caseload.model()->indexOfKey(unallocated) >= 0);

        // The old PA's device drops them.
        QVERIFY(oldPa.syncNow());
        QVERIFY(!oldPa.session.data().youngPerson(moved));
        QCOMPARE(historyOf(oldPa.session.data(), moved), QList<qsizetype>(expected.size(), 0));
    }
};

QTEST_MAIN(TestJourneyReallocation)
#include "tst_journey_reallocation.moc"

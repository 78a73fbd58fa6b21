// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// A PA logs a contact with a young person not reached in the last 8 weeks; once the manager's
// device syncs, the Performance page's figure for that PA this month counts them, and they are
// listed behind it as counted.
#include "journeydevice.h"

#include "ui/contactlogcontroller.h"
#include "ui/performancecontroller.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

namespace {

QString countedTextOf(PerformanceController &performance, const QString &youngPersonId)
{
    RowListModel *people = performance.people();
    return people->valueAt(people->indexOfKey(youngPersonId), u"countedText"_s).toString();
}

QString currentValueText(PerformanceController &performance, const QString &figure)
{
    RowListModel *figures = performance.figures();
    return figures->valueAt(figures->indexOfKey(figure), u"valueText"_s).toString();
}

} // namespace

class TestJourneyPerformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aContactLoggedByAPaShowsInTheManagersPerformance()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));

        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));
        PerformanceController performance;
        performance.setApp(&manager.app);
        const int month = int(performance.days().size()) - 1;
        QCOMPARE(performance.days().value(month), manager.clock.today());

        // A young person this month's contact figure does not count, whose PA can sign in.
        QString who;
        QString paId;
        DemoLogin paLogin;
        const FigureValue team = performance.value(PerformanceFigure::RecentContact, month);
        for (const QString &id : team.outOf) {
            const QString pa = manager.session.data().currentPaId(id, manager.clock.today());
            const DemoLogin login = loginOfStaff(server, pa);
            if (!team.counted.contains(id) && !login.email.isEmpty() && who.isEmpty()) {
                who = id;
                paId = pa;
                paLogin = login;
            }
        }
        QVERIFY2(!who.isEmpty(), "the demo has a care leaver not contacted for 8 weeks, with a PA who signs in");

        performance.setScope(paId);
        const FigureValue before = performance.value(PerformanceFigure::RecentContact, month);
        const FigureValue lastMonthBefore = performance.value(PerformanceFigure::RecentContact, month - 1);
        QVERIFY(before.outOf.contains(who));
        QVERIFY(!before.counted.contains(who));
        const QString textBefore = currentValueText(performance, u"recent_contact"_s);
        performance.select(u"recent_contact"_s, month);
        QCOMPARE(countedTextOf(performance, who), u"Not counted"_s);

        // The PA logs a visit now, through the page's controller, and it goes up.
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), paLogin));
        ContactLogController log;
        log.setApp(&pa.app);
        log.setYoungPersonId(who);
        log.setAt(pa.clock.now().addSecs(-600).toLocalTime());
        QVERIFY(log.save());
        QVERIFY(pa.syncNow());

        // The manager's device syncs: the PA's figure this month counts them, and lists them.
        QVERIFY(manager.syncNow());
        QTRY_VERIFY_WITH_TIMEOUT(performance.value(PerformanceFigure::RecentContact, month).counted.contains(who),
                                 30000);
        const FigureValue after = performance.value(PerformanceFigure::RecentContact, month);
        QCOMPARE(after.counted.size(), before.counted.size() + 1);
        QCOMPARE(after.outOf, before.outOf);
        QVERIFY(currentValueText(performance, u"recent_contact"_s) != textBefore);
        QCOMPARE(countedTextOf(performance, who), u"Counted"_s);
        // Earlier months are as they were: the visit is dated today.
        QCOMPARE(performance.value(PerformanceFigure::RecentContact, month - 1), lastMonthBefore);
    }
};

QTEST_MAIN(TestJourneyPerformance)

#include "tst_journey_performance.moc"

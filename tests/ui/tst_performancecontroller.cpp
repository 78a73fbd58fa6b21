// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "domain/record.h"
#include "ui/performancecontroller.h"
#include "ui/teamcontroller.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

/** A manager's Performance page: figures by month for the team or one PA, and who is behind each. */
class TestPerformanceController : public QObject
{
    Q_OBJECT

    static QVariantList monthsOf(PerformanceController &p, const QString &figure)
    {
        return p.figures()->valueAt(p.figures()->indexOfKey(figure), u"months"_s).toList();
    }

private Q_SLOTS:
    void everyFigureHasTwelveMonthsOfTheDemo()
    {
        DemoDevice d(Role::Manager);
        PerformanceController p;
        QAbstractItemModelTester tester(p.figures(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        p.setApp(d.app.get());
        QCOMPARE(p.figures()->rowCount(), allPerformanceFigures().size());
        QCOMPARE(p.days().size(), 12);
        QCOMPARE(p.days().last(), d.clock.today());
        for (PerformanceFigure f : allPerformanceFigures())
            QCOMPARE(monthsOf(p, toCode(f)).size(), 12);
        QCOMPARE(
            monthsOf(p, u"caseload"_s).last().toMap().value(u"text"_s).toString(),
            u"March 2026 (so far): %1 young people"_s.arg(p.value(PerformanceFigure::Caseload, 11).counted.size()));

        // The demo's contact history moves from month to month: a real trend, not a flat line.
        const QVariantList points
            = p.figures()->valueAt(p.figures()->indexOfKey(u"recent_contact"_s), u"points"_s).toList();
        QCOMPARE(points.size(), 12);
        QSet<double> distinct;
        for (const QVariant &point : points)
            distinct.insert(point.toMap().value(u"y"_s).toDouble());
        QVERIFY2(distinct.size() > 1, "the share contacted in 8 weeks changes over the year");

        // Today's team figures agree with the team overview's (the same records, the same rules).
        TeamController team;
        team.setApp(d.app.get());
        const int noPa = team.figures()->valueAt(team.figures()->indexOfKey(u"no_pa"_s), u"value"_s).toInt();
        QCOMPARE(p.value(PerformanceFigure::Unallocated, 11).counted.size(), noPa);
    }

    void aPasScopeShowsTheirCaseload()
    {
        DemoDevice d(Role::Manager);
        PerformanceController p;
        p.setApp(d.app.get());
        TeamController team;
        team.setApp(d.app.get());
        QCOMPARE(p.scopes()->valueAt(0, u"key"_s).toString(), QString::fromLatin1(PerformanceController::TeamScope));
        QCOMPARE(p.scopes()->rowCount(), team.staff()->rowCount() + 1);

        const QString pa = team.staff()->valueAt(0, u"key"_s).toString();
        QSignalSpy scopeChanged(&p, &PerformanceController::scopeChanged);
        p.setScope(pa);
        QCOMPARE(scopeChanged.count(), 1);
        QCOMPARE(p.figures()->indexOfKey(u"unallocated"_s), -1); // nobody of a PA's is unallocated
        QCOMPARE(p.figures()->rowCount(), allPerformanceFigures().size() - 1);
        QCOMPARE(p.value(PerformanceFigure::Caseload, 11).counted.size(),
                 team.staff()->valueAt(0, u"caseloadSize"_s).toInt());
        for (const QString &id : p.value(PerformanceFigure::RecentContact, 11).outOf)
            QCOMPARE(d.session->data().currentPaId(id, d.clock.today()), pa);
    }

    void theDemosNeetFigureCountsWhoIsNeetThisMonth()
    {
        // The demo records everyone's activity: eight are NEET in its last month (tst_demodata).
        DemoDevice d(Role::Manager);
        PerformanceController p;
        p.setApp(d.app.get());
        const FigureValue v = p.value(PerformanceFigure::Neet, 11);
        QCOMPARE(v.outOf.size(), 40);
        QCOMPARE(v.counted.size(), 8);
    }

    void aMonthListsWhoIsBehindItAndFollowsNewContacts()
    {
        DemoDevice d(Role::Manager);
        PerformanceController p;
        p.setApp(d.app.get());
        QAbstractItemModelTester tester(p.people(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(p.people()->rowCount(), 0);
        p.select(u"recent_contact"_s, 11);
        const FigureValue v = p.value(PerformanceFigure::RecentContact, 11);
        QCOMPARE(p.people()->rowCount(), v.outOf.size());
        QVERIFY(v.counted.size() < v.outOf.size());
        QVERIFY(p.selectionText().startsWith(u"Contact in the last 8 weeks, March 2026: "_s));
        // Those not contacted come first: they are the ones to act on.
        const QString first = p.people()->valueAt(0, u"key"_s).toString();
        QVERIFY(!v.counted.contains(first));
        QCOMPARE(p.people()->valueAt(0, u"countedText"_s).toString(), u"Not counted"_s);
        QCOMPARE(p.people()->valueAt(0, u"problem"_s).toBool(), true);

        // A visit logged today counts them this month; the row changes in place.
        QSignalSpy figureChanged(p.figures(), &QAbstractItemModel::dataChanged);
        ContactLog c;
        c.id = newId();
        c.youngPersonId = first;
        c.staffId = d.app->userId();
        c.at = d.clock.now().addSecs(-60);
        c.kind = ContactKind::Visit;
        QCOMPARE(d.session->save(c), StoreSession::Error::None);
        QVERIFY(p.value(PerformanceFigure::RecentContact, 11).counted.contains(first));
        QVERIFY(figureChanged.count() >= 1);
        const int row = p.people()->indexOfKey(first);
        QCOMPARE(p.people()->valueAt(row, u"countedText"_s).toString(), u"Counted"_s);
        QCOMPARE(p.people()->valueAt(row, u"problem"_s).toBool(), false);

        p.clearSelection();
        QCOMPARE(p.people()->rowCount(), 0);
        p.select(u"nonsense"_s, 3);
        QCOMPARE(p.selectedFigure(), QString());
    }
};

QTEST_MAIN(TestPerformanceController)

#include "tst_performancecontroller.moc"

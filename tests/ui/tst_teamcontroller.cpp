// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "ui/teamcontroller.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

/** A manager's live figures, allocation (ends the old period, starts a new one) and sign-off. */
class TestTeamController : public QObject
{
    Q_OBJECT

    static int figure(TeamController &t, const QString &key)
    {
        return t.figures()->valueAt(t.figures()->indexOfKey(key), u"value"_s).toInt();
    }

private Q_SLOTS:
    void contactFiguresCountEveryTier()
    {
        // The demo authority has young people last reached 400 and 800 days ago: the manager
        // must see them under "Contact lost", counted from the contact log itself.
        DemoDevice d(Role::Manager);
        TeamController t;
        t.setApp(d.app.get());
        int lost = 0;
        int overdue8to12Weeks = 0;
        const QDate today = d.clock.today();
        for (const YoungPerson &yp : d.session->data().youngPeople) {
            std::optional<QDate> last;
            for (const ContactLog &c : d.session->data().caseRecords(yp.id).contacts) {
                if (c.countsAsContact() && (!last || c.at.toUTC().date() > *last))
                    last = c.at.toUTC().date();
            }
            if (!last)
                continue;
            const qint64 days = last->daysTo(today);
            lost += days >= 180 ? 1 : 0;
            overdue8to12Weeks += days >= 56 && days < 84 ? 1 : 0;
        }
        QVERIFY(lost >= 2);
        QCOMPARE(figure(t, u"contact_lost"_s), lost);
        QCOMPARE(figure(t, u"contact_overdue"_s), overdue8to12Weeks);
    }

    void allocatingAPaUpdatesFiguresAndCaseloads()
    {
        DemoDevice d(Role::Manager);
        TeamController t;
        t.setApp(d.app.get());
        QAbstractItemModelTester tester(t.figures(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(t.figures()->rowCount(), TeamController::figureKeys().size());
        const int unallocated = figure(t, u"no_pa"_s);
        QCOMPARE(unallocated, 3); // makeDemoAuthority: three young people without a PA

        t.setSelectedFigure(u"no_pa"_s);
        QCOMPARE(t.attention()->rowCount(), unallocated);
        const QString who = t.attention()->valueAt(0, u"key"_s).toString();
        const QString pa = t.staff()->valueAt(0, u"key"_s).toString();
        const int sizeBefore = t.staff()->valueAt(0, u"caseloadSize"_s).toInt();

        QSignalSpy figuresChanged(t.figures(), &QAbstractItemModel::dataChanged);
        QSignalSpy attentionRemoved(t.attention(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(t.allocate(who, pa, u"New referral"_s));
        QCOMPARE(figure(t, u"no_pa"_s), unallocated - 1);
        QVERIFY(figuresChanged.count() >= 1);
        QCOMPARE(attentionRemoved.count(), 1);
        QCOMPARE(t.staff()->valueAt(t.staff()->indexOfKey(pa), u"caseloadSize"_s).toInt(), sizeBefore + 1);
        QCOMPARE(d.session->data().currentPaId(who, d.clock.today()), pa);

        // Reallocating ends the current period and starts a new one.
        const auto endedCount = [&] {
            int ended = 0;
            for (const Allocation &a : d.session->data().allocationsOf(who))
                ended += a.until ? 1 : 0;
            return ended;
        };
        const qsizetype periods = d.session->data().allocationsOf(who).size();
        const int endedBefore = endedCount();
        // A week later the manager moves them to another PA.
        d.clock.advanceDays(7);
        const QString otherPa = t.staff()->valueAt(1, u"key"_s).toString();
        QVERIFY(t.allocate(who, otherPa, u"Caseload balance"_s));
        QCOMPARE(d.session->data().currentPaId(who, d.clock.today()), otherPa);
        QCOMPARE(d.session->data().allocationsOf(who).size(), periods + 1);
        QCOMPARE(endedCount(), endedBefore + 1);
        // The first PA's last day is yesterday: one PA on each day, none sharing today.
        QCOMPARE(d.session->data().currentPaId(who, d.clock.today().addDays(-1)), pa);
        for (const Allocation &a : d.session->data().allocationsOf(who)) {
            if (a.staffId == pa)
                QCOMPARE(a.until, std::optional(d.clock.today().addDays(-1)));
        }
        QVERIFY(!t.allocate(who, otherPa, QString())); // already their PA
    }

    void reallocatingOnTheDayAPeriodBeganIsRefused()
    {
        DemoDevice d(Role::Manager);
        TeamController t;
        t.setApp(d.app.get());
        t.setSelectedFigure(u"no_pa"_s);
        const QString who = t.attention()->valueAt(0, u"key"_s).toString();
        const QString pa = t.staff()->valueAt(0, u"key"_s).toString();
        const QString otherPa = t.staff()->valueAt(1, u"key"_s).toString();
        QVERIFY(t.allocate(who, pa, u"New referral"_s));
        const auto periods = [&] {
            QStringList out;
            for (const Allocation &a : d.session->data().allocationsOf(who))
                out.append(a.staffId + u' ' + a.from.toString(Qt::ISODate) + u' '
                           + (a.until ? a.until->toString(Qt::ISODate) : u"-"_s));
            return out;
        };
        const QStringList before = periods();

        // Later the same day the manager picks another PA: the first period cannot end the day
        // before it began, and ending it today would give them two PAs today.
        QVERIFY(!t.allocate(who, otherPa, u"Changed my mind"_s));
        QVERIFY(t.message().contains(u"tomorrow"_s));
        QCOMPARE(periods(), before);
        QCOMPARE(d.session->data().currentPaId(who, d.clock.today()), pa);

        // The next day it works: the first PA keeps the one day they had.
        d.clock.advanceDays(1);
        QVERIFY(t.allocate(who, otherPa, u"Caseload balance"_s));
        QCOMPARE(d.session->data().currentPaId(who, d.clock.today()), otherPa);
        QCOMPARE(d.session->data().currentPaId(who, d.clock.today().addDays(-1)), pa);
        for (const Allocation &a : d.session->data().allocationsOf(who)) {
            if (a.staffId == pa)
                QCOMPARE(a.until, std::optional(a.from));
        }
    }

    void signingOffAReview()
    {
        DemoDevice d(Role::Manager);
        TeamController t;
        t.setApp(d.app.get());
        if (t.reviews()->rowCount() == 0)
            QSKIP("no review waiting for sign-off in the demo authority");
        const int before = t.reviews()->rowCount();
        const QString review = t.reviews()->valueAt(0, u"key"_s).toString();
        QVERIFY(t.signOff(review));
        QCOMPARE(t.reviews()->rowCount(), before - 1);
        for (const PlanReview &r : d.session->data().reviews) {
            if (r.id == review)
                QCOMPARE(r.signedOffBy, d.app->userId());
        }
    }

    void onlyManagersAllocate()
    {
        DemoDevice d(Role::PersonalAdviser);
        TeamController t;
        t.setApp(d.app.get());
        const QString who = d.session->data().youngPeople.first().id;
        QVERIFY(!t.allocate(who, d.app->userId(), QString()));
    }
};

QTEST_MAIN(TestTeamController)
#include "tst_teamcontroller.moc"

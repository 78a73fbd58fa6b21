// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Journey 12: conflicting offline edits of the same words by a PA and a young person. Only the PA
// is asked; the manager and the young person never are; the counts agree after a restart; the
// young person sees the outcome.
#include "journeydevice.h"

#include "ui/conflictsmodel.h"
#include "ui/planmodel.h"
#include "ui/syncstatus.h"
#include "ui/youngpersoncontroller.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

class TestJourneyConflict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void onlyThePaSettlesAConflictWithAYoungPerson()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        QVERIFY(!server.enrolments().isEmpty());
        const DemoEnrolment enrolment = server.enrolments().first();

        JourneyDevice yp;
        QVERIFY(yp.enrol(server.url(), enrolment.code));
        const QString paId = yp.session.data().currentPaId(enrolment.youngPersonId, yp.clock.today());
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), loginOfStaff(server, paId)));
        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));

        YoungPersonController mine;
        mine.setApp(&yp.app);
        YoungPersonController record;
        record.setApp(&pa.app);
        record.setYoungPersonId(enrolment.youngPersonId);

        // An area both of them can see with a goal already written.
        QString area;
        QString goal;
        for (int i = 0; i < record.plan()->rowCount() && area.isEmpty(); ++i) {
            if (!record.plan()->valueAt(i, u"goal"_s).toString().isEmpty()) {
                area = record.plan()->valueAt(i, u"key"_s).toString();
                goal = record.plan()->valueAt(i, u"goal"_s).toString();
            }
        }
        QVERIFY2(!area.isEmpty(), "the demo young person has a plan area with a goal");

        // Both edit the same words with no signal.
        yp.engine()->setNetworkReachable(false);
        pa.engine()->setNetworkReachable(false);
        const QString ypWords = u"I want a flat near my college."_s;
        const QString paWords = u"They said they want to stay near college."_s;
        QVERIFY(mine.saveOwnWords(area, ypWords));
        QVERIFY(record.savePlanSection(area, goal, paWords, true));

        yp.engine()->setNetworkReachable(true);
        QVERIFY(yp.syncNow());
        pa.engine()->setNetworkReachable(true);
        QVERIFY(pa.syncNow());
        QVERIFY(yp.syncNow());
        QVERIFY(manager.syncNow());

        // Only the PA is asked; the header's count and the page agree.
        QCOMPARE(pa.session.conflicts().size(), 1);
        QCOMPARE(pa.app.sync()->conflicts(), 1);
        QCOMPARE(pa.app.conflicts()->rowCount(), 1);
        QVERIFY(!pa.app.conflicts()->valueAt(0, u"heading"_s).toString().contains(u"ownWords"_s));
        QCOMPARE(yp.session.conflicts().size(), 0);
        QCOMPARE(yp.app.sync()->conflicts(), 0);
        QCOMPARE(manager.session.conflicts().size(), 0);
        QCOMPARE(manager.app.sync()->conflicts(), 0);

        // After a restart (lock and unlock), the count and the page still agree.
        pa.app.lock();
        QTRY_VERIFY(!pa.session.isOpen());
        pa.app.unlock(u"journey passphrase"_s);
        QVERIFY(pa.waitReady());
        QCOMPARE(pa.app.sync()->conflicts(), 1);
        QCOMPARE(pa.app.conflicts()->rowCount(), 1);

        // The PA keeps the young person's words; the young person sees the outcome.
        const bool ypIsMine = pa.app.conflicts()->valueAt(0, u"mine"_s).toString() == ypWords;
        const QString key = pa.app.conflicts()->valueAt(0, u"key"_s).toString();
        QVERIFY(ypIsMine ? pa.app.conflicts()->keepMine(key) : pa.app.conflicts()->keepTheirs(key));
        QCOMPARE(record.plan()->valueAt(record.plan()->indexOfKey(area), u"ownWords"_s).toString(), ypWords);
        QVERIFY(pa.syncNow());
        QCOMPARE(pa.session.pendingChanges(), 0);
        QCOMPARE(record.plan()->valueAt(record.plan()->indexOfKey(area), u"ownWords"_s).toString(), ypWords);
        QCOMPARE(pa.app.sync()->conflicts(), 0);
        QCOMPARE(pa.app.conflicts()->rowCount(), 0);
        QVERIFY(yp.syncNow());
        QCOMPARE(mine.plan()->valueAt(mine.plan()->indexOfKey(area), u"ownWords"_s).toString(), ypWords);
        QCOMPARE(yp.session.conflicts().size(), 0);
    }
};

QTEST_MAIN(TestJourneyConflict)
#include "tst_journey_conflict.moc"

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Journey 13: a change the server refuses is shown as not accepted, with its reason, on the device
// that made it, never as saved; undoing it brings the server's version back.
#include "journeydevice.h"

#include "ui/planmodel.h"
#include "ui/rejectedchangescontroller.h"
#include "ui/syncstatus.h"
#include "ui/teamcontroller.h"
#include "ui/youngpersoncontroller.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

class TestJourneyRefusedChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editAfterReallocationIsShownAsNotAccepted()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));

        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));
        const QDate today = manager.clock.today();

        // A young person allocated to a PA with a demo login (allocated before today), and another PA.
        const QList<DemoLogin> pas = [&] {
            QList<DemoLogin> out;
            for (const DemoLogin &l : server.logins()) {
                if (l.role == "pa"_L1)
                    out.append(l);
            }
            return out;
        }();
        QVERIFY(pas.size() >= 2);
        QString who;
        for (const YoungPerson &yp : manager.session.data().youngPeople) {
            if (manager.session.data().currentPaId(yp.id, today) == pas.at(0).staffId) {
                who = yp.id;
                break;
            }
        }
        QVERIFY2(!who.isEmpty(), "the first demo PA has a young person");

        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), pas.at(0)));
        YoungPersonController record;
        record.setApp(&pa.app);
        record.setYoungPersonId(who);
        QVERIFY(record.canUpdatePlanArea());

        // The PA goes out of signal; meanwhile the manager moves the young person to another PA.
        pa.engine()->setNetworkReachable(false);
        TeamController team;
        team.setApp(&manager.app);
        QVERIFY2(team.allocate(who, pas.at(1).staffId, u"Moved area"_s), qPrintable(team.message()));
        QVERIFY(manager.syncNow());

        // Offline, the old PA updates the plan: saved on the device, waiting, not "All saved".
        const QString area = record.plan()->valueAt(0, u"key"_s).toString();
        const QString goal = u"Goal written after the move"_s;
        QVERIFY(record.savePlanSection(area, goal, QString(), true));
        QCOMPARE(pa.app.sync()->pendingChanges(), 1);
        QVERIFY(pa.app.sync()->pendingText() != u"All saved"_s);

        // Back online: the server refuses it. The device says so, with the reason, and never "All saved".
        pa.engine()->setNetworkReachable(true);
        QVERIFY(pa.syncNow());
        QCOMPARE(pa.session.rejectedCount(), 1);
        QCOMPARE(pa.session.pendingChanges(), 0);
        QCOMPARE(pa.app.sync()->rejected(), 1);
        QCOMPARE(pa.app.sync()->pendingText(), pa.app.sync()->rejectedText());
        QVERIFY(pa.app.sync()->rejectedText().startsWith(u"1 change"_s));
        QVERIFY(pa.app.sync()->rejectedText().endsWith(u"not accepted"_s));
        RejectedChangesController refused;
        refused.setApp(&pa.app);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.model()->valueAt(0, u"what"_s).toString(), u"Words in the plan"_s);
        QCOMPARE(refused.model()->valueAt(0, u"reason"_s).toString(),
                 RejectedChangesController::reasonText(u"forbidden"_s, true));
        QVERIFY(!refused.model()->valueAt(0, u"advice"_s).toString().isEmpty());

        // The other side never got it.
        QVERIFY(manager.syncNow());
        for (const PlanSection &s : manager.session.data().sections)
            QVERIFY(s.goal != goal);

        // Undo settles it: nothing refused, nothing waiting, and only now "All saved".
        QVERIFY(refused.undo(refused.model()->valueAt(0, u"key"_s).toString()));
        QVERIFY(pa.syncNow());
        QCOMPARE(refused.count(), 0);
        QCOMPARE(pa.session.rejectedCount(), 0);
        QCOMPARE(pa.app.sync()->pendingText(), u"All saved"_s);
    }
};

QTEST_MAIN(TestJourneyRefusedChange)
#include "tst_journey_refused_change.moc"

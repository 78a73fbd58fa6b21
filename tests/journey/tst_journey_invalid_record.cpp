// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Journey: a record the server refuses as invalid is shown as not accepted, with its reason and what
// to do, on the device that made it; the other person's device never sees it.
#include "journeydevice.h"

#include "domain/jsonutil.h"
#include "domain/record.h"
#include "store/recordstore.h"
#include "ui/rejectedchangescontroller.h"
#include "ui/teamcontroller.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

class TestJourneyInvalidRecord : public QObject
{
    Q_OBJECT

    static bool hasYoungPerson(const JourneyDevice &device, const QString &id)
    {
        for (const YoungPerson &yp : device.session.data().youngPeople) {
            if (yp.id == id)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    /** A PA's device (an older or faulty app) sends a contact whose "confidential" is text, not yes/no. */
    void invalidContactIsRefusedAndNeverReachesTheYoungPerson()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));

        // A young person with a phone set up, their PA and the manager.
        QVERIFY(!server.enrolments().isEmpty());
        const DemoEnrolment enrolment = server.enrolments().first();
        const QString who = enrolment.youngPersonId;
        JourneyDevice youngPerson;
        QVERIFY(youngPerson.enrol(server.url(), enrolment.code));
        const DemoLogin paLogin
            = loginOfStaff(server, youngPerson.session.data().currentPaId(who, youngPerson.clock.today()));
        QVERIFY2(!paLogin.email.isEmpty(), "the young person's PA has a demo login");
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), paLogin));
        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));

        // The app's own validation would stop this record, so it goes into the outbox directly.
        const QString id = newId();
        const QString notes = u"Staff only: worries about the new flat"_s;
        const QJsonObject body {{u"id"_s, id},
                                {u"youngPersonId"_s, who},
                                {u"staffId"_s, paLogin.staffId},
                                {u"at"_s, Json::instantToString(pa.clock.now().addSecs(-3600))},
                                {u"kind"_s, u"visit"_s},
                                {u"successful"_s, true},
                                {u"seenAlone"_s, true},
                                {u"confidential"_s, u"true"_s},
                                {u"notes"_s, notes}};
        QVERIFY(pa.session.recordStore()->saveLocal(u"contact_log"_s, id, who, body).ok());
        pa.session.reload();
        QVERIFY(pa.syncNow());

        // The PA's device shows it refused, in plain words naming the detail, with what to do; never "All saved".
        QTRY_COMPARE_WITH_TIMEOUT(pa.session.rejectedCount(), 1, 10000);
        QCOMPARE(pa.session.rejectedChanges().first().lastError, u"invalid_field:invalid_type:confidential"_s);
        QVERIFY(pa.app.sync()->pendingText() != u"All saved"_s);
        RejectedChangesController refused;
        refused.setApp(&pa.app);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.model()->valueAt(0, u"what"_s).toString(), u"A contact"_s);
        const QString reason = refused.model()->valueAt(0, u"reason"_s).toString();
        QVERIFY2(reason.contains(u"confidential"_s), qPrintable(reason));
        QVERIFY(reason != RejectedChangesController::reasonText(u"invalid"_s, true));
        QVERIFY(refused.model()->valueAt(0, u"advice"_s).toString().contains(u"Undo it here"_s));

        // The young person's device never gets the staff-only note.
        QVERIFY(youngPerson.syncNow());
        for (const ContactLog &c : youngPerson.session.data().contacts) {
            QVERIFY(c.id != id);
            QVERIFY(c.notes != notes);
        }
        // Nor does the manager's.
        QVERIFY(manager.syncNow());
        for (const ContactLog &c : manager.session.data().contacts)
            QVERIFY(c.id != id);

        // Undo settles it on the PA's device.
        QVERIFY(refused.undo(refused.model()->valueAt(0, u"key"_s).toString()));
        QVERIFY(pa.syncNow());
        QCOMPARE(refused.count(), 0);
        QCOMPARE(pa.app.sync()->pendingText(), u"All saved"_s);
    }

    /**
     * Only the server can know: a manager's second device, offline, gives a young person a PA
     * although the first device already did. The server refuses the overlapping period; the PA
     * it named never sees the young person.
     */
    void overlappingAllocationIsRefused()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        JourneyDevice desk;
        QVERIFY(desk.signIn(server.url(), server.login(u"manager"_s)));
        JourneyDevice laptop;
        QVERIFY(laptop.signIn(server.url(), server.login(u"manager"_s)));
        const QDate today = desk.clock.today();

        QString who;
        for (const YoungPerson &yp : desk.session.data().youngPeople) {
            if (desk.session.data().currentPaId(yp.id, today).isEmpty()) {
                who = yp.id;
                break;
            }
        }
        QVERIFY2(!who.isEmpty(), "the demo has young people with no PA");
        const DemoLogin first = server.login(u"pa"_s);
        const DemoLogin second = server.login(u"pa"_s, 1);
        QVERIFY(first.staffId != second.staffId);
        JourneyDevice secondPa;
        QVERIFY(secondPa.signIn(server.url(), second));
        QVERIFY(!hasYoungPerson(secondPa, who));

        laptop.engine()->setNetworkReachable(false);
        TeamController atDesk;
        atDesk.setApp(&desk.app);
        QVERIFY2(atDesk.allocate(who, first.staffId, u"First available"_s), qPrintable(atDesk.message()));
        QVERIFY(desk.syncNow());

        TeamController onLaptop;
        onLaptop.setApp(&laptop.app);
        QVERIFY2(onLaptop.allocate(who, second.staffId, u"Closest office"_s), qPrintable(onLaptop.message()));
        laptop.engine()->setNetworkReachable(true);
        QVERIFY(laptop.syncNow());

        QTRY_COMPARE_WITH_TIMEOUT(laptop.session.rejectedCount(), 1, 10000);
        RejectedChangesController refused;
        refused.setApp(&laptop.app);
        QCOMPARE(refused.model()->valueAt(0, u"what"_s).toString(), u"A PA allocation"_s);
        QCOMPARE(refused.model()->valueAt(0, u"reason"_s).toString(),
                 RejectedChangesController::reasonText(u"invalid_field:overlap:from"_s, true));
        QVERIFY(!refused.model()->valueAt(0, u"advice"_s).toString().isEmpty());

        // The PA the refused allocation named never sees the young person; the other one does.
        QVERIFY(secondPa.syncNow());
        QVERIFY(!hasYoungPerson(secondPa, who));
        JourneyDevice firstPa;
        QVERIFY(firstPa.signIn(server.url(), first));
        QVERIFY(hasYoungPerson(firstPa, who));

        // Undo on the laptop; it then shows the desk's allocation.
        QVERIFY(refused.undo(refused.model()->valueAt(0, u"key"_s).toString()));
        QVERIFY(laptop.syncNow());
        QCOMPARE(laptop.session.data().currentPaId(who, today), first.staffId);
    }
};

QTEST_MAIN(TestJourneyInvalidRecord)
#include "tst_journey_invalid_record.moc"

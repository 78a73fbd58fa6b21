// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Journey 3: a young person sends an urgent request. It is first on their PA's caseload, marked
// as a request, without the PA syncing by hand (the server's long-poll wakes the PA's device).
// The PA answers it with a contact; the young person's device shows the answer, and the
// request's alert clears on the PA's device and on the server.
#include "journeydevice.h"

#include "sync/apiclient.h"
#include "ui/caseloadcontroller.h"
#include "ui/contactrequestcontroller.h"
#include "ui/youngpersoncontroller.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

namespace {

/** The product's target for a change to reach another online device (not a speed test). */
constexpr int TenSeconds = 10000;

bool hasDeviceAlert(CaseloadModel *caseload, const QString &youngPersonId, const QString &rule)
{
    for (const Alert &a : caseload->alerts().value(youngPersonId)) {
        if (a.ruleCode == rule)
            return true;
    }
    return false;
}

/** The unresolved alerts the server shows this device's user (GET /v1/alerts). */
std::optional<QJsonArray> serverAlerts(JourneyDevice &device)
{
    std::optional<QJsonArray> out;
    bool done = false;
    device.engine()->api()->get(u"/v1/alerts"_s, QUrlQuery(), [&](const Sync::ApiReply &reply) {
        if (reply.ok())
            out = reply.body.value(u"alerts"_s).toArray();
        done = true;
    });
    QDeadlineTimer deadline(30000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(20);
    return out;
}

bool serverHasAlert(JourneyDevice &device, const QString &key)
{
    const auto alerts = serverAlerts(device);
    if (!alerts)
        return false;
    for (const auto &a : *alerts) {
        if (a.toObject().value(u"key"_s).toString() == key)
            return true;
    }
    return false;
}

} // namespace

class TestJourneyUrgentRequest : public QObject
{
    Q_OBJECT

    ServerProcess server;

private Q_SLOTS:
    void initTestCase()
    {
        // The server's alert sweep runs every second here (every 5 minutes by default).
        qputenv("PATHWAY_ALERT_SWEEP_SECS", "1");
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        QVERIFY(!server.enrolments().isEmpty());
    }

    void urgentRequestReachesThePaAndIsAnswered()
    {
        // The young person enrols with the code their PA gave them.
        const DemoEnrolment enrolment = server.enrolments().first();
        const QString ypId = enrolment.youngPersonId;
        JourneyDevice youngPerson;
        QVERIFY(youngPerson.enrol(server.url(), enrolment.code));
        const QString paId = youngPerson.app.session()->data().currentPaId(ypId, youngPerson.clock.today());
        QVERIFY(!paId.isEmpty());
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), loginOfStaff(server, paId)));

        CaseloadController caseload;
        caseload.setApp(&pa.app);
        CaseloadModel *list = caseload.model();
        QVERIFY(list->indexOfKey(ypId) >= 0);

        // Setting the scene: the PA has answered every request still open in their caseload.
        for (int i = 0; i < list->rowCount(); ++i) {
            if (list->valueAt(i, u"requestText"_s).toString().isEmpty())
                continue;
            ContactRequestController open;
            open.setApp(&pa.app);
            open.setYoungPersonId(list->valueAt(i, u"key"_s).toString());
            open.setOpenOnly(true);
            while (open.requests()->rowCount() > 0)
                QVERIFY(open.respondWithContact(open.requests()->valueAt(0, u"key"_s).toString(), u"visit"_s, {}));
        }
        QVERIFY(pa.syncNow());
        caseload.refresh();
        QVERIFY(list->valueAt(0, u"requestText"_s).toString().isEmpty());

        // The young person asks to talk today, from the Talk page's controller.
        YoungPersonController talk;
        talk.setApp(&youngPerson.app);
        QVERIFY(talk.requestContact(true, u"My landlord changed the locks. Please call me."_s));
        ContactRequestController mine;
        mine.setApp(&youngPerson.app);
        QCOMPARE(mine.requests()->rowCount() > 0, true);
        const QString requestId = mine.requests()->valueAt(0, u"key"_s).toString();
        QVERIFY(mine.hasOpenUrgent());
        QCOMPARE(mine.helplines().size(), 4); // who to call now, offline: out of hours, 999, Childline, Samaritans

        // Nobody syncs by hand: the young person's device pushes within a second, and the
        // server's long-poll wakes the PA's device, which pulls.
        QTRY_VERIFY_WITH_TIMEOUT(list->valueAt(0, u"key"_s).toString() == ypId, TenSeconds);
        QCOMPARE(list->valueAt(0, u"requestText"_s).toString(), u"Asked to talk today"_s);
        QVERIFY(list->valueAt(0, u"urgentRequest"_s).toBool());
        QVERIFY(list->valueAt(0, u"accessibleName"_s).toString().contains(u"Asked to talk today"_s));
        QVERIFY(hasDeviceAlert(list, ypId, u"contact_request"_s));
        const QString alertKey = u"contact_request:%1:%2"_s.arg(ypId, requestId);
        QTRY_VERIFY_WITH_TIMEOUT(serverHasAlert(pa, alertKey), 60000);

        // The PA phones back and logs the contact that answers the request.
        ContactRequestController answer;
        answer.setApp(&pa.app);
        answer.setYoungPersonId(ypId);
        answer.setOpenOnly(true);
        QCOMPARE(answer.requests()->valueAt(0, u"key"_s).toString(), requestId);
        QVERIFY(answer.respondWithContact(requestId, u"phone"_s, u"Called back; a locksmith is booked."_s));
        QVERIFY(!hasDeviceAlert(list, ypId, u"contact_request"_s));
        QVERIFY(list->valueAt(list->indexOfKey(ypId), u"requestText"_s).toString().isEmpty());

        // The young person's device shows the answer, again without anyone syncing by hand.
        const auto answered = [&] {
            const int row = mine.requests()->indexOfKey(requestId);
            return row >= 0 && mine.requests()->valueAt(row, u"stateText"_s).toString() == u"Answered"_s
                && mine.requests()->valueAt(row, u"answerText"_s).toString().contains(u"Phone call"_s);
        };
        QTRY_VERIFY_WITH_TIMEOUT(answered(), TenSeconds);
        QVERIFY(!mine.hasOpenUrgent());

        // The request's alert is gone on the server too, once the PA's change is there.
        QTRY_COMPARE_WITH_TIMEOUT(pa.engine()->pendingChanges(), 0, TenSeconds);
        QTRY_VERIFY_WITH_TIMEOUT(!serverHasAlert(pa, alertKey), 60000);
        caseload.refresh();
        QVERIFY(!hasDeviceAlert(list, ypId, u"contact_request"_s));
    }
};

QTEST_GUILESS_MAIN(TestJourneyUrgentRequest)
#include "tst_journey_urgent_request.moc"

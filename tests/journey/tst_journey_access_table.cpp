// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// The app offers exactly what the server allows: for each role, every action of a young person's
// pages is tried; those the app offers are accepted by the real server, and those it does not offer
// save nothing.
#include "journeydevice.h"

#include "ui/planmodel.h"
#include "ui/syncstatus.h"
#include "ui/youngpersoncontroller.h"

#include <QStandardPaths>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

namespace {
struct Action
{
    const char *name;
    std::function<bool(YoungPersonController &)> offered;
    std::function<bool(YoungPersonController &, const QString &area)> run;
};

QList<Action> actions()
{
    return {
        {"add a step", &YoungPersonController::canAddStep,
         [](YoungPersonController &c, const QString &area) {
             return c.addStep(area, u"A step"_s, u"me"_s, 14);
         }},
        {"add own words", &YoungPersonController::canAddOwnWords,
         [](YoungPersonController &c, const QString &area) {
             return c.saveOwnWords(area, u"My words"_s);
         }},
        {"update a plan area", &YoungPersonController::canUpdatePlanArea,
         [](YoungPersonController &c, const QString &area) {
             return c.savePlanSection(area, u"A goal"_s, u"Their words"_s, true);
         }},
        {"ask for a review", &YoungPersonController::canRequestReview,
         [](YoungPersonController &c, const QString &) {
             return c.requestReview();
         }},
        {"add to the health history", &YoungPersonController::canAddHealthEntry,
         [](YoungPersonController &c, const QString &) {
             return c.addHealthEntry(u"Dentist"_s, u"Check-up"_s, c.todayIso(), true);
         }},
        {"ask to talk", &YoungPersonController::canRequestContact,
         [](YoungPersonController &c, const QString &) {
             return c.requestContact(false, u"Can we talk?"_s);
         }},
    };
}

/** Tries every action on @p person's pages; returns how many the app offered. */
int tryEveryAction(JourneyDevice &device, YoungPersonController &person)
{
    int offered = 0;
    const QList<Action> all = actions();
    for (int i = 0; i < all.size(); ++i) {
        const Action &a = all.at(i);
        const QString area = person.plan()->valueAt(i % person.plan()->rowCount(), u"key"_s).toString();
        const int before = device.session.pendingChanges();
        const bool isOffered = a.offered(person);
        const bool done = a.run(person, area);
        if (done != isOffered)
            qWarning() << "action" << a.name << "offered" << isOffered << "but saved" << done;
        if (done != isOffered || device.session.pendingChanges() != before + (isOffered ? 1 : 0))
            return -1;
        offered += isOffered ? 1 : 0;
    }
    return offered;
}
} // namespace

class TestJourneyAccessTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyOfferedActionIsAcceptedForEveryRole()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        const DemoEnrolment enrolment = server.enrolments().value(0);
        QVERIFY(!enrolment.code.isEmpty());

        JourneyDevice yp;
        QVERIFY(yp.enrol(server.url(), enrolment.code));
        const QString paId = yp.session.data().currentPaId(enrolment.youngPersonId, yp.clock.today());
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), loginOfStaff(server, paId)));
        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));

        for (JourneyDevice *device : {&yp, &pa, &manager}) {
            YoungPersonController person;
            person.setApp(&device->app);
            if (device != &yp)
                person.setYoungPersonId(enrolment.youngPersonId);
            QVERIFY(person.plan()->rowCount() > 0);
            const int offered = tryEveryAction(*device, person);
            QVERIFY2(offered > 0, qPrintable(device->session.identity().role));
            QVERIFY(device->syncNow());
            QCOMPARE(device->session.rejectedCount(), 0);
            QCOMPARE(device->session.pendingChanges(), 0);
            QCOMPARE(device->app.sync()->pendingText(), u"All saved"_s);
        }
    }
};

QTEST_MAIN(TestJourneyAccessTable)
#include "tst_journey_access_table.moc"

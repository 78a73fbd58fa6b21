// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "journeydevice.h"
#include "serveralerts.h"

#include "domain/record.h"
#include "ui/caseloadcontroller.h"
#include "ui/contactlogcontroller.h"
#include "ui/teamcontroller.h"
#include "ui/youngpersoncontroller.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

namespace {

/** The contact figure (contact_overdue, contact_escalated, contact_lost, contact_warning) listing @p who, or empty. */
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

bool hasNoContactAlert(CaseloadController &caseload, const QString &who)
{
    for (const Alert &a : caseload.model()->alerts().value(who)) {
        if (a.ruleCode == "no_contact"_L1)
            return true;
    }
    return false;
}

bool listedInChronology(YoungPersonController &person, const QString &contactId)
{
    for (const ChronologyEvent &e :
         buildChronology(person.app()->session()->data().chronologySources(person.youngPersonId()))) {
        if (e.sourceRecordId == contactId)
            return true;
    }
    return false;
}

} // namespace

/** Journey 5: a contact marked entered in error leaves every count and alert, and stays visible to staff. */
class TestJourneyContactError : public QObject
{
    Q_OBJECT

    ServerProcess server;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The server's alert sweep every second, so its no-contact alert follows within the test.
        qputenv("PATHWAY_ALERT_SWEEP_SECS", "1");
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
    }

    void enteredInErrorLeavesEveryCountAndAlert()
    {
        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));
        TeamController team;
        team.setApp(&manager.app);
        ServerAlerts managersAlerts;
        QVERIFY(managersAlerts.logIn(server.url(), server.login(u"manager"_s)));

        // An allocated young person overdue for contact, and their PA.
        QString who;
        QString figure;
        for (const QString &key : {u"contact_overdue"_s, u"contact_escalated"_s, u"contact_lost"_s}) {
            team.setSelectedFigure(key);
            for (int i = 0; i < team.attention()->rowCount() && who.isEmpty(); ++i) {
                const QString id = team.attention()->valueAt(i, u"key"_s).toString();
                if (!manager.session.data().currentPaId(id, manager.clock.today()).isEmpty()) {
                    who = id;
                    figure = key;
                }
            }
        }
        QVERIFY2(!who.isEmpty(), "the demo has an allocated young person overdue for contact");
        const QString paId = manager.session.data().currentPaId(who, manager.clock.today());
        QTRY_VERIFY_WITH_TIMEOUT(managersAlerts.has(u"no_contact"_s, who), 30000);
        CaseloadController managersView; // the manager looking at this PA's caseload
        managersView.setApp(&manager.app);
        managersView.setStaffId(paId);
        const int row = managersView.model()->indexOfKey(who);
        QVERIFY(row >= 0);
        const QString lastContactBefore = managersView.model()->valueAt(row, u"lastContactText"_s).toString();

        // The PA logs a visit: the manager's figure clears, and so does the server's alert.
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), loginOfStaff(server, paId)));
        ContactLogController log;
        log.setApp(&pa.app);
        log.setYoungPersonId(who);
        QVERIFY(log.save());
        const QString contactId = log.submissionId();
        QVERIFY(pa.syncNow());
        QTRY_COMPARE_WITH_TIMEOUT(pa.session.pendingChanges(), 0, 30000);
        QVERIFY(manager.syncNow());
        QTRY_VERIFY_WITH_TIMEOUT(contactFigureOf(team, who).isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!managersAlerts.has(u"no_contact"_s, who), 30000);

        // It was logged by mistake: the PA marks it entered in error, from the record's contact list.
        YoungPersonController record;
        record.setApp(&pa.app);
        record.setYoungPersonId(who);
        QVERIFY(record.contacts()->indexOfKey(contactId) >= 0);
        const QString reason = u"Logged for the wrong young person"_s;
        QVERIFY(log.markEnteredInError(contactId, reason));
        QVERIFY(!log.isProblem());
        CaseloadController pasCaseload;
        pasCaseload.setApp(&pa.app);
        QVERIFY(hasNoContactAlert(pasCaseload, who)); // on the PA's own device at once
        QVERIFY(pa.syncNow());
        QTRY_COMPARE_WITH_TIMEOUT(pa.session.pendingChanges(), 0, 30000);

        // The manager's device: overdue again, in the same figure, with the same last contact.
        QVERIFY(manager.syncNow());
        QTRY_COMPARE_WITH_TIMEOUT(contactFigureOf(team, who), figure, 10000);
        managersView.refresh();
        QCOMPARE(managersView.model()->valueAt(managersView.model()->indexOfKey(who), u"lastContactText"_s).toString(),
                 lastContactBefore);
        QVERIFY(hasNoContactAlert(managersView, who));

        // The contact is still on the record for staff, marked, with its reason; not in the chronology.
        YoungPersonController managersRecord;
        managersRecord.setApp(&manager.app);
        managersRecord.setYoungPersonId(who);
        const int contactRow = managersRecord.contacts()->indexOfKey(contactId);
        QVERIFY(contactRow >= 0);
        QVERIFY(managersRecord.contacts()->valueAt(contactRow, u"enteredInError"_s).toBool());
        const QString errorText = managersRecord.contacts()->valueAt(contactRow, u"errorText"_s).toString();
        QVERIFY2(errorText.contains(reason), qPrintable(errorText));
        QVERIFY(!listedInChronology(managersRecord, contactId));

        // The server's sweep reopens its no-contact alert.
        QTRY_VERIFY_WITH_TIMEOUT(managersAlerts.has(u"no_contact"_s, who), 30000);
    }

    void youngPersonNeverGetsAmendmentsOfConfidentialContacts()
    {
        QVERIFY(!server.enrolments().isEmpty());
        const QString me = server.enrolments().first().youngPersonId;
        JourneyDevice youngPerson;
        QVERIFY(youngPerson.enrol(server.url(), server.enrolments().first().code));

        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));
        const QString paId = manager.session.data().currentPaId(me, manager.clock.today());
        QVERIFY(!paId.isEmpty());
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), loginOfStaff(server, paId)));

        // A confidential contact (staff-only notes) and an ordinary one, both entered in error.
        ContactLog confidential = ContactLogController::defaultContact(pa.app, me);
        confidential.kind = ContactKind::Phone;
        confidential.location.clear();
        confidential.confidential = true;
        confidential.notes = u"Safeguarding concern raised by the landlord."_s;
        QCOMPARE(pa.session.save(confidential), StoreSession::Error::None);
        ContactLogController log;
        log.setApp(&pa.app);
        log.setYoungPersonId(me);
        log.setAt(pa.clock.now().addSecs(-3600).toLocalTime());
        QVERIFY(log.save());
        const QString ordinary = log.submissionId();
        QVERIFY(log.markEnteredInError(confidential.id, u"Wrong young person"_s));
        QVERIFY(log.markEnteredInError(ordinary, u"Duplicate of the phone call"_s));
        QVERIFY(pa.syncNow());
        QTRY_COMPARE_WITH_TIMEOUT(pa.session.pendingChanges(), 0, 30000);

        QVERIFY(youngPerson.syncNow());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const ContactAmendment &a : youngPerson.session.data().amendments) {
                    if (a.contactLogId == ordinary)
                        return true;
                }
                return false;
            }(),
            10000);
        // Neither the confidential contact nor its amendment reach the young person's phone.
        for (const ContactLog &c : youngPerson.session.data().contacts)
            QVERIFY(c.id != confidential.id);
        for (const ContactAmendment &a : youngPerson.session.data().amendments)
            QVERIFY2(a.contactLogId != confidential.id,
                     "an amendment of a confidential contact reached the young person");
        // The ordinary one is there, and out of the young person's own contact history.
        YoungPersonController mine;
        mine.setApp(&youngPerson.app);
        QCOMPARE(mine.contacts()->indexOfKey(ordinary), -1);
        bool ordinaryMarked = false;
        for (const ContactLog &c : youngPerson.session.data().contactsOf(me))
            ordinaryMarked = ordinaryMarked || (c.id == ordinary && c.enteredInError);
        QVERIFY(ordinaryMarked);
    }
};

QTEST_MAIN(TestJourneyContactError)
#include "tst_journey_contact_error.moc"

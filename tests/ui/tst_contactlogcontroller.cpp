// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "domain/record.h"
#include "ui/caseloadcontroller.h"
#include "ui/contactlogcontroller.h"
#include "ui/contactrequestcontroller.h"
#include "ui/contactsmodel.h"
#include "ui/youngpersoncontroller.h"
#include "uitestutil.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

namespace {

/** The contact_log records in the store, and the outbox changes that carry them. */
struct Counts
{
    qsizetype logs = 0;
    qsizetype logChanges = 0;
    qsizetype amendments = 0;
    qsizetype amendmentChanges = 0;
};

Counts counts(DemoDevice &d)
{
    RecordStore *store = d.session->recordStore();
    Counts c;
    c.logs = store->listByType(u"contact_log"_s).size();
    c.amendments = store->listByType(u"contact_amendment"_s).size();
    for (const OutboxChange &change : store->pendingChanges()) {
        c.logChanges += change.recordType == "contact_log"_L1 ? 1 : 0;
        c.amendmentChanges += change.recordType == "contact_amendment"_L1 ? 1 : 0;
    }
    return c;
}

/** Someone on this PA's caseload whose contact is due or overdue (empty if nobody). */
QString someoneOverdue(DemoDevice &d)
{
    CaseloadController caseload;
    caseload.setApp(d.app.get());
    for (auto it = caseload.model()->alerts().cbegin(); it != caseload.model()->alerts().cend(); ++it) {
        for (const Alert &a : it.value()) {
            if (a.ruleCode == "no_contact"_L1 && a.tier != AlertTier::Warning)
                return it.key();
        }
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

} // namespace

/** Logging a contact: when it happened (never in the future), one contact per tap, entered in error. */
class TestContactLogController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void defaultsAndAmendment()
    {
        DemoDevice d(Role::PersonalAdviser);
        ContactLogController log;
        log.setApp(d.app.get());
        QCOMPARE(log.kind(), u"visit"_s);
        QVERIFY(log.successful());
        QCOMPARE(log.at(), d.clock.now()); // defaults to now
        QVERIFY(!log.save()); // nobody chosen yet
        QVERIFY(log.isProblem());
        const QString who = log.people()->valueAt(0, u"key"_s).toString();
        log.setYoungPersonId(who);
        log.setKind(u"attempted"_s);
        QVERIFY(!log.successful()); // an attempt is never successful
        log.setKind(u"phone"_s);
        log.setSuccessful(true);
        log.setNotes(u"Talked about college"_s);
        const qsizetype before = d.session->data().contacts.size();
        QVERIFY(log.save());
        QVERIFY(!log.isProblem());
        QVERIFY(log.isSaved());
        QCOMPARE(d.session->data().contacts.size(), before + 1);
        const ContactLog saved = d.session->data().contacts.last();
        QCOMPARE(saved.id, log.submissionId());
        QCOMPARE(saved.kind, ContactKind::Phone);
        QCOMPARE(saved.staffId, d.app->userId());
        QCOMPARE(saved.at, d.clock.now());
        QCOMPARE(saved.notes, u"Talked about college"_s);
        // The next contact is a new form: the defaults again, with the same young person.
        log.startAnother();
        QVERIFY(!log.isSaved());
        QCOMPARE(log.kind(), u"visit"_s);
        QCOMPARE(log.notes(), QString());
        QCOMPARE(log.youngPersonId(), who);
        QVERIFY(log.submissionId() != saved.id);

        // Amending adds a record and never changes the original.
        QVERIFY(log.amend(saved.id, u"Typo"_s, u"Talked about college and money"_s, true));
        QCOMPARE(d.session->data().contacts.last().notes, u"Talked about college"_s);
        const QList<ContactLog> amended = d.session->data().contactsOf(who);
        QCOMPARE(amended.first().notes, u"Talked about college and money"_s);
        QVERIFY(!log.amend(saved.id, u"Again"_s, u"Talked about college and money"_s, true)); // nothing changed
    }

    void yesterdaysVisitCanBeLogged()
    {
        DemoDevice d(Role::PersonalAdviser);
        const QString who = someoneOverdue(d);
        QVERIFY2(!who.isEmpty(), "the demo caseload has someone with overdue contact");
        CaseloadController caseload;
        caseload.setApp(d.app.get());
        QVERIFY(hasNoContactAlert(caseload, who));

        ContactLogController log;
        log.setApp(d.app.get());
        log.setYoungPersonId(who);
        const QDateTime yesterday = d.clock.now().addDays(-1).toLocalTime();
        log.setAt(yesterday);
        const Counts before = counts(d);
        QVERIFY(log.save());
        const Counts after = counts(d);
        QCOMPARE(after.logs, before.logs + 1);
        QCOMPARE(after.logChanges, before.logChanges + 1);
        const QList<ContactLog> contacts = d.session->data().contactsOf(who);
        QCOMPARE(contacts.first().at, yesterday.toUTC());
        QCOMPARE(contacts.first().at.timeSpec(), Qt::UTC);
        // Yesterday's visit is contact: the overdue alert is gone, and the last contact is yesterday.
        QVERIFY(!hasNoContactAlert(caseload, who));
        QCOMPARE(d.session->data().lastSuccessfulContact(who)->at, yesterday.toUTC());
    }

    void futureTimeIsRefused()
    {
        DemoDevice d(Role::PersonalAdviser);
        ContactLogController log;
        log.setApp(d.app.get());
        const QString who = log.people()->valueAt(0, u"key"_s).toString();
        log.setYoungPersonId(who);
        QCOMPARE(log.latestAt(), d.clock.now());

        const Counts before = counts(d);
        QSignalSpy messages(&log, &ContactLogController::messageChanged);
        log.setAt(d.clock.now().addSecs(10 * 60));
        QVERIFY(!log.save());
        QVERIFY(log.isProblem());
        QVERIFY2(log.message().contains(u"in the future"_s), qPrintable(log.message()));
        QVERIFY(!log.isSaved());
        QVERIFY(messages.count() > 0);
        // Nothing saved, nothing waiting to be sent.
        const Counts after = counts(d);
        QCOMPARE(after.logs, before.logs);
        QCOMPARE(after.logChanges, before.logChanges);

        // A new time clears the refusal; a clock a few minutes behind is tolerated.
        log.setAt(d.clock.now().addSecs(4 * 60));
        QVERIFY(!log.isProblem());
        QVERIFY(log.save());
        QCOMPARE(counts(d).logs, before.logs + 1);
    }

    void doubleTapOnSaveMakesOneContact()
    {
        DemoDevice d(Role::PersonalAdviser);
        ContactLogController log;
        log.setApp(d.app.get());
        log.setYoungPersonId(log.people()->valueAt(0, u"key"_s).toString());
        const Counts before = counts(d);
        // A double tap: the button's handler runs twice.
        QVERIFY(log.save());
        QVERIFY(log.save());
        Counts after = counts(d);
        QCOMPARE(after.logs, before.logs + 1);
        QCOMPARE(after.logChanges, before.logChanges + 1);

        // Another contact is another form.
        log.startAnother();
        QVERIFY(log.save());
        after = counts(d);
        QCOMPARE(after.logs, before.logs + 2);
        QCOMPARE(after.logChanges, before.logChanges + 2);
    }

    void doubleTapOnLogVisitNowMakesOneContact()
    {
        DemoDevice d(Role::PersonalAdviser);
        const QString who = someoneOverdue(d);
        QVERIFY(!who.isEmpty());
        CaseloadController caseload;
        caseload.setApp(d.app.get());
        const Counts before = counts(d);
        QVERIFY(caseload.logVisitNow(who));
        QVERIFY(caseload.logVisitNow(who)); // the second tap of a double tap
        Counts after = counts(d);
        QCOMPARE(after.logs, before.logs + 1);
        QCOMPARE(after.logChanges, before.logChanges + 1);
        QVERIFY2(caseload.message().contains(u"already saved"_s), qPrintable(caseload.message()));

        // The record page's button is the same one tap.
        ContactLogController log;
        log.setApp(d.app.get());
        log.setYoungPersonId(who);
        QVERIFY(log.logVisitNow());
        QCOMPARE(counts(d).logs, before.logs + 1);

        // A later visit, minutes after, is a new visit.
        d.clock.advanceSecs(ContactLogController::OneTapRepeatSecs + 1);
        QVERIFY(log.logVisitNow());
        after = counts(d);
        QCOMPARE(after.logs, before.logs + 2);
        QCOMPARE(after.logChanges, before.logChanges + 2);
    }

    void respondsToRequestIsSaved()
    {
        DemoDevice d(Role::PersonalAdviser);
        ContactLogController log;
        log.setApp(d.app.get());
        log.setYoungPersonId(log.people()->valueAt(0, u"key"_s).toString());
        log.setRespondsToRequestId(u"request-1"_s);
        QVERIFY(log.save());
        QCOMPARE(d.session->data().contacts.last().respondsToRequestId, u"request-1"_s);
        log.startAnother();
        QCOMPARE(log.respondsToRequestId(), QString());
    }

    void enteredInErrorLeavesCountsAndStaysVisible()
    {
        DemoDevice d(Role::PersonalAdviser);
        const QString who = someoneOverdue(d);
        QVERIFY(!who.isEmpty());
        const std::optional<ContactLog> lastBefore = d.session->data().lastSuccessfulContact(who);
        CaseloadController caseload;
        caseload.setApp(d.app.get());
        ContactLogController log;
        log.setApp(d.app.get());
        log.setYoungPersonId(who);
        QVERIFY(log.save());
        const QString contactId = log.submissionId();
        QVERIFY(!hasNoContactAlert(caseload, who));

        const Counts before = counts(d);
        QVERIFY(!log.markEnteredInError(contactId, u"  "_s)); // a reason is needed
        QVERIFY(log.isProblem());
        QCOMPARE(counts(d).amendments, before.amendments);
        QVERIFY(!log.markEnteredInError(u"no-such-contact"_s, u"Wrong person"_s));

        QVERIFY(log.markEnteredInError(contactId, u"Logged for the wrong young person"_s));
        QVERIFY(!log.isProblem());
        QVERIFY(log.markEnteredInError(contactId, u"Logged for the wrong young person"_s)); // a double tap
        const Counts after = counts(d);
        QCOMPARE(after.amendments, before.amendments + 1);
        QCOMPARE(after.amendmentChanges, before.amendmentChanges + 1);
        QCOMPARE(after.logs, before.logs); // append-only: the original stays

        // Out of every count: the overdue alert is back, the last contact is the one before.
        QVERIFY(hasNoContactAlert(caseload, who));
        const std::optional<ContactLog> lastAfter = d.session->data().lastSuccessfulContact(who);
        QCOMPARE(lastAfter.has_value(), lastBefore.has_value());
        if (lastBefore)
            QCOMPARE(lastAfter->id, lastBefore->id);

        // Still on the record for staff, marked with the reason; out of the chronology.
        YoungPersonController person;
        person.setApp(d.app.get());
        person.setYoungPersonId(who);
        const int row = person.contacts()->indexOfKey(contactId);
        QVERIFY(row >= 0);
        QVERIFY(person.contacts()->valueAt(row, u"enteredInError"_s).toBool());
        QVERIFY(!person.contacts()->valueAt(row, u"canAmend"_s).toBool());
        const QString errorText = person.contacts()->valueAt(row, u"errorText"_s).toString();
        QVERIFY2(errorText.contains(u"Logged for the wrong young person"_s), qPrintable(errorText));
        QVERIFY(person.contacts()->valueAt(row, u"accessibleName"_s).toString().contains(u"Entered in error"_s));
        for (int i = 0; i < person.chronology()->rowCount(); ++i)
            QVERIFY(person.chronology()->valueAt(i, u"key"_s).toString() != contactId);
        bool sourceListed = false;
        for (const ChronologyEvent &e : buildChronology(d.session->data().chronologySources(who)))
            sourceListed = sourceListed || e.sourceRecordId == contactId;
        QVERIFY(!sourceListed);

        // The young person's own view leaves it out.
        ContactsModel youngPersonsView;
        youngPersonsView.refresh(d.session->data(), who, d.clock.today(), false);
        QCOMPARE(youngPersonsView.indexOfKey(contactId), -1);
    }

    void enteredInErrorReopensTheRequestItAnswered()
    {
        DemoDevice d(Role::PersonalAdviser);
        ContactLogController log;
        log.setApp(d.app.get());
        const QString who = log.people()->valueAt(0, u"key"_s).toString();
        ContactRequest asked;
        asked.id = newId();
        asked.youngPersonId = who;
        asked.requestedAt = d.clock.now().addDays(-2);
        asked.urgency = RequestUrgency::Urgent;
        asked.message = u"Can you call me?"_s;
        QCOMPARE(d.session->save(asked), StoreSession::Error::None);
        const auto stateOf = [&] {
            for (const ContactRequest &r : d.session->data().requests) {
                if (r.id == asked.id)
                    return requestState(r, d.session->data().contactsOf(who));
            }
            return RequestState::Withdrawn;
        };
        const auto requestAlert = [&] {
            CaseloadController caseload;
            caseload.setApp(d.app.get());
            for (const Alert &a : caseload.model()->alerts().value(who)) {
                if (a.ruleCode == "contact_request"_L1 && a.subject == asked.id)
                    return true;
            }
            return false;
        };
        QVERIFY(requestAlert());

        // Answered with a phone call, which turns out to have been logged by mistake.
        ContactRequestController requests;
        requests.setApp(d.app.get());
        QVERIFY(requests.respondWithContact(asked.id, u"phone"_s, u"Called back"_s));
        QCOMPARE(stateOf(), RequestState::Answered);
        QVERIFY(!requestAlert());
        QString answer;
        for (const ContactLog &c : d.session->data().contacts) {
            if (c.respondsToRequestId == asked.id)
                answer = c.id;
        }
        QVERIFY(!answer.isEmpty());

        QVERIFY(log.markEnteredInError(answer, u"The call did not go through"_s));
        QVERIFY2(log.message().contains(u"open again"_s), qPrintable(log.message()));
        QCOMPARE(stateOf(), RequestState::Open);
        QVERIFY(requestAlert());
    }
};

QTEST_MAIN(TestContactLogController)
#include "tst_contactlogcontroller.moc"

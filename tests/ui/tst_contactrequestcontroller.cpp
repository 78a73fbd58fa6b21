// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "domain/record.h"
#include "ui/caseloadcontroller.h"
#include "ui/contactrequestcontroller.h"
#include "ui/youngpersoncontroller.h"
#include "uitestutil.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

namespace {

/** A request from one of the PA's young people, saved on the PA's device as if it had been pulled. */
ContactRequest ask(DemoDevice &d, const QString &youngPersonId, RequestUrgency urgency, int minutesAgo)
{
    ContactRequest r;
    r.id = newId();
    r.youngPersonId = youngPersonId;
    r.requestedAt = d.clock.now().addSecs(-60 * minutesAgo);
    r.urgency = urgency;
    r.message = u"Can we talk?"_s;
    if (d.session->save(r) != StoreSession::Error::None)
        qFatal("could not save a request");
    return r;
}

/** The young people of the PA's caseload with no open request, in caseload order. */
QStringList quietPeople(DemoDevice &d, CaseloadModel *m)
{
    QStringList out;
    for (int i = 0; i < m->rowCount(); ++i) {
        const QString id = m->valueAt(i, u"key"_s).toString();
        bool open = false;
        for (const ContactRequest &r : d.session->data().requests)
            open = open
                || (r.youngPersonId == id && requestState(r, d.session->data().contactsOf(id)) == RequestState::Open);
        if (!open)
            out.append(id);
    }
    return out;
}

bool hasAlert(CaseloadModel *m, const QString &youngPersonId, const QString &rule)
{
    for (const Alert &a : m->alerts().value(youngPersonId)) {
        if (a.ruleCode == rule)
            return true;
    }
    return false;
}

} // namespace

/**
 * Requests to talk: first on the PA's caseload (urgent first, then whoever waited longest),
 * answered with a contact or a reply (once, however often it is tapped), the alert gone once
 * answered; the young person sees where each request stands and who to call now.
 */
class TestContactRequestController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsComeFirstOnTheCaseload()
    {
        DemoDevice d(Role::PersonalAdviser);
        CaseloadController c;
        c.setApp(d.app.get());
        CaseloadModel *m = c.model();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList quiet = quietPeople(d, m);
        QVERIFY(quiet.size() >= 3);
        // The last of the list (nothing overdue) asks when convenient, then another asks urgently.
        const QString later = quiet.last();
        const QString urgent = quiet.at(quiet.size() - 2);
        ask(d, later, RequestUrgency::WhenConvenient, 120);
        ask(d, urgent, RequestUrgency::Urgent, 5);
        c.refresh();
        int openRequests = 0;
        for (int i = 0; i < m->rowCount(); ++i)
            openRequests += m->valueAt(i, u"requestText"_s).toString().isEmpty() ? 0 : 1;
        // Urgent requests before the others, whatever their alerts.
        QCOMPARE(m->valueAt(0, u"requestText"_s).toString(), u"Asked to talk today"_s);
        QVERIFY(m->valueAt(0, u"urgentRequest"_s).toBool());
        const int laterRow = m->indexOfKey(later);
        QCOMPARE(m->valueAt(laterRow, u"requestText"_s).toString(), u"Asked to talk"_s);
        QVERIFY(laterRow < openRequests);
        QVERIFY(m->indexOfKey(urgent) < laterRow);
        QVERIFY(m->valueAt(m->indexOfKey(urgent), u"accessibleName"_s).toString().contains(u"Asked to talk today"_s));
        // An urgent request is an alert at once (the PA's device notifies them).
        QVERIFY(hasAlert(m, urgent, u"contact_request"_s));
    }

    void aContactAnswersItOnce()
    {
        DemoDevice d(Role::PersonalAdviser);
        CaseloadController caseload;
        caseload.setApp(d.app.get());
        const QString who = quietPeople(d, caseload.model()).last();
        const ContactRequest r = ask(d, who, RequestUrgency::Urgent, 1);
        caseload.refresh();
        QCOMPARE(caseload.model()->valueAt(caseload.model()->indexOfKey(who), u"requestText"_s).toString(),
                 u"Asked to talk today"_s);

        ContactRequestController c;
        c.setApp(d.app.get());
        c.setYoungPersonId(who);
        QAbstractItemModelTester tester(c.requests(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(c.requests()->valueAt(0, u"key"_s).toString(), r.id);
        QVERIFY(c.requests()->valueAt(0, u"canAnswer"_s).toBool());
        QVERIFY(c.hasOpenUrgent());
        QVERIFY(!c.respondWithContact(r.id, u"attempted"_s, QString())); // trying is not answering
        const int pending = d.session->pendingChanges();
        QVERIFY(c.respondWithContact(r.id, u"phone"_s, u"Talked about the heating."_s));
        QVERIFY(!c.respondWithContact(r.id, u"phone"_s, QString())); // a second tap saves nothing
        QVERIFY(!c.reply(r.id, u"And again"_s));
        QCOMPARE(d.session->pendingChanges(), pending + 2); // the contact, and the request closed
        const auto contact = responseTo(r, d.session->data().contactsOf(who));
        QVERIFY(contact);
        QCOMPARE(contact->kind, ContactKind::Phone);
        QVERIFY(contact->countsAsContact());
        QCOMPARE(contact->staffId, d.app->userId());
        QVERIFY(!c.hasOpenUrgent());
        QCOMPARE(c.requests()->valueAt(0, u"stateText"_s).toString(), u"Answered"_s);
        QVERIFY(c.requests()->valueAt(0, u"answerText"_s).toString().contains(u"Phone call"_s));
        caseload.refresh();
        QVERIFY(caseload.model()->valueAt(caseload.model()->indexOfKey(who), u"requestText"_s).toString().isEmpty());
        QVERIFY(!hasAlert(caseload.model(), who, u"contact_request"_s));
    }

    void aReplyAnswersIt()
    {
        DemoDevice d(Role::PersonalAdviser);
        CaseloadController caseload;
        caseload.setApp(d.app.get());
        const QString who = quietPeople(d, caseload.model()).last();
        const ContactRequest r = ask(d, who, RequestUrgency::WhenConvenient, 30);
        ContactRequestController c;
        c.setApp(d.app.get());
        c.setYoungPersonId(who);
        c.setOpenOnly(true);
        QCOMPARE(c.requests()->rowCount(), 1);
        QVERIFY(!c.reply(r.id, u"   "_s));
        QVERIFY(c.reply(r.id, u"I'll call you on Thursday at 10."_s));
        QCOMPARE(c.requests()->rowCount(), 0); // no longer open
        for (const ContactRequest &saved : d.session->data().requests) {
            if (saved.id == r.id) {
                QCOMPARE(saved.status, u"answered"_s);
                QCOMPARE(saved.reply, u"I'll call you on Thursday at 10."_s);
                QCOMPARE(saved.answeredBy, d.app->userId());
                QCOMPARE(saved.answeredAt, std::optional(d.clock.now()));
            }
        }
    }

    void theYoungPersonSeesWhereItStandsAndWhoToCall()
    {
        DemoDevice d(Role::YoungPerson);
        YoungPersonController person;
        person.setApp(d.app.get());
        ContactRequestController c;
        c.setApp(d.app.get());
        QVERIFY(person.requestContact(true, u"My landlord wants me out"_s));
        QCOMPARE(c.requests()->valueAt(0, u"heading"_s).toString(), u"You asked to talk today"_s);
        // Only on this phone so far (no server here): it says so, never "sent".
        QCOMPARE(c.requests()->valueAt(0, u"stateText"_s).toString(),
                 u"Saved on your phone. It goes to your PA when you are online."_s);
        QVERIFY(c.hasOpenUrgent());
        QVERIFY(!c.reply(c.requests()->valueAt(0, u"key"_s).toString(), u"Not staff"_s));

        const QVariantList lines = c.helplines();
        QCOMPARE(lines.size(), 4);
        const QVariantMap outOfHours = lines.at(0).toMap();
        QCOMPARE(outOfHours.value(u"number"_s).toString(), d.session->data().settings().outOfHoursPhone);
        QCOMPARE(outOfHours.value(u"url"_s).toString(), u"tel:01632960118"_s);
        QCOMPARE(lines.at(1).toMap().value(u"url"_s).toString(), u"tel:999"_s);
        QCOMPARE(lines.at(2).toMap().value(u"url"_s).toString(), u"tel:08001111"_s);
        QCOMPARE(lines.at(3).toMap().value(u"url"_s).toString(), u"tel:116123"_s);
        QCOMPARE(lines.at(3).toMap().value(u"accessibleName"_s).toString(), u"Call Samaritans on 116 123"_s);
    }
};

QTEST_GUILESS_MAIN(TestContactRequestController)
#include "tst_contactrequestcontroller.moc"

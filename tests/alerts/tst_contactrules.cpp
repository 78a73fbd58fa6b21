// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "alerts/rules.h"
#include "casebuilder.h"

#include <QJsonDocument>
#include <QTest>

using namespace Pathway;
using namespace Pathway::Test;

/** Tests the contact rules: no contact, no PA, visit after a move, SSDA903 birthday windows, contact requests. */
class TestContactRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quietCaseHasNoAlerts()
    {
        CaseBuilder b;
        QCOMPARE(b.alerts(), QList<Alert> {});
    }

    void noContactTiers_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("audience");
        QTest::newRow("41") << 41 << u"none"_s << u""_s;
        QTest::newRow("42") << 42 << u"warning"_s << u"pa"_s;
        QTest::newRow("55") << 55 << u"warning"_s << u"pa"_s;
        QTest::newRow("56") << 56 << u"overdue"_s << u"pa"_s;
        QTest::newRow("83") << 83 << u"overdue"_s << u"pa"_s;
        QTest::newRow("84") << 84 << u"escalated"_s << u"manager"_s;
        QTest::newRow("179") << 179 << u"escalated"_s << u"manager"_s;
        QTest::newRow("180") << 180 << u"lost_contact"_s << u"manager"_s;
    }
    void noContactTiers()
    {
        QFETCH(int, days);
        QFETCH(QString, tier);
        QFETCH(QString, audience);
        CaseBuilder b;
        b.r.contacts.removeFirst(); // the visit 10 days ago
        b.contact(b.now.date().addDays(-days));
        const auto alerts = b.alerts(Rules::NoContact);
        QCOMPARE(tierOrNone(alerts), tier);
        if (!alerts.isEmpty()) {
            const Alert &a = alerts.first();
            QCOMPARE(toCode(a.audience), audience);
            QCOMPARE(a.key(), u"no_contact:yp1"_s);
            QCOMPARE(a.since, b.now.date().addDays(-days));
            QCOMPARE(a.dueDate, b.now.date().addDays(56 - days));
            QCOMPARE(a.daysOverdue, std::max(0, days - 56));
            QCOMPARE(a.facts.value(u"daysSinceContact"_s).toInt(), days);
        }
    }

    void attemptsDoNotResetTheClock()
    {
        CaseBuilder b;
        b.r.contacts.removeFirst();
        const QDate today = b.now.date();
        b.contact(today.addDays(-60));
        b.contact(today.addDays(-20), ContactKind::Attempted, false);
        b.contact(today.addDays(-10), ContactKind::Phone, false);
        b.contact(today.addDays(-5), ContactKind::Letter, true); // a letter alone is not contact
        b.contact(today.addDays(-70), ContactKind::Attempted, false); // before the last success: not counted
        const auto alerts = b.alerts(Rules::NoContact);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().tier, AlertTier::Overdue);
        QCOMPARE(alerts.first().facts.value(u"attemptsSinceContact"_s).toInt(), 3);
        QCOMPARE(alerts.first().facts.value(u"lastAttemptOn"_s).toString(), today.addDays(-5).toString(Qt::ISODate));
        QCOMPARE(alerts.first().facts.value(u"lastContactOn"_s).toString(), today.addDays(-60).toString(Qt::ISODate));
    }

    void amendmentMakesContactUnsuccessful()
    {
        CaseBuilder b;
        const QDate today = b.now.date();
        b.r.contacts.removeFirst();
        b.contact(today.addDays(-60));
        const ContactLog recent = b.contact(today.addDays(-3));
        QVERIFY(b.alerts(Rules::NoContact).isEmpty());

        ContactAmendment am;
        am.id = u"am1"_s;
        am.youngPersonId = u"yp1"_s;
        am.contactLogId = recent.id;
        am.amendedBy = u"pa1"_s;
        am.amendedAt = b.now.addDays(-1);
        am.reason = u"wrong person"_s;
        am.changes = QJsonObject {{u"successful"_s, false}};
        b.r.amendments.append(am);
        const auto alerts = b.alerts(Rules::NoContact);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().tier, AlertTier::Overdue);
        QCOMPARE(alerts.first().facts.value(u"attemptsSinceContact"_s).toInt(), 1);
    }

    void enteredInErrorLeavesEveryCount()
    {
        CaseBuilder b;
        const QDate today = b.now.date();
        b.r.contacts.removeFirst();
        b.contact(today.addDays(-60));
        const ContactLog recent = b.contact(today.addDays(-3));
        const ContactLog attempt = b.contact(today.addDays(-2), ContactKind::Attempted, false);
        ContactRequest &asked = b.request(b.now.addDays(-4), RequestUrgency::Urgent);
        b.r.contacts.last().respondsToRequestId = asked.id;
        QVERIFY(b.alerts(Rules::NoContact).isEmpty());
        QVERIFY(b.alerts(Rules::ContactRequest).isEmpty());

        const auto mark = [&](const ContactLog &c, const QString &id) {
            ContactAmendment am;
            am.id = id;
            am.youngPersonId = u"yp1"_s;
            am.contactLogId = c.id;
            am.amendedBy = u"pa1"_s;
            am.amendedAt = b.now.addSecs(-60);
            am.reason = u"logged for the wrong young person"_s;
            am.changes = QJsonObject {{u"enteredInError"_s, true}};
            b.r.amendments.append(am);
        };
        mark(recent, u"am1"_s);
        mark(attempt, u"am2"_s);
        const auto alerts = b.alerts(Rules::NoContact);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().tier, AlertTier::Overdue);
        QCOMPARE(alerts.first().facts.value(u"lastContactOn"_s).toString(), today.addDays(-60).toString(Qt::ISODate));
        // Neither is an attempt either: an entered-in-error log is no record of anything.
        QCOMPARE(alerts.first().facts.value(u"attemptsSinceContact"_s).toInt(), 0);
        // The request it answered is unanswered again.
        QCOMPARE(b.alerts(Rules::ContactRequest).size(), 1);
    }

    void neverContactedCountsFromAllocation()
    {
        CaseBuilder b;
        b.clearContacts();
        b.r.allocations.clear();
        b.allocate(u"pa1"_s, b.now.date().addDays(-41));
        QVERIFY(b.alerts(Rules::NoContact).isEmpty());
        b.r.allocations.clear();
        b.allocate(u"pa1"_s, b.now.date().addDays(-42));
        const auto alerts = b.alerts(Rules::NoContact);
        QCOMPARE(tierOrNone(alerts), u"warning"_s);
        QCOMPARE(alerts.first().facts.value(u"neverContacted"_s).toBool(), true);
    }

    void neverContactedNeverAllocatedCountsFrom16()
    {
        CaseBuilder b(QDate(2026, 1, 1), QDate(2009, 12, 1)); // 16 on 2025-12-01: 31 days ago
        b.clearContacts();
        b.r.allocations.clear();
        QVERIFY(b.alerts(Rules::NoContact).isEmpty());
        b.setToday(QDate(2026, 1, 12)); // 42 days after the 16th birthday
        QCOMPARE(tierOrNone(b.alerts(Rules::NoContact)), u"warning"_s);
        QCOMPARE(tierOrNone(b.alerts(Rules::NoPa)), u"immediate"_s);
    }

    void perYoungPersonOverride()
    {
        CaseBuilder b;
        b.r.contacts.removeFirst();
        b.contact(b.now.date().addDays(-28));
        AlertSettings s;
        QVERIFY(b.alerts(Rules::NoContact, s).isEmpty());
        s.overrides.insert(u"yp1"_s, QJsonObject {{u"contactOverdueDays"_s, 28}}); // plan: contact every 4 weeks
        QCOMPARE(tierOrNone(b.alerts(Rules::NoContact, s)), u"overdue"_s);
        b.r.contacts.removeLast();
        b.contact(b.now.date().addDays(-27));
        QCOMPARE(tierOrNone(b.alerts(Rules::NoContact, s)), u"warning"_s); // warning a week before
        b.r.contacts.removeLast();
        b.contact(b.now.date().addDays(-20));
        QCOMPARE(tierOrNone(b.alerts(Rules::NoContact, s)), u"none"_s);
        s.overrides.clear();
        s.overrides.insert(u"someone_else"_s, QJsonObject {{u"contactOverdueDays"_s, 10}});
        QCOMPARE(tierOrNone(b.alerts(Rules::NoContact, s)), u"none"_s);
    }

    void noPaIsImmediateToManager()
    {
        CaseBuilder b;
        QVERIFY(b.alerts(Rules::NoPa).isEmpty());
        b.r.allocations.first().until = b.now.date().addDays(-3);
        const auto alerts = b.alerts(Rules::NoPa);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().tier, AlertTier::Immediate);
        QCOMPARE(alerts.first().audience, AlertAudience::Manager);
        // `until` is the last allocated day: nobody has been the PA since the day after it.
        QCOMPARE(alerts.first().since, b.now.date().addDays(-2));
        QCOMPARE(alerts.first().daysOverdue, 2);
        QCOMPARE(alerts.first().facts.value(u"allocationEndedOn"_s).toString(),
                 b.now.date().addDays(-3).toString(Qt::ISODate));
        QCOMPARE(alerts.first().key(), u"no_pa:yp1"_s);
        b.allocate(u"pa2"_s, b.now.date().addDays(-2));
        QVERIFY(b.alerts(Rules::NoPa).isEmpty());
    }

    void noPaFromTheDayAfterTheLastAllocatedDay_data()
    {
        QTest::addColumn<int>("untilDaysAgo");
        QTest::addColumn<bool>("alert");
        QTest::addColumn<int>("daysWithoutPa");
        QTest::newRow("ends tomorrow") << -1 << false << 0;
        QTest::newRow("ends today") << 0 << false << 0;
        QTest::newRow("ended yesterday") << 1 << true << 0;
        QTest::newRow("ended 2 days ago") << 2 << true << 1;
    }
    void noPaFromTheDayAfterTheLastAllocatedDay()
    {
        QFETCH(int, untilDaysAgo);
        QFETCH(bool, alert);
        QFETCH(int, daysWithoutPa);
        CaseBuilder b;
        const QDate today = b.now.date();
        b.r.allocations.first().until = today.addDays(-untilDaysAgo);
        const auto alerts = b.alerts(Rules::NoPa);
        QCOMPARE(alerts.size(), alert ? 1 : 0);
        if (alert) {
            QCOMPARE(alerts.first().since, today.addDays(-untilDaysAgo + 1)); // the first day without a PA
            QCOMPARE(alerts.first().dueDate, alerts.first().since);
            QCOMPARE(alerts.first().daysOverdue, daysWithoutPa);
        }
    }

    void moveVisit_data()
    {
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<QString>("tier");
        QTest::newRow("4") << 4 << u"none"_s;
        QTest::newRow("6") << 6 << u"warning"_s;
        QTest::newRow("7") << 7 << u"warning"_s;
        QTest::newRow("8") << 8 << u"overdue"_s;
    }
    void moveVisit()
    {
        QFETCH(int, daysAgo);
        QFETCH(QString, tier);
        CaseBuilder b;
        const QDate moved = b.now.date().addDays(-daysAgo);
        b.event(moved, ChronologyKind::MovedHome, true);
        const auto alerts = b.alerts(Rules::MoveVisit);
        QCOMPARE(tierOrNone(alerts), tier);
        if (!alerts.isEmpty()) {
            QCOMPARE(alerts.first().dueDate, moved.addDays(7));
            QCOMPARE(alerts.first().daysOverdue, std::max(0, daysAgo - 7));
        }
        b.contact(moved.addDays(1), ContactKind::Phone); // a phone call is not a visit
        QCOMPARE(tierOrNone(b.alerts(Rules::MoveVisit)), tier);
        b.contact(moved.addDays(1), ContactKind::Visit, false); // nobody home
        QCOMPARE(tierOrNone(b.alerts(Rules::MoveVisit)), tier);
        b.contact(moved, ContactKind::Visit);
        QVERIFY(b.alerts(Rules::MoveVisit).isEmpty());
    }

    void moveNotProvidedByAuthorityNeedsNoVisit()
    {
        CaseBuilder b;
        b.event(b.now.date().addDays(-20), ChronologyKind::MovedHome, false);
        QVERIFY(b.alerts(Rules::MoveVisit).isEmpty());
        b.event(b.now.date().addDays(-9), ChronologyKind::MovedHome, true);
        QCOMPARE(tierOrNone(b.alerts(Rules::MoveVisit)), u"overdue"_s); // the visit 10 days ago was before
        b.r.events.last().deleted = true;
        QVERIFY(b.alerts(Rules::MoveVisit).isEmpty());
    }

    void inTouchWindow_data()
    {
        QTest::addColumn<QDate>("contactOn");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("alert");
        // dob 2006-06-15: 19th birthday 2025-06-15, window 2025-05-15 .. 2025-07-15 (one month either side)
        QTest::newRow("window still open") << QDate(2025, 1, 1) << QDate(2025, 7, 15) << false;
        QTest::newRow("closed, none in it") << QDate(2025, 1, 1) << QDate(2025, 7, 16) << true;
        QTest::newRow("first day") << QDate(2025, 5, 15) << QDate(2025, 7, 16) << false;
        QTest::newRow("day before") << QDate(2025, 5, 14) << QDate(2025, 7, 16) << true;
        QTest::newRow("last day") << QDate(2025, 7, 15) << QDate(2025, 7, 16) << false;
        QTest::newRow("day after") << QDate(2025, 7, 16) << QDate(2025, 7, 20) << true;
        QTest::newRow("look-back end") << QDate(2025, 1, 1) << QDate(2026, 7, 15) << true;
        QTest::newRow("past look-back") << QDate(2025, 1, 1) << QDate(2026, 7, 16) << false;
    }
    void inTouchWindow()
    {
        QFETCH(QDate, contactOn);
        QFETCH(QDate, today);
        QFETCH(bool, alert);
        CaseBuilder b(QDate(2025, 1, 2));
        b.clearContacts();
        b.contact(contactOn);
        b.setToday(today);
        QList<Alert> alerts;
        for (const auto &a : b.alerts(Rules::InTouch)) {
            if (a.subject == u"19"_s) {
                alerts.append(a);
            }
        }
        QCOMPARE(!alerts.isEmpty(), alert);
        if (alert) {
            QCOMPARE(alerts.first().key(), u"in_touch:yp1:19"_s);
            QCOMPARE(alerts.first().dueDate, QDate(2025, 7, 15));
            QCOMPARE(alerts.first().audience, AlertAudience::Manager);
        }
    }

    void inTouchUnsuccessfulContactDoesNotCount()
    {
        CaseBuilder b(QDate(2025, 8, 1));
        b.clearContacts();
        b.contact(QDate(2025, 6, 15), ContactKind::Visit, false);
        QCOMPARE(b.alerts(Rules::InTouch).size(), 1);
    }

    void contactRequest_data()
    {
        QTest::addColumn<bool>("urgent");
        QTest::addColumn<qint64>("secsLater");
        QTest::addColumn<bool>("alert");
        QTest::addColumn<QString>("tier");
        // An urgent request is a warning at once, overdue after 24 hours.
        QTest::newRow("urgent at once") << true << qint64(0) << true << u"warning"_s;
        QTest::newRow("urgent 23h59") << true << qint64(24 * 3600 - 60) << true << u"warning"_s;
        QTest::newRow("urgent 24h") << true << qint64(24 * 3600) << true << u"warning"_s;
        QTest::newRow("urgent 24h+1s") << true << qint64(24 * 3600 + 1) << true << u"overdue"_s;
        QTest::newRow("convenient 7d") << false << qint64(7 * 86400) << false << QString();
        QTest::newRow("convenient 7d+1s") << false << qint64(7 * 86400 + 1) << true << u"overdue"_s;
        QTest::newRow("convenient 3d") << false << qint64(3 * 86400) << false << QString();
    }
    void contactRequest()
    {
        QFETCH(bool, urgent);
        QFETCH(qint64, secsLater);
        QFETCH(bool, alert);
        QFETCH(QString, tier);
        CaseBuilder b;
        const QDateTime asked = b.now;
        b.request(asked, urgent ? RequestUrgency::Urgent : RequestUrgency::WhenConvenient);
        b.now = asked.addSecs(secsLater);
        const auto alerts = b.alerts(Rules::ContactRequest);
        QCOMPARE(alerts.size(), alert ? 1 : 0);
        if (alert) {
            QCOMPARE(alerts.first().key(), u"contact_request:yp1:request"_s + QString::number(b.counter));
            QCOMPARE(alerts.first().facts.value(u"urgency"_s).toString(), urgent ? u"urgent"_s : u"when_convenient"_s);
            QCOMPARE(toCode(alerts.first().tier), tier);
            QCOMPARE(alerts.first().daysOverdue, 0);
            QVERIFY(!QJsonDocument(alerts.first().toJson()).toJson().contains("Can we meet"));
        }
    }

    void answeredRequestsDoNotAlert()
    {
        CaseBuilder b;
        const QDateTime asked = b.now.addDays(-3);
        b.request(asked, RequestUrgency::Urgent).status = u"answered"_s;
        ContactRequest &open = b.request(asked, RequestUrgency::Urgent);
        QCOMPARE(b.alerts(Rules::ContactRequest).size(), 1);
        ContactLog &reply = b.contact(b.now.date().addDays(-1), ContactKind::Phone, false);
        reply.respondsToRequestId = open.id;
        QCOMPARE(b.alerts(Rules::ContactRequest).size(), 0);
        b.request(asked, RequestUrgency::Urgent).status = u"withdrawn"_s;
        QCOMPARE(b.alerts(Rules::ContactRequest).size(), 0);
    }

    void beyondServiceAgeNoAlerts()
    {
        CaseBuilder b(QDate(2026, 1, 1), QDate(2000, 1, 1)); // 26
        b.clearContacts();
        b.r.allocations.clear();
        QVERIFY(b.alerts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContactRules)
#include "tst_contactrules.moc"

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "alerts/casesummary.h"
#include "alerts/evaluator.h"
#include "alerts/rules.h"
#include "casebuilder.h"

#include <QJsonDocument>
#include <QTest>

using namespace Pathway;
using namespace Pathway::Test;

/** Tests the evaluator: all rules together, the caseload version, keys, JSON and facts. */
class TestEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everythingWrongAtOnce()
    {
        CaseBuilder b(QDate(2026, 7, 1), QDate(2008, 6, 15)); // just 18
        b.clearContacts();
        b.clearDocuments();
        b.r.reviews.clear();
        b.r.handover.reset();
        b.r.allocations.clear();
        b.allocate(u"pa1"_s, QDate(2025, 1, 1), QDate(2026, 6, 1));
        b.event(QDate(2026, 6, 20), ChronologyKind::MovedHome, true);
        const QString requestId = b.request(b.now.addDays(-2), RequestUrgency::Urgent).id;
        const auto alerts = b.alerts();
        QStringList keys;
        for (const auto &a : alerts) {
            keys.append(a.key());
        }
        QCOMPARE(
            keys,
            (QStringList {u"contact_request:yp1:"_s + requestId, u"health_handover:yp1"_s, u"in_touch:yp1:17"_s,
                          u"missing_id:yp1:bank_account"_s, u"missing_id:yp1:ni_number"_s, u"missing_id:yp1:photo_id"_s,
                          u"move_visit:yp1"_s, u"no_contact:yp1"_s, u"no_pa:yp1"_s, u"plan_review:yp1"_s}));
        // Facts never carry free text from notes or messages, nor the name.
        for (const auto &a : alerts) {
            const QByteArray json = QJsonDocument(a.toJson()).toJson();
            QVERIFY(!json.contains("Sam"));
            QVERIFY(!json.contains("Can we meet"));
            const auto back = Alert::fromJson(a.toJson());
            QVERIFY(back);
            QCOMPARE(*back, a);
        }
    }

    void caseloadSortsAndIsPure()
    {
        CaseBuilder one;
        one.r.allocations.first().until = one.now.date().addDays(-1);
        CaseBuilder two;
        two.r.youngPerson.id = u"yp0"_s;
        for (auto &a : two.r.allocations) {
            a.youngPersonId = u"yp0"_s;
        }
        two.r.allocations.first().until = two.now.date().addDays(-1);
        const auto alerts = AlertEvaluator::evaluateCaseload({one.r, two.r}, one.now, {});
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts.at(0).youngPersonId, u"yp0"_s);
        QCOMPARE(alerts.at(1).youngPersonId, u"yp1"_s);
        QCOMPARE(AlertEvaluator::evaluateCaseload({one.r, two.r}, one.now, {}), alerts);
    }

    void factsPathMatchesRecordsPath()
    {
        CaseBuilder b;
        b.r.contacts.removeFirst();
        b.contact(b.now.date().addDays(-70));
        b.contact(b.now.date().addDays(-3), ContactKind::Attempted, false);
        const AlertThresholds t;
        const CaseFacts f = caseFactsFrom(b.r, b.now.date(), t);
        QCOMPARE(f.attemptsSinceLastContact, 1);
        QCOMPARE(f.currentPaId, u"pa1"_s);
        QCOMPARE(f.inTouch.value(19), true);
        QCOMPARE(AlertEvaluator::evaluateFacts(f, b.now, t), b.alerts());
    }

    void summaryRoundTripsThroughJson()
    {
        CaseBuilder b(QDate(2026, 7, 1), QDate(2008, 6, 15));
        b.contact(QDate(2025, 6, 1));
        b.contact(b.now.date().addDays(-1), ContactKind::Attempted, false);
        b.r.allocations.first().until = QDate(2026, 6, 1);
        b.allocate(u"pa2"_s, QDate(2026, 6, 2));
        b.event(QDate(2026, 6, 22), ChronologyKind::MovedHome, true); // after the last visit
        b.event(QDate(2026, 6, 21), ChronologyKind::StartedWork);
        b.request(b.now.addDays(-9), RequestUrgency::WhenConvenient);
        b.document(DocumentKind::ProvisionalLicence, DocumentStatus::Applied);
        const CaseSummary s = summarise(b.r);
        QCOMPARE(s.birthdays.value(17).lastBefore, QDate(2025, 6, 1));
        QCOMPARE(s.birthdays.value(17).firstFrom, QDate(2026, 6, 15)); // the contact on the 18th birthday
        const auto back = CaseSummary::fromJson(s.toJson());
        QVERIFY(back);
        QCOMPARE(*back, s);
        const AlertThresholds t;
        const auto alerts = AlertEvaluator::evaluateFacts(back->factsOn(b.now.date(), t), b.now, t);
        QCOMPARE(alerts, b.alerts());
        QCOMPARE(alerts.size(), 2); // move_visit, contact_request
    }
};

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"

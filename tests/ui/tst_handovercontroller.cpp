// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "ui/handovercontroller.h"
#include "uitestutil.h"

#include "alerts/evaluator.h"

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

namespace {

bool hasHandoverAlert(const DemoDevice &d, const QString &youngPersonId)
{
    const QList<Alert> alerts
        = AlertEvaluator::evaluate(d.session->data().caseRecords(youngPersonId), d.clock.now(), d.app->alertSettings());
    return std::any_of(alerts.begin(), alerts.end(), [](const Alert &a) { return a.ruleCode == "health_handover"_L1; });
}

} // namespace

/** Staff record the health-history handover (date, format, consent); the alert clears; the young person reads it. */
class TestHandoverController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordingTheHandoverClearsTheAlert()
    {
        DemoDevice d(Role::PersonalAdviser);
        QString who;
        for (const YoungPerson &yp : d.session->data().youngPeople) {
            if (hasHandoverAlert(d, yp.id))
                who = yp.id;
        }
        QVERIFY2(!who.isEmpty(), "a young person on the demo PA's caseload is due a handover");
        HandoverController c;
        c.setApp(d.app.get());
        c.setYoungPersonId(who);
        QVERIFY(!c.complete());
        QCOMPARE(c.statusText(), u"The health history has not been handed over yet."_s);
        QCOMPARE(c.handedOverOn(), u"2026-03-02"_s);
        QVERIFY(c.youngPersonHasCopy());
        QCOMPARE(c.formatOptions().size(), 3);

        c.setHandedOverOn(u"2026-03-09"_s); // not yet
        QVERIFY(!c.save());
        QVERIFY(hasHandoverAlert(d, who));

        c.setHandedOverOn(u"2026-02-28"_s);
        c.setFormatCode(u"both"_s);
        c.setConsentToShare(true);
        QVERIFY(c.save());
        QVERIFY(c.message().contains(u"Saved on this device."_s));
        QVERIFY(c.complete());
        QVERIFY(!hasHandoverAlert(d, who));
        const auto h = d.session->data().handoverOf(who);
        QCOMPARE(h->handedOverOn, QDate(2026, 2, 28));
        QCOMPARE(h->format, HandoverFormat::Both);
        QVERIFY(h->consentToShare);
        QCOMPARE(h->handedOverBy, d.app->userId());
        QVERIFY(c.statusText().contains(u"Paper and digital copies"_s));

        // Without their copy it is not complete, and the alert stays.
        c.setYoungPersonHasCopy(false);
        QVERIFY(c.save());
        QVERIFY(!c.complete());
        QVERIFY(hasHandoverAlert(d, who));
    }

    void theYoungPersonReadsItButCannotRecordIt()
    {
        DemoDevice d(Role::YoungPerson);
        HandoverController c;
        c.setApp(d.app.get());
        c.setYoungPersonId(d.app->userId());
        QVERIFY(!c.statusText().isEmpty());
        QVERIFY(!c.canEdit());
        QVERIFY(!c.save());
    }
};

QTEST_MAIN(TestHandoverController)
#include "tst_handovercontroller.moc"

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "ui/entitlementeditcontroller.h"
#include "ui/youngpersoncontroller.h"
#include "uitestutil.h"

using namespace Qt::StringLiterals;
using namespace Pathway;
using Pathway::Test::DemoDevice;

/** Staff record an offer item as asked, claimed, received or declined, with the day it happened. */
class TestEntitlementEditController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staffMarkAnItemReceived()
    {
        DemoDevice d(Role::PersonalAdviser);
        const QString who = d.session->data().youngPeople.first().id;
        YoungPersonController person;
        person.setApp(d.app.get());
        person.setYoungPersonId(who);
        QVERIFY(person.offer()->rowCount() > 0);
        const QString item = person.offer()->valueAt(0, u"key"_s).toString();

        EntitlementEditController c;
        c.setApp(d.app.get());
        c.setYoungPersonId(who);
        c.setOfferItemId(item);
        QVERIFY(!c.title().isEmpty());
        QCOMPARE(c.statusOptions().size(), 6);

        c.setStatusCode(u"received"_s);
        QCOMPARE(c.since(), u"2026-03-02"_s);
        c.setSince(u"2026-02-20"_s);
        c.setStatusCode(u"claimed"_s);
        c.setStatusCode(u"received"_s);
        QCOMPARE(c.since(), u"2026-02-20"_s); // a chosen day stays
        QVERIFY(c.save());
        QVERIFY(c.message().contains(u"Saved on this device."_s));
        const Entitlement *saved = nullptr;
        for (const Entitlement &e : d.session->data().entitlements) {
            if (e.youngPersonId == who && e.offerItemId == item)
                saved = &e;
        }
        QVERIFY(saved);
        QCOMPARE(saved->status, EntitlementStatus::Received);
        QCOMPARE(saved->statusSince, QDate(2026, 2, 20));
        const int row = person.offer()->indexOfKey(item);
        QCOMPARE(person.offer()->valueAt(row, u"statusCode"_s).toString(), u"received"_s);
        QVERIFY(person.offer()->valueAt(row, u"statusText"_s).toString().startsWith(u"Got it"_s));
        QVERIFY(!person.offer()->valueAt(row, u"canAsk"_s).toBool());

        // Not in the future; saving the same again adds no second entitlement.
        c.setSince(u"2026-03-09"_s);
        QVERIFY(!c.save());
        QVERIFY(c.message().contains(u"future"_s));
        c.setSince(u"2026-03-02"_s);
        c.setStatusCode(u"declined"_s);
        QVERIFY(c.save());
        // Opened again, the form shows the status as recorded and its own date.
        EntitlementEditController again;
        again.setApp(d.app.get());
        again.setYoungPersonId(who);
        again.setOfferItemId(item);
        QCOMPARE(again.statusCode(), u"declined"_s);
        QCOMPARE(again.since(), u"2026-03-02"_s);
        int count = 0;
        for (const Entitlement &e : d.session->data().entitlements)
            count += e.youngPersonId == who && e.offerItemId == item ? 1 : 0;
        QCOMPARE(count, 1);
    }

    void youngPeopleOnlyAsk()
    {
        DemoDevice d(Role::YoungPerson);
        YoungPersonController person;
        person.setApp(d.app.get());
        EntitlementEditController c;
        c.setApp(d.app.get());
        c.setYoungPersonId(d.app->userId());
        c.setOfferItemId(person.offer()->valueAt(0, u"key"_s).toString());
        c.setStatusCode(u"received"_s);
        QVERIFY(!c.save());
    }
};

QTEST_MAIN(TestEntitlementEditController)
#include "tst_entitlementeditcontroller.moc"

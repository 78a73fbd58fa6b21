// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Journey 7: a young person asks for an item of the local offer; the PA sees the request and marks
// the item received; the young person sees it received.
#include "journeydevice.h"

#include "ui/entitlementeditcontroller.h"
#include "ui/labels.h"
#include "ui/youngpersoncontroller.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

class TestJourneyOffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void askedForItemIsMarkedReceived()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        QVERIFY(!server.enrolments().isEmpty());
        const DemoEnrolment enrolment = server.enrolments().first();
        JourneyDevice yp;
        QVERIFY(yp.enrol(server.url(), enrolment.code));
        const QString ypId = enrolment.youngPersonId;
        const DemoLogin paLogin = loginOfStaff(server, yp.session.data().currentPaId(ypId, yp.clock.today()));
        QVERIFY2(!paLogin.email.isEmpty(), "the young person's PA has a demo login");

        // The young person asks for an item they have not asked for yet.
        YoungPersonController mine;
        mine.setApp(&yp.app);
        OfferModel *offer = mine.offer();
        QString item;
        for (int i = 0; i < offer->rowCount() && item.isEmpty(); ++i) {
            if (offer->valueAt(i, u"canAsk"_s).toBool())
                item = offer->valueAt(i, u"key"_s).toString();
        }
        QVERIFY2(!item.isEmpty(), "the demo young person has an item of the offer not asked for");
        QVERIFY(mine.askForOffer(item));
        QCOMPARE(offer->valueAt(offer->indexOfKey(item), u"statusCode"_s).toString(), u"asked"_s);
        QVERIFY(yp.syncNow());
        QCOMPARE(yp.session.rejectedCount(), 0);

        // The PA sees it asked for, and marks it received today.
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), paLogin));
        YoungPersonController record;
        record.setApp(&pa.app);
        record.setYoungPersonId(ypId);
        QCOMPARE(record.offer()->valueAt(record.offer()->indexOfKey(item), u"statusCode"_s).toString(), u"asked"_s);
        EntitlementEditController status;
        status.setApp(&pa.app);
        status.setYoungPersonId(ypId);
        status.setOfferItemId(item);
        QVERIFY(status.canEdit());
        QCOMPARE(status.statusCode(), u"asked"_s);
        status.setStatusCode(u"received"_s);
        QCOMPARE(status.since(), pa.clock.today().toString(Qt::ISODate));
        QVERIFY(status.save());
        QCOMPARE(status.saveState(), RecordEditor::SaveState::OnDevice);
        QVERIFY(pa.syncNow());
        QCOMPARE(pa.session.rejectedCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(status.saveState(), RecordEditor::SaveState::Sent, 10000);

        // The young person sees it received, with the day.
        QVERIFY(yp.syncNow());
        const int row = offer->indexOfKey(item);
        QCOMPARE(offer->valueAt(row, u"statusCode"_s).toString(), u"received"_s);
        QVERIFY(offer->valueAt(row, u"statusText"_s).toString().contains(Labels::date(pa.clock.today())));
        QVERIFY(!offer->valueAt(row, u"canAsk"_s).toBool());
        // A young person cannot set it themselves.
        EntitlementEditController notMine;
        notMine.setApp(&yp.app);
        notMine.setYoungPersonId(ypId);
        notMine.setOfferItemId(item);
        QVERIFY(!notMine.canEdit());
    }
};

QTEST_MAIN(TestJourneyOffer)
#include "tst_journey_offer.moc"

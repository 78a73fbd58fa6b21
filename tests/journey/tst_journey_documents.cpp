// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// Journey 6: the PA and the young person update documents until missing_id and passport_expiry
// clear: the young person says "I have it now", the PA confirms it and records the passport that
// came; a passport about to expire gets its renewed expiry date. Both clear on the devices and on
// the server.
#include "journeydevice.h"
#include "journeyserverapi.h"

#include "alerts/evaluator.h"
#include "ui/documenteditcontroller.h"
#include "ui/labels.h"
#include "ui/teamcontroller.h"
#include "ui/youngpersoncontroller.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Testing;

namespace {

/** The alerts a device evaluates for one young person, of one rule. */
QList<Alert> deviceAlerts(JourneyDevice &device, const QString &youngPersonId, const QString &rule)
{
    QList<Alert> out;
    for (const Alert &a : AlertEvaluator::evaluate(device.session.data().caseRecords(youngPersonId), device.clock.now(),
                                                   device.app.alertSettings())) {
        if (a.ruleCode == rule)
            out.append(a);
    }
    return out;
}

/** The id of the young person's document of @p kind on a device. */
QString documentOf(JourneyDevice &device, const QString &youngPersonId, DocumentKind kind)
{
    for (const DocumentItem &d : device.session.data().documents) {
        if (d.youngPersonId == youngPersonId && d.kind == kind && !d.deleted)
            return d.id;
    }
    return {};
}

/** A young person (with a PA who can sign in) for whom the manager's device shows @p rule. */
QString someoneWith(JourneyDevice &manager, const ServerProcess &server, const QString &rule, int minimumAlerts = 1)
{
    for (const YoungPerson &yp : manager.session.data().youngPeople) {
        const QString pa = manager.session.data().currentPaId(yp.id, manager.clock.today());
        if (!loginOfStaff(server, pa).email.isEmpty() && deviceAlerts(manager, yp.id, rule).size() >= minimumAlerts)
            return yp.id;
    }
    return {};
}

const QString sentText = u"Saved on this device and on the server."_s;

} // namespace

class TestJourneyDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PATHWAY_ALERT_SWEEP_SECS", "1");
    }

    void missingIdClearsWithTheYoungPersonAndThePa()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));
        // Someone missing photo ID and another document at 18.
        const QString ypId = someoneWith(manager, server, u"missing_id"_s, 2);
        QVERIFY2(!ypId.isEmpty(), "the demo authority has a young person missing two ID documents");
        const DemoLogin paLogin = loginOfStaff(server, manager.session.data().currentPaId(ypId, manager.clock.today()));
        JourneyServerApi managerApi(server.url());
        QVERIFY(managerApi.signIn(server.login(u"manager"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(managerApi.unresolvedAlerts(ypId, u"missing_id"_s).size() >= 2, 30000);

        JourneyServerApi paApi(server.url());
        QVERIFY(paApi.signIn(paLogin));
        JourneyDevice yp;
        QVERIFY(yp.enrol(server.url(), paApi.enrolmentCode(ypId)));
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), paLogin));

        // The young person: "I have it now" for everything missing but photo ID.
        YoungPersonController mine;
        mine.setApp(&yp.app);
        DocumentEditController says;
        says.setApp(&yp.app);
        says.setYoungPersonId(ypId);
        QVERIFY(says.canSayHave());
        QVERIFY(!says.canEdit());
        QStringList claimed;
        for (const Alert &a : deviceAlerts(yp, ypId, u"missing_id"_s)) {
            if (a.subject == "photo_id"_L1)
                continue;
            const DocumentKind kind = a.subject == "ni_number"_L1 ? DocumentKind::NiNumber : DocumentKind::BankAccount;
            const QString id = documentOf(yp, ypId, kind);
            QVERIFY(!id.isEmpty());
            const int row = mine.documents()->indexOfKey(id);
            QVERIFY(mine.documents()->valueAt(row, u"canSayHave"_s).toBool());
            QVERIFY(says.sayHave(id));
            QCOMPARE(mine.documents()->valueAt(row, u"statusText"_s).toString(), u"Waiting for your PA to confirm"_s);
            claimed.append(id);
        }
        QVERIFY(!claimed.isEmpty());
        QVERIFY(yp.syncNow());
        // The server takes the young person's word (the access table lets them write youngPersonHasIt).
        QCOMPARE(yp.session.rejectedCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(says.saveState(), RecordEditor::SaveState::Sent, 10000);

        // The PA sees each one waiting for confirmation, and confirms it.
        QVERIFY(pa.syncNow());
        YoungPersonController record;
        record.setApp(&pa.app);
        record.setYoungPersonId(ypId);
        DocumentEditController confirm;
        confirm.setApp(&pa.app);
        confirm.setYoungPersonId(ypId);
        QVERIFY(confirm.canEdit());
        for (const QString &id : std::as_const(claimed)) {
            const int row = record.documents()->indexOfKey(id);
            QVERIFY(record.documents()->valueAt(row, u"saysHave"_s).toBool());
            QCOMPARE(record.documents()->valueAt(row, u"statusText"_s).toString(), u"Says they have it: confirm"_s);
            QVERIFY(confirm.confirmHave(id));
        }

        // The passport arrived: the PA records it with its expiry date.
        DocumentEditController passport;
        passport.setApp(&pa.app);
        passport.setDocumentId(documentOf(pa, ypId, DocumentKind::Passport));
        passport.setStatusCode(u"have"_s);
        passport.setExpiresOn(pa.clock.today().addYears(10).toString(Qt::ISODate));
        QVERIFY(passport.save());
        QVERIFY(!passport.message().contains(sentText));
        QVERIFY(deviceAlerts(pa, ypId, u"missing_id"_s).isEmpty());
        QVERIFY(pa.syncNow());
        QCOMPARE(pa.session.rejectedCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(passport.saveState(), RecordEditor::SaveState::Sent, 10000);

        // Cleared on the server, on the young person's device and on the manager's.
        QTRY_VERIFY_WITH_TIMEOUT(managerApi.unresolvedAlerts(ypId, u"missing_id"_s).isEmpty(), 30000);
        QVERIFY(yp.syncNow());
        QVERIFY(deviceAlerts(yp, ypId, u"missing_id"_s).isEmpty());
        for (const QString &id : std::as_const(claimed)) {
            const int row = mine.documents()->indexOfKey(id);
            QCOMPARE(mine.documents()->valueAt(row, u"statusCode"_s).toString(), u"have"_s);
            QVERIFY(!mine.documents()->valueAt(row, u"canSayHave"_s).toBool());
        }
        QVERIFY(manager.syncNow());
        TeamController team;
        team.setApp(&manager.app);
        team.setSelectedFigure(u"missing_id"_s);
        QVERIFY(team.attention()->indexOfKey(ypId) < 0);
    }

    void renewedPassportClearsPassportExpiry()
    {
        ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.errorString()));
        JourneyDevice manager;
        QVERIFY(manager.signIn(server.url(), server.login(u"manager"_s)));
        const QString ypId = someoneWith(manager, server, u"passport_expiry"_s);
        QVERIFY2(!ypId.isEmpty(), "the demo authority has a passport about to expire");
        const DemoLogin paLogin = loginOfStaff(server, manager.session.data().currentPaId(ypId, manager.clock.today()));
        JourneyServerApi managerApi(server.url());
        QVERIFY(managerApi.signIn(server.login(u"manager"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(!managerApi.unresolvedAlerts(ypId, u"passport_expiry"_s).isEmpty(), 30000);

        // The PA records the renewed passport's expiry date.
        JourneyDevice pa;
        QVERIFY(pa.signIn(server.url(), paLogin));
        QVERIFY(!deviceAlerts(pa, ypId, u"passport_expiry"_s).isEmpty());
        DocumentEditController passport;
        passport.setApp(&pa.app);
        passport.setDocumentId(documentOf(pa, ypId, DocumentKind::Passport));
        QCOMPARE(passport.statusCode(), u"have"_s);
        const QString renewed = pa.clock.today().addYears(10).toString(Qt::ISODate);
        passport.setExpiresOn(renewed);
        QVERIFY(passport.save());
        QVERIFY(deviceAlerts(pa, ypId, u"passport_expiry"_s).isEmpty());
        QVERIFY(pa.syncNow());
        QCOMPARE(pa.session.rejectedCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(passport.message().contains(sentText), 10000);

        // Cleared on the server, and the manager's device reads the new date.
        QTRY_VERIFY_WITH_TIMEOUT(managerApi.unresolvedAlerts(ypId, u"passport_expiry"_s).isEmpty(), 30000);
        QVERIFY(manager.syncNow());
        QVERIFY(deviceAlerts(manager, ypId, u"passport_expiry"_s).isEmpty());
        YoungPersonController seen;
        seen.setApp(&manager.app);
        seen.setYoungPersonId(ypId);
        const int row = seen.documents()->indexOfKey(documentOf(manager, ypId, DocumentKind::Passport));
        QVERIFY(seen.documents()
                    ->valueAt(row, u"detailText"_s)
                    .toString()
                    .contains(Labels::date(QDate::fromString(renewed, Qt::ISODate))));
    }
};

QTEST_MAIN(TestJourneyDocuments)
#include "tst_journey_documents.moc"

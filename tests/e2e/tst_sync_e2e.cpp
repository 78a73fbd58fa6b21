// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "serverprocess.h"
#include "syncclient.h"

#include "domain/contact.h"
#include "domain/people.h"
#include "domain/record.h"
#include "store/recordstore.h"
#include "sync/apiclient.h"
#include "sync/credentials.h"
#include "sync/syncengine.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Sync;
using namespace Pathway::Sync::Testing;
using namespace Pathway::Testing;

/**
 * End to end: the real pathway-server with the demo authority, and real clients that edit
 * offline, reconnect and must converge without losing anything.
 */
class TestSyncE2E : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> server;

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<ServerProcess>();
        if (!QFileInfo(ServerProcess::executablePath()).isExecutable()) {
            QSKIP("pathway-server is not built in this build tree");
        }
        QVERIFY2(server->start({u"--demo"_s}), qPrintable(server->errorString()));
        QVERIFY(!server->login(u"pa"_s).email.isEmpty());
        QVERIFY(!server->login(u"manager"_s).email.isEmpty());
    }

    void cleanup() { server.reset(); }

    void offlineEditsConverge()
    {
        const auto pa = server->login(u"pa"_s);
        Client a(server->url());
        Client b(server->url());
        QVERIFY(a.login(pa));
        QVERIFY(b.login(pa)); // the same PA on a phone and a laptop
        QVERIFY(a.credentials.deviceId() != b.credentials.deviceId());
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QVERIFY(a.engine->lastStats().pulledRecords > 0);

        // A young person of this PA with a plan section and a plan action.
        QString yp, sectionId, actionId;
        for (const auto &id : caseloadOf(a, pa.staffId)) {
            const auto sections = a.records().listByOwner(u"plan_section"_s, id);
            const auto actions = a.records().listByOwner(u"plan_action"_s, id);
            if (!sections.isEmpty() && !actions.isEmpty()) {
                yp = id;
                sectionId = sections.first().recordId;
                actionId = actions.first().recordId;
                break;
            }
        }
        QVERIFY2(!yp.isEmpty(), "the demo PA has no young person with a plan");
        QCOMPARE(a.recordsOf(yp), b.recordsOf(yp));

        // Offline on both: the same free text, different fields of one action, and one scalar on both.
        QVERIFY(a.records().saveLocal(u"plan_section"_s, sectionId, yp, {{u"goal"_s, u"Goal written on the phone"_s}}));
        QVERIFY(a.records().saveLocal(u"plan_action"_s, actionId, yp,
                                      {{u"status"_s, u"in_progress"_s}, {u"who"_s, u"me"_s}}));
        QThread::msleep(5); // b's edits are later in time
        QVERIFY(
            b.records().saveLocal(u"plan_section"_s, sectionId, yp, {{u"goal"_s, u"Goal written on the laptop"_s}}));
        QVERIFY(b.records().saveLocal(u"plan_action"_s, actionId, yp,
                                      {{u"byWhen"_s, u"2026-09-01"_s}, {u"who"_s, u"housing officer"_s}}));
        QCOMPARE(a.device.sync->syncState(u"plan_section"_s, sectionId), RecordSyncState::Local);

        // Reconnect: a, then b, then a again.
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QVERIFY(a.sync());
        QCOMPARE(a.engine->pendingChanges(), 0);
        QCOMPARE(b.engine->pendingChanges(), 0);

        QCOMPARE(a.recordsOf(yp), b.recordsOf(yp)); // converged
        const auto action = a.records().get(u"plan_action"_s, actionId);
        QCOMPARE(action->body.value(u"status"_s).toString(), u"in_progress"_s); // a's field
        QCOMPARE(action->body.value(u"byWhen"_s).toString(), u"2026-09-01"_s); // b's field
        QCOMPARE(action->body.value(u"who"_s).toString(), u"housing officer"_s); // later HLC wins

        // The free-text clash is visible on both, with both texts, nothing lost.
        const auto section = a.records().get(u"plan_section"_s, sectionId);
        QCOMPARE(section->body.value(u"goal"_s).toString(), u"Goal written on the laptop"_s);
        for (Client *c : {&a, &b}) {
            QCOMPARE(c->engine->conflictCount(), 1);
            const auto conflict = c->engine->conflictList().first().toMap();
            QCOMPARE(conflict.value(u"recordId"_s).toString(), sectionId);
            const QStringList texts {conflict.value(u"localValue"_s).toString(),
                                     conflict.value(u"remoteValue"_s).toString()};
            QVERIFY(texts.contains(u"Goal written on the phone"_s));
            QVERIFY(texts.contains(u"Goal written on the laptop"_s));
            QCOMPARE(c->device.sync->syncState(u"plan_section"_s, sectionId), RecordSyncState::Conflict);
        }
        // Each side calls its own text "local".
        QCOMPARE(a.engine->conflictList().first().toMap().value(u"localValue"_s).toString(),
                 u"Goal written on the phone"_s);
        QCOMPARE(b.engine->conflictList().first().toMap().value(u"localValue"_s).toString(),
                 u"Goal written on the laptop"_s);

        // Resolving on one device closes the conflict everywhere.
        const auto id = a.engine->conflictList().first().toMap().value(u"conflictId"_s).toString();
        QVERIFY(a.engine->resolveConflict(id, SyncEngine::Resolution::Merged, u"College, then an apprenticeship"_s));
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QCOMPARE(a.engine->conflictCount(), 0);
        QCOMPARE(b.engine->conflictCount(), 0);
        QCOMPARE(b.records().get(u"plan_section"_s, sectionId)->body.value(u"goal"_s).toString(),
                 u"College, then an apprenticeship"_s);
    }

    void managerSeesOfflineContact()
    {
        const auto pa = server->login(u"pa"_s);
        Client phone(server->url());
        Client manager(server->url());
        QVERIFY(phone.login(pa));
        QVERIFY(manager.login(server->login(u"manager"_s)));
        QVERIFY(phone.sync());
        QVERIFY(manager.sync());
        const auto caseload = caseloadOf(phone, pa.staffId);
        QVERIFY(!caseload.isEmpty());
        const QString yp = caseload.first();

        const auto contact = newContact(yp, pa.staffId, u"Visited at home; talked about college."_s);
        const QString contactId = contact.value(u"id"_s).toString();
        QVERIFY(phone.records().saveLocal(u"contact_log"_s, contactId, yp, contact));
        QVERIFY(!manager.records().get(u"contact_log"_s, contactId));
        QVERIFY(phone.sync());
        QCOMPARE(phone.device.sync->syncState(u"contact_log"_s, contactId), RecordSyncState::Synced);
        QVERIFY(manager.sync());
        const auto seen = manager.records().get(u"contact_log"_s, contactId);
        QVERIFY(seen);
        QCOMPARE(seen->body.value(u"notes"_s).toString(), u"Visited at home; talked about college."_s);
    }

    void reallocationMovesTheHistory()
    {
        const auto pa1 = server->login(u"pa"_s, 0);
        const auto pa2 = server->login(u"pa"_s, 1);
        QVERIFY(!pa2.email.isEmpty());
        Client old(server->url());
        Client fresh(server->url());
        Client manager(server->url());
        QVERIFY(old.login(pa1));
        QVERIFY(fresh.login(pa2));
        QVERIFY(manager.login(server->login(u"manager"_s)));
        QVERIFY(old.sync());
        QVERIFY(fresh.sync());
        QVERIFY(manager.sync());
        const auto caseload = caseloadOf(old, pa1.staffId);
        QVERIFY(!caseload.isEmpty());
        const QString yp = caseload.first();
        QVERIFY(fresh.recordsOf(yp).isEmpty());
        const int history = int(manager.recordsOf(yp).size());
        QVERIFY(history > 3);

        // Every removal the old PA's device makes from now on (a run woken by the server may make it).
        QSignalSpy removed(old.engine.get(), &SyncEngine::ownersRemoved);
        // The old PA logs a contact offline (no network: nothing is sent or woken until it is back)
        // before the young person is reallocated.
        old.engine->setNetworkReachable(false);
        const auto contact = newContact(yp, pa1.staffId, u"Last visit before handing over."_s);
        const QString contactId = contact.value(u"id"_s).toString();
        QVERIFY(old.records().saveLocal(u"contact_log"_s, contactId, yp, contact));

        // The manager hands over today: the old PA's last allocated day (`until`, inclusive) is
        // yesterday, and the new PA's period starts today.
        const QDate today = manager.clock.today();
        QString current;
        for (const auto &r : manager.records().listByOwner(u"allocation"_s, yp)) {
            const auto a = Allocation::fromJson(r.body);
            if (a && a->staffId == pa1.staffId && a->isCurrentOn(today) && a->from < today) {
                current = r.recordId;
            }
        }
        QVERIFY(!current.isEmpty());
        // The end is recorded after the contact was made (HLC milliseconds), as on a real handover.
        const qint64 contactMadeAt = QDateTime::currentMSecsSinceEpoch();
        while (QDateTime::currentMSecsSinceEpoch() <= contactMadeAt) {
            QThread::yieldCurrentThread();
        }
        QVERIFY(manager.records().saveLocal(u"allocation"_s, current, yp,
                                            {{u"until"_s, today.addDays(-1).toString(Qt::ISODate)}}));
        Allocation next;
        next.id = newId();
        next.youngPersonId = yp;
        next.staffId = pa2.staffId;
        next.from = today;
        next.allocatedBy = manager.credentials.userId();
        next.reason = u"Caseload balancing"_s;
        QVERIFY(manager.records().saveLocal(u"allocation"_s, next.id, yp, next.toJson()));
        QVERIFY(manager.sync());
        QCOMPARE(manager.engine->lastStats().rejected, 0);

        // The new PA's device receives the whole history.
        QVERIFY(fresh.sync());
        QCOMPARE(fresh.recordsOf(yp).size(), manager.recordsOf(yp).size());
        QVERIFY(fresh.recordsOf(yp).size() >= history);

        // The old PA's device pushes its pending contact first, then drops the young person.
        // (A run woken by the server's announcement may have pushed it already: what matters is
        // that nothing is left to send and the young person is gone.)
        old.engine->setNetworkReachable(true);
        QVERIFY(old.sync());
        QCOMPARE(old.engine->pendingChanges(), 0);
        QVERIFY(!removed.isEmpty());
        QVERIFY(std::any_of(removed.cbegin(), removed.cend(),
                            [&yp](const QList<QVariant> &args) { return args.first().toStringList().contains(yp); }));
        QVERIFY(old.recordsOf(yp).isEmpty());
        QVERIFY(!old.device.sync->cursors().contains(ownerScope(yp)));
        // It was made before the end was recorded, so the server accepts it and the new PA gets it.
        QVERIFY(old.device.sync->rejectedChanges(yp).isEmpty());
        QVERIFY(fresh.sync());
        QVERIFY(fresh.records().get(u"contact_log"_s, contactId));
    }

    void revokedDevicePushesThenWipes()
    {
        const auto pa = server->login(u"pa"_s);
        Client phone(server->url());
        Client manager(server->url());
        QVERIFY(phone.login(pa));
        QVERIFY(manager.login(server->login(u"manager"_s)));
        QVERIFY(phone.sync());
        const QString yp = caseloadOf(phone, pa.staffId).value(0);
        QVERIFY(!yp.isEmpty());
        const auto contact = newContact(yp, pa.staffId, u"Logged just before the phone was lost."_s);
        const QString contactId = contact.value(u"id"_s).toString();
        QVERIFY(phone.records().saveLocal(u"contact_log"_s, contactId, yp, contact));

        // The PA reports the phone lost from another device of theirs.
        Client laptop(server->url());
        QVERIFY(laptop.login(pa));
        bool revoked = false;
        QEventLoop loop;
        laptop.engine->api()->post(u"/v1/devices/%1/revoke"_s.arg(phone.credentials.deviceId()), {},
                                   [&](const ApiReply &r) {
                                       revoked = r.ok();
                                       loop.quit();
                                   });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(revoked);

        QSignalSpy wiped(phone.engine.get(), &SyncEngine::wiped);
        QVERIFY(!phone.sync());
        QCOMPARE(wiped.size(), 1);
        QCOMPARE(phone.records().pendingCount(), 0);
        QCOMPARE(phone.records().listByType(u"young_person"_s).size(), 0);
        QVERIFY(!phone.records().get(u"contact_log"_s, contactId));
        QVERIFY(!phone.credentials.isLoggedIn());
        QCOMPARE(phone.engine->state(), SyncEngine::State::LoginRequired);

        // The unsent contact made it to the server before the wipe.
        QVERIFY(manager.sync());
        QVERIFY(manager.records().get(u"contact_log"_s, contactId));
    }
};

QTEST_GUILESS_MAIN(TestSyncE2E)
#include "tst_sync_e2e.moc"

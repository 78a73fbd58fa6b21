// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "synctestutil.h"

#include "store/recordstore.h"
#include "sync/credentials.h"
#include "sync/sessionadapter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Sync;
using namespace Pathway::Sync::Testing;

namespace {

PulledRecord section(const QString &id, const QString &owner, const QString &goal, const QString &hlc, qint64 seq)
{
    PulledRecord r;
    r.recordType = u"plan_section"_s;
    r.recordId = id;
    r.ownerId = owner;
    r.body = {{u"id"_s, id}, {u"youngPersonId"_s, owner}, {u"area"_s, u"education"_s}, {u"goal"_s, goal}};
    for (auto it = r.body.begin(); it != r.body.end(); ++it) {
        r.fieldHlc.insert(it.key(), hlc);
    }
    r.hlc = hlc;
    r.serverSeq = seq;
    return r;
}

QString hlc(qint64 ms, const QString &node)
{
    return Hlc {ms, 0, node}.toString();
}

} // namespace

/** Tests RecordSyncAdapter on a real encrypted store: owner removal, server conflicts, wipe, session. */
class TestRecordSyncAdapter : public QObject
{
    Q_OBJECT

    FakeClock clock {QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};

private Q_SLOTS:
    void removesOwnersOnlyWithoutPendingChanges()
    {
        TestDevice d(clock);
        PullResponse page;
        page.records = {section(u"a"_s, u"yp1"_s, u"One"_s, hlc(1000, u"srv"_s), 1),
                        section(u"b"_s, u"yp2"_s, u"Two"_s, hlc(1001, u"srv"_s), 2)};
        page.cursors = {{ownerScope(u"yp1"_s), u"2"_s}, {ownerScope(u"yp2"_s), u"2"_s}};
        QVERIFY(d.sync->applyPullPage(page).ok);
        const auto change = d.records().saveLocal(u"plan_section"_s, u"a"_s, u"yp1"_s, {{u"goal"_s, u"Edited"_s}});
        QVERIFY(change);
        // A change for yp2 the server refused: not pending, so it does not hold the removal up.
        const auto refused = d.records().saveLocal(u"plan_section"_s, u"b"_s, u"yp2"_s, {{u"goal"_s, u"Refused"_s}});
        QVERIFY(d.sync->applyPushResults({{refused.changeId, PushStatus::Rejected, u"forbidden"_s, 0, {}}}));
        QCOMPARE(d.sync->syncState(u"plan_section"_s, u"b"_s), RecordSyncState::Rejected);

        PullResponse removal;
        removal.removeOwners = {u"yp1"_s, u"yp2"_s};
        const auto outcome = d.sync->applyPullPage(removal);
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.ownersRemoved, QStringList {u"yp2"_s});
        QCOMPARE(outcome.ownersDeferred, QStringList {u"yp1"_s});
        QVERIFY(!d.records().get(u"plan_section"_s, u"b"_s));
        QVERIFY(!d.sync->cursors().contains(ownerScope(u"yp2"_s)));
        // The refused work itself is kept for the user, not dropped with the records.
        const auto kept = d.sync->rejectedChanges(u"yp2"_s);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().fields.value(u"goal"_s).toString(), u"Refused"_s);
        QCOMPARE(d.sync->pendingCount(), 1);
        QVERIFY(d.records().get(u"plan_section"_s, u"a"_s)); // its edit is not on the server yet

        QVERIFY(d.sync->applyPushResults({{change.changeId, PushStatus::Applied, {}, 3, change.hlc}}));
        QCOMPARE(d.sync->removeOwnersWithoutPending({u"yp1"_s}), QStringList {u"yp1"_s});
        QCOMPARE(d.records().listByOwner(u"plan_section"_s, u"yp1"_s, true).size(), 0);
        QVERIFY(d.sync->cursors().isEmpty());
    }

    void firstSyncOfLargePages()
    {
        TestDevice d(clock);
        // Already on the device: one record with an unsent local edit, one without.
        PullResponse early;
        early.records = {section(u"edited"_s, u"yp1"_s, u"Old"_s, hlc(1000, u"srv"_s), 1),
                         section(u"plain"_s, u"yp1"_s, u"Old"_s, hlc(1000, u"srv"_s), 2)};
        QVERIFY(d.sync->applyPullPage(early).ok);
        QVERIFY(d.records().saveLocal(u"plan_section"_s, u"edited"_s, u"yp1"_s, {{u"goal"_s, u"Mine"_s}}));

        // A first sync in pages large enough for the bulk settings; the last one says hasMore = false.
        QList<PullResponse> pages(2);
        for (int i = 0; i < 1200; ++i) {
            const QString owner = u"yp%1"_s.arg(i % 7);
            auto rec = section(u"s%1"_s.arg(i), owner, u"Goal %1"_s.arg(i), hlc(2000 + i, u"srv"_s), 10 + i);
            if (i % 100 == 0) { // a field last written before the rest of the record
                rec.fieldHlc.insert(u"area"_s, hlc(1500, u"other"_s));
            }
            pages[i / 600].records.append(rec);
            pages[i / 600].cursors.insert(ownerScope(owner), QString::number(10 + i));
        }
        pages[0].hasMore = true;
        auto edited = section(u"edited"_s, u"yp1"_s, u"Theirs"_s, hlc(5000, u"srv"_s), 3000);
        auto plain = section(u"plain"_s, u"yp1"_s, u"Theirs"_s, hlc(5000, u"srv"_s), 3001);
        pages[1].records.append(edited);
        pages[1].records.append(plain);
        for (const auto &page : std::as_const(pages)) {
            const auto outcome = d.sync->applyPullPage(page);
            QVERIFY(outcome.ok);
            QCOMPARE(outcome.applied, int(page.records.size()));
        }
        // The page with a record that has an unsent edit kept that edit and took the other.
        QCOMPARE(d.records().get(u"plan_section"_s, u"edited"_s)->body.value(u"goal"_s).toString(), u"Mine"_s);
        QCOMPARE(d.records().get(u"plan_section"_s, u"plain"_s)->body.value(u"goal"_s).toString(), u"Theirs"_s);
        // (A newer edit of the same free text elsewhere: both versions kept, as a conflict.)
        QCOMPARE(d.sync->syncState(u"plan_section"_s, u"edited"_s), RecordSyncState::Conflict);
        QCOMPARE(d.sync->conflictCount(), 1);

        // Every record is there as pulled, with its per-field clocks.
        const auto all = d.records().listByType(u"plan_section"_s);
        QCOMPARE(all.size(), 1202);
        for (const auto &page : std::as_const(pages)) {
            for (const auto &rec : page.records) {
                if (rec.recordId == u"edited"_s) {
                    continue;
                }
                const auto stored = d.records().get(rec.recordType, rec.recordId);
                QVERIFY(stored);
                QCOMPARE(stored->body, rec.body);
                QCOMPARE(stored->fieldHlc, rec.fieldHlc);
                QCOMPARE(stored->hlc, rec.hlc);
                QCOMPARE(stored->serverSeq, std::optional<qint64>(rec.serverSeq));
            }
        }
        QCOMPARE(d.sync->cursors().value(ownerScope(u"yp6"_s)), u"1206"_s); // i = 1196
        // Later local edits order after everything pulled.
        QVERIFY(d.records().clock().nextString() > hlc(5000, u"srv"_s));

        // Pulling the last page again (a retry after a lost answer) applies nothing twice.
        const auto again = d.sync->applyPullPage(pages[1]);
        QVERIFY(again.ok);
        QCOMPARE(d.records().listByType(u"plan_section"_s).size(), 1202);
        QCOMPARE(d.records().get(u"plan_section"_s, u"edited"_s)->body.value(u"goal"_s).toString(), u"Mine"_s);
        QCOMPARE(d.sync->pendingCount(), 1);

        // After the last page the write-ahead log is folded into the database: no large WAL left.
        const QFileInfo wal(d.dir.filePath(EncryptedStore::databaseFileName() + u"-wal"_s));
        QVERIFY(!wal.exists() || wal.size() < 1024 * 1024);
    }

    void aFailedLargePageLeavesNothing()
    {
        TestDevice d(clock);
        PullResponse page;
        for (int i = 0; i < 600; ++i) {
            page.records.append(section(u"s%1"_s.arg(i), u"yp1"_s, u"Goal"_s, hlc(2000 + i, u"srv"_s), 1 + i));
        }
        page.records.append(section(QString(), u"yp1"_s, u"Goal"_s, hlc(3000, u"srv"_s), 700)); // malformed
        page.cursors = {{ownerScope(u"yp1"_s), u"700"_s}};
        QVERIFY(!d.sync->applyPullPage(page).ok);
        QCOMPARE(d.records().listByType(u"plan_section"_s, true).size(), 0);
        QVERIFY(d.sync->cursors().isEmpty());
    }

    void mirrorsServerConflicts()
    {
        TestDevice d(clock);
        const QString me = d.store.nodeId();
        auto rec = section(u"a"_s, u"yp1"_s, u"Their goal"_s, hlc(2000, u"other"_s), 5);
        rec.conflicts.append({u"c1"_s, u"goal"_s, u"My goal"_s, hlc(1999, me), {}});
        PullResponse page;
        page.records = {rec};
        QVERIFY(d.sync->applyPullPage(page).ok);
        QCOMPARE(d.sync->conflictCount(), 1);
        const auto c = d.sync->conflicts().first();
        QCOMPARE(c.localValue.toString(), u"My goal"_s);
        QCOMPARE(c.remoteValue.toString(), u"Their goal"_s);
        QCOMPARE(c.ownerId, u"yp1"_s);
        QCOMPARE(d.sync->syncState(u"plan_section"_s, u"a"_s), RecordSyncState::Conflict);

        // Pulling it again repeats, not duplicates, the conflict; once closed on the server it goes.
        QVERIFY(d.sync->applyPullPage(page).ok);
        QCOMPARE(d.sync->conflictCount(), 1);
        auto closed = section(u"a"_s, u"yp1"_s, u"Merged goal"_s, hlc(3000, u"other"_s), 6);
        page.records = {closed};
        QVERIFY(d.sync->applyPullPage(page).ok);
        QCOMPARE(d.sync->conflictCount(), 0);
        QCOMPARE(d.sync->syncState(u"plan_section"_s, u"a"_s), RecordSyncState::Synced);
    }

    void keepingTheCurrentTextStillWritesAChange()
    {
        TestDevice d(clock);
        auto rec = section(u"a"_s, u"yp1"_s, u"Their goal"_s, hlc(2000, d.records().clock().nodeId()), 5);
        rec.conflicts.append({u"c1"_s, u"goal"_s, u"Older goal"_s, hlc(1999, u"third"_s), {}});
        PullResponse page;
        page.records = {rec};
        QVERIFY(d.sync->applyPullPage(page).ok);
        QCOMPARE(d.sync->conflicts().size(), 1);
        const auto c = d.sync->conflicts().first();
        // The current text was written here: "local" is the record's current text.
        QCOMPARE(c.localValue.toString(), u"Their goal"_s);
        QVERIFY(d.sync->resolveConflict(c.conflictId, c.localValue));
        QCOMPARE(d.sync->conflictCount(), 0);
        const auto pending = d.sync->pendingChanges(10);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().fields.value(u"goal"_s).toString(), u"Their goal"_s);
        QCOMPARE(pending.first().baseHlc, rec.hlc); // saw the current version: the server closes its conflict
    }

    void onlyAPartyToAConflictIsAsked()
    {
        // Two other devices wrote the two texts: this one (a manager's, say) is not asked.
        TestDevice d(clock);
        auto rec = section(u"a"_s, u"yp1"_s, u"Their goal"_s, hlc(2000, u"other"_s), 5);
        rec.conflicts.append({u"c1"_s, u"goal"_s, u"Older goal"_s, hlc(1999, u"third"_s), {}});
        PullResponse page;
        page.records = {rec};
        QVERIFY(d.sync->applyPullPage(page).ok);
        QCOMPARE(d.sync->conflictCount(), 0);
        // A young person's device is never asked, even about its own text.
        TestDevice yp(clock);
        yp.records().setSettlesConflicts(false);
        auto own = section(u"a"_s, u"yp1"_s, u"My goal"_s, hlc(2000, yp.records().clock().nodeId()), 5);
        own.conflicts.append({u"c1"_s, u"goal"_s, u"The PA's goal"_s, hlc(1999, u"pa"_s), {}});
        page.records = {own};
        QVERIFY(yp.sync->applyPullPage(page).ok);
        QCOMPARE(yp.sync->conflictCount(), 0);
    }

    void wipeLeavesNothing()
    {
        TestDevice d(clock);
        PullResponse page;
        page.records = {section(u"a"_s, u"yp1"_s, u"One"_s, hlc(1000, u"srv"_s), 1)};
        page.cursors = {{ownerScope(u"yp1"_s), u"1"_s}};
        QVERIFY(d.sync->applyPullPage(page).ok);
        QVERIFY(d.records().saveLocal(u"plan_section"_s, u"b"_s, u"yp1"_s, {{u"goal"_s, u"Two"_s}}));
        Credentials creds;
        creds.setServerUrl(QUrl(u"http://127.0.0.1:1"_s));
        creds.setTokens(u"access"_s, u"refresh-secret"_s);
        QVERIFY(SessionAdapter(d.records()).save(creds));
        const QString node = d.store.nodeId();

        QVERIFY(d.sync->wipe());
        QCOMPARE(d.records().pendingCount(), 0);
        QCOMPARE(d.records().listByType(u"plan_section"_s, true).size(), 0);
        QVERIFY(d.sync->cursors().isEmpty());
        Credentials restored;
        QVERIFY(!SessionAdapter(d.records()).restore(restored));
        QCOMPARE(d.records().meta(u"node_id"_s).value_or(QString()), node);
    }

    void sessionIsKeptEncrypted()
    {
        TestDevice d(clock);
        Credentials creds;
        creds.setServerUrl(QUrl(u"http://127.0.0.1:8443"_s));
        creds.setDeviceId(u"device-7"_s);
        creds.setTokens(u"short-lived-access"_s, u"refresh-token-7f3a9c"_s);
        QVERIFY(SessionAdapter(d.records()).save(creds));
        Credentials restored;
        QVERIFY(SessionAdapter(d.records()).restore(restored));
        QCOMPARE(restored.serverUrl(), creds.serverUrl());
        QCOMPARE(restored.deviceId(), u"device-7"_s);
        QCOMPARE(restored.refreshToken(), u"refresh-token-7f3a9c"_s);
        QVERIFY(restored.accessToken().isEmpty()); // access tokens are never stored
        d.store.close();
        for (const auto &name : QDir(d.dir.path()).entryList(QDir::Files)) {
            QFile f(d.dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("refresh-token-7f3a9c"), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestRecordSyncAdapter)
#include "tst_recordsyncadapter.moc"

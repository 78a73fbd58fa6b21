// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "store/encryptedstore.h"
#include "store/repository.h"
#include "storetestutil.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::TestUtil;

namespace {

int countRows(Database &db, const QString &sql, const QStringList &args = {})
{
    Statement q = db.prepare(sql);
    for (int i = 0; i < args.size(); ++i)
        q.bind(i + 1, args.at(i));
    return q.step() == Statement::Step::Row ? int(q.int64(0)) : -1;
}

QString validationText(const ValidationErrors &errors)
{
    QStringList parts;
    for (const auto &e : errors)
        parts << e.field + u": "_s + e.code;
    return parts.join(u", "_s);
}

} // namespace

/** Tests RecordStore and Repository<T>: records and outbox written together, append-only, sync primitives. */
class TestRecordStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    FakeClock m_clock {QDateTime(QDate(2025, 11, 20), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<EncryptedStore> m_store;

    RecordStore &records() { return m_store->records(); }
    Database &db() { return m_store->database(); }

    template<DomainRecord T> void roundTrip(const T &value)
    {
        const QString type = QString::fromLatin1(T::recordType);
        QVERIFY2(value.validate().isEmpty(),
                 qPrintable(type + u" sample invalid: "_s + validationText(value.validate())));
        Repository<T> repo(records());
        const int outboxBefore = records().pendingCount();
        const StoreResult saved = repo.save(value);
        QVERIFY2(saved.ok(), qPrintable(type));
        QVERIFY(!saved.changeId.isEmpty());
        QCOMPARE(records().pendingCount(), outboxBefore + 1);

        const std::optional<T> loaded = repo.get(value.id);
        QVERIFY2(loaded.has_value(), qPrintable(type));
        QCOMPARE(loaded->toJson(), value.toJson());
        const QList<T> forOwner = repo.listForOwner(value.ownerId());
        QVERIFY(std::any_of(forOwner.cbegin(), forOwner.cend(), [&](const T &t) { return t.id == value.id; }));
        const QList<T> all = repo.listAll();
        QVERIFY(std::any_of(all.cbegin(), all.cend(), [&](const T &t) { return t.id == value.id; }));

        // The outbox change carries the record's fields, owner and a fresh HLC.
        const OutboxChange change = records().pendingChanges().constLast();
        QCOMPARE(change.changeId, saved.changeId);
        QCOMPARE(change.recordType, type);
        QCOMPARE(change.recordId, value.id);
        QCOMPARE(change.ownerId, value.ownerId());
        QCOMPARE(change.op, u"upsert"_s);
        QCOMPARE(change.baseHlc, QString());
        QCOMPARE(change.fields, value.toJson());
        QCOMPARE(change.hlc, saved.hlc);
        QVERIFY(HlcTimestamp::parse(change.hlc).has_value());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        m_store = std::make_unique<EncryptedStore>(m_dir->path(), m_clock);
        const auto r = m_store->openWithRawKey(randomKey());
        QVERIFY(r.ok());
    }

    void cleanup()
    {
        m_store.reset();
        delete m_dir;
        m_dir = nullptr;
    }

    void repositoryRoundTripForEveryDomainType()
    {
        const YoungPerson yp = youngPerson();
        const StaffMember pa = staff();
        const OfferItem offer = offerItem();
        const ContactLog log = contactLog(yp.id, pa.id, QDateTime(QDate(2025, 11, 1), QTime(14, 0), Qt::UTC));
        roundTrip(yp);
        roundTrip(pa);
        roundTrip(allocation(yp.id, pa.id));
        roundTrip(planSection(yp.id));
        roundTrip(planAction(yp.id));
        roundTrip(planReview(yp.id, pa.id));
        roundTrip(healthEntry(yp.id));
        roundTrip(healthHandover(yp.id, pa.id));
        roundTrip(offer);
        roundTrip(entitlement(yp.id, offer.id));
        roundTrip(document(yp.id));
        roundTrip(log);
        roundTrip(contactAmendment(yp.id, log.id, pa.id));
        roundTrip(contactRequest(yp.id));
        roundTrip(chronologyEvent(yp.id, pa.id));
        QCOMPARE(records().pendingCount(), 15);
    }

    void recordAndOutboxAreWrittenTogether()
    {
        PlanAction action = planAction(newId());
        Repository<PlanAction> repo(records());
        const StoreResult first = repo.save(action);
        QVERIFY(first.ok());
        QCOMPARE(countRows(db(), u"SELECT count(*) FROM records WHERE record_id = ?"_s, {action.id}), 1);
        QCOMPARE(countRows(db(), u"SELECT count(*) FROM outbox WHERE record_id = ?"_s, {action.id}), 1);
        QCOMPARE(records().syncState(u"plan_action"_s, action.id), std::optional<QString>(u"local"_s));

        // An update sends only what changed, based on the record's previous HLC.
        m_clock.advanceSecs(60);
        action.status = ActionStatus::InProgress;
        const StoreResult second = repo.save(action);
        QVERIFY(second.ok());
        QVERIFY(second.hlc > first.hlc);
        const QList<OutboxChange> changes = records().pendingChanges();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(1).baseHlc, first.hlc);
        QCOMPARE(changes.at(1).fields, (QJsonObject {{u"status"_s, u"in_progress"_s}}));
        const auto stored = records().get(u"plan_action"_s, action.id);
        QVERIFY(stored);
        QCOMPARE(stored->fieldHlc.value(u"status"_s).toString(), second.hlc);
        QCOMPARE(stored->fieldHlc.value(u"what"_s).toString(), first.hlc);
        QCOMPARE(stored->hlc, second.hlc);

        // Saving the same value again changes nothing and writes no change.
        const StoreResult same = repo.save(action);
        QVERIFY(same.ok());
        QVERIFY(same.changeId.isEmpty());
        QCOMPARE(records().pendingCount(), 2);

        // Clearing an optional field removes it and sends it as null.
        action.byWhen.reset();
        QVERIFY(repo.save(action).ok());
        QCOMPARE(records().pendingChanges().constLast().fields, (QJsonObject {{u"byWhen"_s, QJsonValue::Null}}));
        QVERIFY(!repo.get(action.id)->byWhen.has_value());

        // A failing outbox insert rolls the record back too: nothing half-written.
        QVERIFY(db().exec(u"CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox BEGIN "
                          u"SELECT RAISE(ABORT, 'disk says no'); END"_s)
                    .ok());
        const PlanAction other = planAction(action.youngPersonId);
        const StoreResult failed = repo.save(other);
        QCOMPARE(failed.error, StoreError::Database);
        QVERIFY(!records().get(u"plan_action"_s, other.id));
        QVERIFY(!db().inTransaction());
    }

    void softDelete()
    {
        const HealthEntry h = healthEntry(newId());
        Repository<HealthEntry> repo(records());
        QVERIFY(repo.save(h).ok());
        QVERIFY(repo.remove(h.id).ok());
        QVERIFY(!repo.get(h.id));
        QVERIFY(repo.listForOwner(h.youngPersonId).isEmpty());
        const auto stored = records().get(u"health_entry"_s, h.id);
        QVERIFY(stored && stored->deleted);
        QCOMPARE(records().pendingChanges().constLast().op, u"delete"_s);
        QCOMPARE(repo.remove(newId()).error, StoreError::NotFound);
    }

    void appendOnlyIsEnforced()
    {
        const ContactLog log = contactLog(newId(), newId(), QDateTime(QDate(2025, 11, 1), QTime(9, 0), Qt::UTC));
        Repository<ContactLog> repo(records());
        QVERIFY(repo.save(log).ok());
        ContactLog edited = log;
        edited.notes = u"changed afterwards"_s;
        QCOMPARE(repo.save(edited).error, StoreError::AppendOnly);
        QCOMPARE(repo.save(log).error, StoreError::AppendOnly);
        QCOMPARE(repo.remove(log.id).error, StoreError::AppendOnly);
        QCOMPARE(repo.get(log.id)->notes, log.notes);
        QCOMPARE(records().pendingCount(), 1);

        Repository<ContactAmendment> amendments(records());
        const ContactAmendment a = contactAmendment(log.youngPersonId, log.id, log.staffId);
        QVERIFY(amendments.save(a).ok());
        QCOMPARE(amendments.save(a).error, StoreError::AppendOnly);
    }

    void invalidValuesAreRefused()
    {
        YoungPerson p = youngPerson();
        p.displayName.clear();
        p.dateOfBirth = QDate();
        Repository<YoungPerson> repo(records());
        const StoreResult r = repo.save(p);
        QCOMPARE(r.error, StoreError::Invalid);
        QVERIFY(!r.validation.isEmpty());
        QCOMPARE(records().pendingCount(), 0);
        QVERIFY(!repo.get(p.id));
    }

    void outboxLifecycle()
    {
        Repository<PlanSection> repo(records());
        PlanSection s = planSection(newId());
        const QString c1 = repo.save(s).changeId;
        s.goal = u"Weekly texts"_s;
        const QString c2 = repo.save(s).changeId;
        QCOMPARE(records().pendingCount(), 2);
        QVERIFY(records().markSent({c1, c2}).ok());
        QCOMPARE(records().syncState(u"plan_section"_s, s.id), std::optional<QString>(u"sent"_s));
        QVERIFY(records().markFailed({c2}, u"timeout"_s).ok());
        const auto pending = records().pendingChanges();
        QCOMPARE(pending.at(1).attempts, 1);
        QCOMPARE(pending.at(1).lastError, u"timeout"_s);
        QCOMPARE(pending.at(1).state, u"pending"_s);

        QVERIFY(records().markAcknowledged(c1, 10).ok());
        QCOMPARE(records().pendingCount(), 1);
        QVERIFY(records().hasUnacknowledgedChange(u"plan_section"_s, s.id));
        QVERIFY(records().syncState(u"plan_section"_s, s.id) != std::optional<QString>(u"synced"_s));
        QVERIFY(records().markAcknowledged(c2, 11).ok());
        QCOMPARE(records().pendingCount(), 0);
        QCOMPARE(records().syncState(u"plan_section"_s, s.id), std::optional<QString>(u"synced"_s));
        QCOMPARE(records().get(u"plan_section"_s, s.id)->serverSeq, std::optional<qint64>(11));
        QCOMPARE(records().markAcknowledged(c2).error, StoreError::NotFound);

        s.goal = u"Monthly visits"_s;
        const QString c3 = repo.save(s).changeId;
        QVERIFY(records().markRejected(c3, u"forbidden"_s).ok());
        QCOMPARE(records().syncState(u"plan_section"_s, s.id), std::optional<QString>(u"rejected"_s));
        QCOMPARE(records().pendingCount(), 0); // rejected changes are not pushed again
    }

    void applyRemoteMergesPerField()
    {
        const QString yp = newId();
        // A record new to this device.
        RemoteRecord r;
        r.recordType = u"plan_section"_s;
        r.recordId = newId();
        r.ownerId = yp;
        r.body = planSection(yp).toJson();
        r.body.insert(u"id"_s, r.recordId);
        r.hlc = u"0001763600000000-00000-server"_s;
        r.serverSeq = 5;
        QCOMPARE(records().applyRemote(r), ApplyOutcome::Inserted);
        QCOMPARE(records().syncState(r.recordType, r.recordId), std::optional<QString>(u"synced"_s));
        QCOMPARE(records().pendingCount(), 0); // remote writes are not local changes
        QCOMPARE(records().applyRemote(r), ApplyOutcome::Unchanged);

        // The local clock moves past remote clocks it has seen.
        QVERIFY(records().clock().next() > *HlcTimestamp::parse(r.hlc));

        // A newer remote edit of a field without local changes wins.
        RemoteRecord newer = r;
        newer.body = QJsonObject {{u"goal"_s, u"Remote goal"_s}};
        newer.hlc = u"0001763600000001-00000-other"_s;
        newer.serverSeq = 6;
        QCOMPARE(records().applyRemote(newer), ApplyOutcome::Merged);
        auto stored = records().get(r.recordType, r.recordId);
        QCOMPARE(stored->body.value(u"goal"_s).toString(), u"Remote goal"_s);
        QCOMPARE(stored->body.value(u"ownWords"_s), r.body.value(u"ownWords"_s));
        QCOMPARE(stored->serverSeq, std::optional<qint64>(6));

        // An older remote edit loses.
        RemoteRecord older = newer;
        older.body = QJsonObject {{u"goal"_s, u"Stale goal"_s}};
        older.hlc = u"0001763600000000-00005-other"_s;
        QCOMPARE(records().applyRemote(older), ApplyOutcome::Unchanged);
        QCOMPARE(records().get(r.recordType, r.recordId)->body.value(u"goal"_s).toString(), u"Remote goal"_s);

        // A local unsent edit of free text and a newer remote edit of it: both kept, conflict visible.
        QVERIFY(records().saveLocal(r.recordType, r.recordId, yp, {{u"ownWords"_s, u"My local words"_s}}).ok());
        RemoteRecord clash = r;
        clash.body = QJsonObject {{u"ownWords"_s, u"Their words"_s}, {u"updatedBy"_s, u"someone"_s}};
        clash.hlc = u"0009999999999999-00000-other"_s; // far ahead of the local edit
        QCOMPARE(records().applyRemote(clash), ApplyOutcome::Conflict);
        stored = records().get(r.recordType, r.recordId);
        QCOMPARE(stored->body.value(u"ownWords"_s).toString(), u"My local words"_s); // unsent edit kept
        QCOMPARE(stored->body.value(u"updatedBy"_s).toString(), u"someone"_s); // other fields merged
        QCOMPARE(stored->syncState, u"conflict"_s);
        QCOMPARE(records().openConflictCount(), 1);
        const ConflictRow c = records().openConflicts().constFirst();
        QCOMPARE(c.field, u"ownWords"_s);
        QCOMPARE(c.localValue.toString(), u"My local words"_s);
        QCOMPARE(c.remoteValue.toString(), u"Their words"_s);
        QCOMPARE(c.ownerId, yp);
        QCOMPARE(records().applyRemote(clash), ApplyOutcome::Conflict);
        QCOMPARE(records().openConflictCount(), 1); // the same remote version is not recorded twice
        QVERIFY(records().resolveConflict(c.id, u"local"_s).ok());
        QCOMPARE(records().openConflictCount(), 0);
        QCOMPARE(records().resolveConflict(c.id, u"local"_s).error, StoreError::NotFound);
    }

    void fieldHlcIsStoredCompactAndReadInFull()
    {
        const QString yp = newId();
        RemoteRecord r;
        r.recordType = u"plan_section"_s;
        r.recordId = newId();
        r.ownerId = yp;
        r.body = planSection(yp).toJson();
        r.body.insert(u"id"_s, r.recordId);
        r.hlc = u"0001763600000005-00000-server"_s;
        const QString older = u"0001763600000001-00000-other"_s;
        for (auto it = r.body.constBegin(); it != r.body.constEnd(); ++it)
            r.fieldHlc.insert(it.key(), it.key() == u"goal"_s ? older : r.hlc);
        QCOMPARE(records().applyRemote(r), ApplyOutcome::Inserted);

        // Only what differs from the record's HLC is stored...
        Statement q = db().prepare(u"SELECT field_hlc FROM records WHERE record_id = ?"_s);
        q.bind(1, r.recordId);
        QCOMPARE(q.step(), Statement::Step::Row);
        QCOMPARE(QJsonDocument::fromJson(q.text(0).toUtf8()).object(), (QJsonObject {{u"goal"_s, older}}));
        // ...and every reader gets the full map back.
        auto stored = records().get(r.recordType, r.recordId);
        QVERIFY(stored);
        QCOMPARE(stored->fieldHlc, r.fieldHlc);

        // Merging and local edits keep per-field clocks right: a remote edit older than the record
        // but newer than its field still wins that field; a local edit stamps only its field.
        RemoteRecord goal = r;
        goal.body = QJsonObject {{u"goal"_s, u"Remote goal"_s}};
        goal.fieldHlc = {};
        goal.hlc = u"0001763600000003-00000-other"_s;
        QCOMPARE(records().applyRemote(goal), ApplyOutcome::Merged);
        stored = records().get(r.recordType, r.recordId);
        QCOMPARE(stored->body.value(u"goal"_s).toString(), u"Remote goal"_s);
        QCOMPARE(stored->fieldHlc.value(u"goal"_s).toString(), goal.hlc);
        QCOMPARE(stored->fieldHlc.value(u"area"_s).toString(), r.hlc);
        const StoreResult local = records().saveLocal(r.recordType, r.recordId, yp, {{u"area"_s, u"housing"_s}});
        QVERIFY(local.ok());
        stored = records().get(r.recordType, r.recordId);
        QCOMPARE(stored->hlc, local.hlc);
        QCOMPARE(stored->fieldHlc.value(u"area"_s).toString(), local.hlc);
        QCOMPARE(stored->fieldHlc.value(u"goal"_s).toString(), goal.hlc);
        QCOMPARE(stored->fieldHlc.value(u"id"_s).toString(), r.hlc);
        QCOMPARE(stored->fieldHlc.size(), r.fieldHlc.size());

        // A row written in full (as before this format) reads the same, and so does a field no
        // longer in the body (its entry is always kept).
        QCOMPARE(expandFieldHlc(r.fieldHlc, r.body, r.hlc), r.fieldHlc);
        QJsonObject withRemoved = r.fieldHlc;
        withRemoved.insert(u"removedField"_s, r.hlc);
        QCOMPARE(compactFieldHlc(withRemoved, r.body, r.hlc),
                 (QJsonObject {{u"goal"_s, older}, {u"removedField"_s, r.hlc}}));
        QCOMPARE(expandFieldHlc(compactFieldHlc(withRemoved, r.body, r.hlc), r.body, r.hlc), withRemoved);
    }

    void syncStateIsChecked()
    {
        const PlanAction action = planAction(newId());
        QVERIFY(Repository<PlanAction>(records()).save(action).ok());
        Statement bad = db().prepare(u"UPDATE records SET sync_state = 'lost' WHERE record_id = ?"_s);
        bad.bind(1, action.id);
        QCOMPARE(bad.run().error, DbError::Constraint);
        Statement badOutbox = db().prepare(u"UPDATE outbox SET state = 'gone' WHERE record_id = ?"_s);
        badOutbox.bind(1, action.id);
        QCOMPARE(badOutbox.run().error, DbError::Constraint);
        for (const QString &state : {u"local"_s, u"sent"_s, u"synced"_s, u"conflict"_s, u"rejected"_s}) {
            Statement ok = db().prepare(u"UPDATE records SET sync_state = ? WHERE record_id = ?"_s);
            ok.bind(1, state).bind(2, action.id);
            QVERIFY(ok.run().ok());
        }
    }

    void cursorsAndMetaComposeInOneTransaction()
    {
        QVERIFY(!records().cursor(u"caseload"_s));
        {
            Transaction tx(db());
            QVERIFY(records().setCursor(u"caseload"_s, u"42"_s).ok());
            QVERIFY(records().saveLocal(u"plan_action"_s, newId(), newId(), {{u"what"_s, u"x"_s}}).ok());
            // not committed: both roll back together
        }
        QVERIFY(!records().cursor(u"caseload"_s));
        QCOMPARE(records().pendingCount(), 0);
        {
            Transaction tx(db());
            QVERIFY(records().setCursor(u"caseload"_s, u"43"_s).ok());
            QVERIFY(records().setMeta(u"lastSyncedAt"_s, u"2025-11-20T10:00:00Z"_s).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(records().cursor(u"caseload"_s), std::optional<QString>(u"43"_s));
        QCOMPARE(records().cursors().size(), 1);
        QCOMPARE(records().meta(u"lastSyncedAt"_s), std::optional<QString>(u"2025-11-20T10:00:00Z"_s));
    }

    void caseloadSummary()
    {
        const YoungPerson sam = youngPerson(u"Sam"_s);
        const YoungPerson alex = youngPerson(u"Alex"_s);
        const StaffMember pa = staff();
        QVERIFY(Repository<YoungPerson>(records()).save(sam).ok());
        QVERIFY(Repository<YoungPerson>(records()).save(alex).ok());
        Repository<ContactLog> logs(records());
        QVERIFY(logs.save(contactLog(sam.id, pa.id, QDateTime(QDate(2025, 10, 1), QTime(10, 0), Qt::UTC))).ok());
        QVERIFY(logs.save(contactLog(sam.id, pa.id, QDateTime(QDate(2025, 11, 5), QTime(16, 30), Qt::UTC))).ok());
        ContactLog attempt = contactLog(sam.id, pa.id, QDateTime(QDate(2025, 11, 15), QTime(9, 0), Qt::UTC));
        attempt.kind = ContactKind::Attempted;
        attempt.successful = false;
        attempt.seenAlone = false;
        attempt.wellbeing.reset();
        QVERIFY2(attempt.validate().isEmpty(), qPrintable(validationText(attempt.validate())));
        QVERIFY(logs.save(attempt).ok());

        const QList<CaseloadEntry> all = records().caseloadSummary();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).displayName, u"Alex"_s);
        QVERIFY(!all.at(0).lastContactAt);
        QCOMPARE(all.at(0).pendingChanges, 1);
        QCOMPARE(all.at(1).youngPersonId, sam.id);
        QCOMPARE(all.at(1).lastContactAt, std::optional(QDateTime(QDate(2025, 11, 5), QTime(16, 30), Qt::UTC)));
        QCOMPARE(all.at(1).pendingChanges, 4);

        const QList<CaseloadEntry> one = records().caseloadSummary({sam.id});
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.at(0).youngPersonId, sam.id);
        QVERIFY(records().caseloadSummary({u"' OR 1=1 --"_s}).isEmpty());
    }

    void caseloadSummaryFollowsAmendments()
    {
        // A correction to a contact log (ContactAmendment) changes whether, and when, it counts.
        const StaffMember pa = staff();
        const auto utc = [](int month, int day, int hour) {
            return QDateTime(QDate(2025, month, day), QTime(hour, 0), Qt::UTC);
        };
        Repository<YoungPerson> people(records());
        Repository<ContactLog> logs(records());
        Repository<ContactAmendment> amendments(records());
        const auto amend
            = [&](const QString &yp, const QString &logId, const QDateTime &when, const QJsonObject &changes) {
                  ContactAmendment a = contactAmendment(yp, logId, pa.id);
                  a.amendedAt = when;
                  a.reason = u"Recorded wrongly"_s;
                  a.changes = changes;
                  const StoreResult r = amendments.save(a);
                  QVERIFY2(r.ok(), qPrintable(validationText(r.validation)));
              };

        // Sam: the latest visit was not in fact successful, so the earlier one is the last contact.
        const YoungPerson sam = youngPerson(u"Sam"_s);
        QVERIFY(people.save(sam).ok());
        QVERIFY(logs.save(contactLog(sam.id, pa.id, utc(10, 1, 10))).ok());
        const ContactLog samLatest = contactLog(sam.id, pa.id, utc(11, 5, 16));
        QVERIFY(logs.save(samLatest).ok());
        amend(sam.id, samLatest.id, utc(11, 6, 9), {{u"successful"_s, false}});

        // Alex: logged as an attempt, corrected to a phone call that reached them.
        const YoungPerson alex = youngPerson(u"Alex"_s);
        QVERIFY(people.save(alex).ok());
        ContactLog attempt = contactLog(alex.id, pa.id, utc(11, 10, 11));
        attempt.kind = ContactKind::Attempted;
        attempt.successful = false;
        attempt.seenAlone = false;
        attempt.wellbeing.reset();
        QVERIFY(logs.save(attempt).ok());
        amend(alex.id, attempt.id, utc(11, 10, 12), {{u"kind"_s, u"phone"_s}, {u"successful"_s, true}});

        // Jo: a visit corrected to a letter no longer counts, and Jo has no other contact.
        const YoungPerson jo = youngPerson(u"Jo"_s);
        QVERIFY(people.save(jo).ok());
        const ContactLog joVisit = contactLog(jo.id, pa.id, utc(11, 3, 14));
        QVERIFY(logs.save(joVisit).ok());
        amend(jo.id, joVisit.id, utc(11, 4, 8), {{u"kind"_s, u"letter"_s}});

        // Kim: two corrections apply in time order (saved out of order): unsuccessful, then successful
        // again, with the date put right.
        const YoungPerson kim = youngPerson(u"Kim"_s);
        QVERIFY(people.save(kim).ok());
        const ContactLog kimVisit = contactLog(kim.id, pa.id, utc(11, 12, 15));
        QVERIFY(logs.save(kimVisit).ok());
        amend(kim.id, kimVisit.id, utc(11, 14, 9), {{u"successful"_s, true}, {u"at"_s, u"2025-11-11T15:00:00.000Z"_s}});
        amend(kim.id, kimVisit.id, utc(11, 13, 9), {{u"successful"_s, false}});

        const QList<CaseloadEntry> all = records().caseloadSummary();
        QCOMPARE(all.size(), 4);
        QHash<QString, CaseloadEntry> byId;
        for (const CaseloadEntry &e : all)
            byId.insert(e.youngPersonId, e);
        QCOMPARE(byId.value(sam.id).lastContactAt, std::optional(utc(10, 1, 10)));
        QCOMPARE(byId.value(alex.id).lastContactAt, std::optional(utc(11, 10, 11)));
        QVERIFY(!byId.value(jo.id).lastContactAt);
        QCOMPARE(byId.value(kim.id).lastContactAt, std::optional(utc(11, 11, 15)));
        QCOMPARE(byId.value(kim.id).pendingChanges, 4);

        // Asking for one young person gives the same answer.
        const QList<CaseloadEntry> one = records().caseloadSummary({alex.id});
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.at(0).lastContactAt, std::optional(utc(11, 10, 11)));
    }

    void removeOwnerAndWipe()
    {
        const QString a = newId();
        const QString b = newId();
        QVERIFY(records().saveLocal(u"plan_action"_s, newId(), a, {{u"what"_s, u"x"_s}}).ok());
        QVERIFY(records().saveLocal(u"plan_action"_s, newId(), b, {{u"what"_s, u"y"_s}}).ok());
        QVERIFY(records().removeOwnerLocally(a).ok());
        QVERIFY(records().listByOwner(u"plan_action"_s, a).isEmpty());
        QCOMPARE(records().listByOwner(u"plan_action"_s, b).size(), 1);
        QCOMPARE(records().pendingCount(), 1);
        QVERIFY(records().setCursor(u"s"_s, u"1"_s).ok());
        QVERIFY(records().wipe().ok());
        QCOMPARE(records().pendingCount(), 0);
        QVERIFY(records().listByType(u"plan_action"_s).isEmpty());
        QVERIFY(!records().cursor(u"s"_s));
    }

    void hlcSurvivesReopenWithClockBehind()
    {
        const QByteArray key = randomKey();
        m_store = std::make_unique<EncryptedStore>(m_dir->filePath(u"second"_s), m_clock);
        QVERIFY(m_store->openWithRawKey(key).ok());
        QVERIFY(records().saveLocal(u"plan_action"_s, u"a1"_s, u"o"_s, {{u"what"_s, u"x"_s}}).ok());
        m_store->close();
        m_clock.advanceDays(-30); // the device clock is set back
        QVERIFY(m_store->openWithRawKey(key).ok());
        const QString first = records().get(u"plan_action"_s, u"a1"_s)->hlc;
        QVERIFY(records().saveLocal(u"plan_action"_s, u"a1"_s, u"o"_s, {{u"what"_s, u"z"_s}}).ok());
        QVERIFY(records().get(u"plan_action"_s, u"a1"_s)->hlc > first);
        m_clock.advanceDays(30);
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"

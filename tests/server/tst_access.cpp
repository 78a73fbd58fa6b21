// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "serverfixture.h"
#include "validbodies.h"

#include "server/access.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;

/**
 * The access matrix: role x record type x owner, every cell asserted for pull visibility and
 * push permission, through the real handlers. ypA is allocated to pa1 (team t1), ypB to pa3
 * (team t2), ypU is unallocated.
 */
class TestAccess : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::Fixture> fx;
    QMap<QString, QString> tokens; // role label -> token
    int changeCounter = 0;

    void put(const QString &type, const QString &id, const QString &owner, const QJsonObject &fields)
    {
        writeAsServer(*fx->store, fx->clock, u"seed-"_s + type + u'-' + id, type, id, owner,
                      Test::validBody(type, id, owner, fields));
    }

    QSet<QString> pullAll(const QString &token, QJsonObject *lastResponse = nullptr, const QJsonObject &cursors = {})
    {
        QSet<QString> seen;
        QJsonObject c = cursors;
        for (int i = 0; i < 50; ++i) {
            const auto r
                = Test::Fixture::json(fx->post(u"/v1/sync/pull"_s, {{u"cursors"_s, c}, {u"limit"_s, 7}}, token));
            for (const auto &rec : r.value(u"records"_s).toArray()) {
                seen.insert(rec[u"recordType"_s].toString() + u'/' + rec[u"recordId"_s].toString());
            }
            c = r.value(u"cursors"_s).toObject();
            if (lastResponse) {
                *lastResponse = r;
            }
            if (!r.value(u"hasMore"_s).toBool()) {
                break;
            }
        }
        return seen;
    }

    QJsonObject push(const QString &token,
                     const QString &type,
                     const QString &recordId,
                     const QString &owner,
                     const QJsonObject &fields,
                     const QString &hlc = {})
    {
        const QJsonObject change {
            {u"changeId"_s, u"chg-%1"_s.arg(++changeCounter)},
            {u"recordType"_s, type},
            {u"recordId"_s, recordId},
            {u"ownerId"_s, owner},
            {u"op"_s, u"upsert"_s},
            {u"hlc"_s, hlc.isEmpty() ? fx->hlc(changeCounter) : hlc},
            {u"baseHlc"_s, u""_s},
            // A new record gets a whole valid body; an existing one just the fields.
            {u"fields"_s, fx->store->record(type, recordId) ? fields : Test::validBody(type, recordId, owner, fields)}};
        const auto r = fx->post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {change}}}, token);
        return Test::Fixture::json(r).value(u"results"_s).toArray().at(0).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        fx = std::make_unique<Test::Fixture>();
        fx->seedDirectory();
        fx->addYoungPerson(u"ypA"_s, u"pa1"_s);
        fx->addYoungPerson(u"ypB"_s, u"pa3"_s);
        fx->addYoungPerson(u"ypU"_s);
        put(u"offer_item"_s, u"offer1"_s, {}, {{u"authorityId"_s, u"a1"_s}, {u"title"_s, u"Bursary"_s}});
        // One record of every owned type for ypA.
        put(u"plan_section"_s, u"ps1"_s, u"ypA"_s, {{u"youngPersonId"_s, u"ypA"_s}, {u"goal"_s, u"Flat"_s}});
        put(u"plan_action"_s, u"pa-1"_s, u"ypA"_s, {{u"youngPersonId"_s, u"ypA"_s}, {u"status"_s, u"in_progress"_s}});
        put(u"plan_review"_s, u"pr1"_s, u"ypA"_s, {{u"youngPersonId"_s, u"ypA"_s}});
        put(u"health_entry"_s, u"he1"_s, u"ypA"_s,
            {{u"youngPersonId"_s, u"ypA"_s}, {u"kind"_s, u"allergy"_s}, {u"addedBy"_s, u"pa1"_s}});
        put(u"health_handover"_s, u"hh1"_s, u"ypA"_s, {{u"youngPersonId"_s, u"ypA"_s}});
        put(u"entitlement"_s, u"en1"_s, u"ypA"_s, {{u"youngPersonId"_s, u"ypA"_s}, {u"offerItemId"_s, u"offer1"_s}});
        put(u"document"_s, u"doc1"_s, u"ypA"_s, {{u"youngPersonId"_s, u"ypA"_s}, {u"kind"_s, u"passport"_s}});
        put(u"contact_log"_s, u"cl1"_s, u"ypA"_s, {{u"youngPersonId"_s, u"ypA"_s}, {u"notes"_s, u"ok"_s}});
        put(u"contact_log"_s, u"cl-conf"_s, u"ypA"_s,
            {{u"youngPersonId"_s, u"ypA"_s}, {u"confidential"_s, true}, {u"notes"_s, u"staff only"_s}});
        put(u"contact_amendment"_s, u"am1"_s, u"ypA"_s,
            {{u"youngPersonId"_s, u"ypA"_s}, {u"contactLogId"_s, u"cl1"_s}});
        put(u"contact_amendment"_s, u"am-conf"_s, u"ypA"_s,
            {{u"youngPersonId"_s, u"ypA"_s}, {u"contactLogId"_s, u"cl-conf"_s}});
        put(u"contact_request"_s, u"cr1"_s, u"ypA"_s, {{u"youngPersonId"_s, u"ypA"_s}, {u"message"_s, u"call me"_s}});
        put(u"chronology_event"_s, u"ce1"_s, u"ypA"_s, {{u"youngPersonId"_s, u"ypA"_s}});
        tokens.clear();
        for (const auto &s : {u"pa1"_s, u"pa2"_s, u"pa3"_s, u"mgr1"_s, u"mgr2"_s, u"admin"_s}) {
            tokens.insert(s, fx->login(s));
        }
        tokens.insert(u"self"_s, fx->enrolYoungPerson(tokens[u"pa1"_s], u"ypA"_s));
        tokens.insert(u"otherYp"_s, fx->enrolYoungPerson(tokens[u"pa3"_s], u"ypB"_s));
        QVERIFY(!tokens[u"self"_s].isEmpty());
        QVERIFY(!tokens[u"otherYp"_s].isEmpty());
    }

    void pullMatrix_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("record");
        QTest::addColumn<bool>("visible");
        const QStringList owned {u"young_person/ypA"_s,    u"allocation/alloc-ypA-pa1"_s, u"plan_section/ps1"_s,
                                 u"plan_action/pa-1"_s,    u"plan_review/pr1"_s,          u"health_entry/he1"_s,
                                 u"health_handover/hh1"_s, u"entitlement/en1"_s,          u"document/doc1"_s,
                                 u"contact_log/cl1"_s,     u"contact_amendment/am1"_s,    u"contact_request/cr1"_s,
                                 u"chronology_event/ce1"_s};
        const QStringList staffOnly {u"contact_log/cl-conf"_s, u"contact_amendment/am-conf"_s};
        // role -> sees ypA's ordinary records, staff-only records
        const QList<std::tuple<QString, bool, bool>> roles {
            {u"self"_s, true, false}, {u"otherYp"_s, false, false}, {u"pa1"_s, true, true},  {u"pa2"_s, false, false},
            {u"mgr1"_s, true, true},  {u"mgr2"_s, false, false},    {u"admin"_s, true, true}};
        for (const auto &[role, ordinary, confidential] : roles) {
            for (const auto &rec : owned) {
                QTest::addRow("%s %s", qPrintable(role), qPrintable(rec)) << role << rec << ordinary;
            }
            for (const auto &rec : staffOnly) {
                QTest::addRow("%s %s", qPrintable(role), qPrintable(rec)) << role << rec << confidential;
            }
            const bool isYp = role == "self"_L1 || role == "otherYp"_L1;
            // Authority-wide: young people see only their own PA's staff record; staff see all.
            QTest::addRow("%s staff/pa1", qPrintable(role)) << role << u"staff/pa1"_s << (role != "otherYp"_L1);
            QTest::addRow("%s staff/pa3", qPrintable(role))
                << role << u"staff/pa3"_s << (!isYp || role == "otherYp"_L1);
            QTest::addRow("%s staff/mgr1", qPrintable(role)) << role << u"staff/mgr1"_s << !isYp;
            QTest::addRow("%s offer_item/offer1", qPrintable(role)) << role << u"offer_item/offer1"_s << true;
            // Other owners: ypB (pa3, team t2), ypU (unallocated: managers and admin).
            QTest::addRow("%s young_person/ypB", qPrintable(role))
                << role << u"young_person/ypB"_s
                << (role == "otherYp"_L1 || role == "pa3"_L1 || role == "mgr2"_L1 || role == "admin"_L1);
            QTest::addRow("%s young_person/ypU", qPrintable(role))
                << role << u"young_person/ypU"_s << (role == "mgr1"_L1 || role == "mgr2"_L1 || role == "admin"_L1);
        }
    }

    void pullMatrix()
    {
        QFETCH(QString, role);
        QFETCH(QString, record);
        QFETCH(bool, visible);
        const auto seen = pullAll(tokens.value(role));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.contains(record), visible);
    }

    void youngPersonSeesReducedStaffRecord()
    {
        QJsonObject last;
        pullAll(tokens[u"self"_s], &last);
        const auto seen = pullAll(tokens[u"self"_s]);
        QVERIFY(seen.contains(u"staff/pa1"_s));
        // Pull again from scratch and find the staff record body.
        const auto r = Test::Fixture::json(fx->post(u"/v1/sync/pull"_s, {{u"limit"_s, 1000}}, tokens[u"self"_s]));
        for (const auto &rec : r.value(u"records"_s).toArray()) {
            if (rec[u"recordType"_s] == u"staff"_s) {
                const auto body = rec[u"body"_s].toObject();
                QVERIFY(!body.contains(u"email"_s));
                QCOMPARE(body.value(u"displayName"_s).toString(), u"Staff pa1"_s);
            }
        }
    }

    void pushMatrix_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("allowed");
        // type -> a young person may write it (with the fields below)
        const QList<std::pair<QString, bool>> types {
            {u"young_person"_s, false},    {u"allocation"_s, false},        {u"plan_section"_s, true},
            {u"plan_action"_s, true},      {u"plan_review"_s, false},       {u"health_entry"_s, true},
            {u"health_handover"_s, false}, {u"entitlement"_s, true},        {u"document"_s, true},
            {u"contact_log"_s, false},     {u"contact_amendment"_s, false}, {u"contact_request"_s, true},
            {u"chronology_event"_s, false}};
        for (const auto &role : {u"self"_s, u"otherYp"_s, u"pa1"_s, u"pa2"_s, u"mgr1"_s, u"mgr2"_s, u"admin"_s}) {
            for (const auto &[type, ypMay] : types) {
                bool allowed = false;
                if (role == "self"_L1) {
                    allowed = ypMay;
                } else if (role == "pa1"_L1) {
                    allowed = type != "allocation"_L1;
                } else if (role == "mgr1"_L1 || role == "admin"_L1) {
                    allowed = true;
                }
                QTest::addRow("%s %s", qPrintable(role), qPrintable(type)) << role << type << allowed;
            }
        }
    }

    void pushMatrix()
    {
        QFETCH(QString, role);
        QFETCH(QString, type);
        QFETCH(bool, allowed);
        // Updates of existing records where a young person may only edit, new records elsewhere.
        const QMap<QString, std::pair<QString, QJsonObject>> changes {
            {u"young_person"_s, {u"ypA"_s, {{u"pronouns"_s, u"they/them"_s}}}},
            {u"allocation"_s,
             {u"new-alloc-"_s,
              {{u"youngPersonId"_s, u"ypA"_s},
               {u"staffId"_s, u"pa2"_s},
               {u"from"_s, u"2026-01-01"_s},
               {u"until"_s, u"2026-01-02"_s}}}},
            {u"plan_section"_s, {u"ps1"_s, {{u"ownWords"_s, u"I want my own place"_s}}}},
            {u"plan_action"_s, {u"pa-1"_s, {{u"status"_s, u"done"_s}}}},
            {u"plan_review"_s, {u"new-pr-"_s, {{u"outcome"_s, u"ok"_s}}}},
            {u"health_entry"_s,
             {u"new-he-"_s, {{u"kind"_s, u"note"_s}, {u"title"_s, u"Dentist"_s}, {u"addedBy"_s, u"ypA"_s}}}},
            {u"health_handover"_s, {u"new-hh-"_s, {{u"consentToShare"_s, true}}}},
            {u"entitlement"_s, {u"new-en-"_s, {{u"status"_s, u"asked"_s}, {u"offerItemId"_s, u"offer1"_s}}}},
            {u"document"_s, {u"doc1"_s, {{u"helpRequested"_s, true}}}},
            {u"contact_log"_s, {u"new-cl-"_s, {{u"kind"_s, u"phone"_s}}}},
            {u"contact_amendment"_s, {u"new-am-"_s, {{u"contactLogId"_s, u"cl1"_s}}}},
            {u"contact_request"_s, {u"new-cr-"_s, {{u"message"_s, u"Can we talk?"_s}, {u"urgency"_s, u"urgent"_s}}}},
            {u"chronology_event"_s, {u"new-ce-"_s, {{u"kind"_s, u"moved_home"_s}}}}};
        auto [recordId, fields] = changes.value(type);
        if (recordId.endsWith(u'-')) {
            recordId += role;
        }
        if (type == "allocation"_L1) {
            // Periods of one young person never overlap: each role's period is a day of its own, before pa1's.
            const QString day = QDate(2025, 1, 1).addDays(int(qHash(role) % 300)).toString(Qt::ISODate);
            fields.insert(u"from"_s, day);
            fields.insert(u"until"_s, day);
        }
        const auto result = push(tokens.value(role), type, recordId, u"ypA"_s, fields);
        const QString status = result.value(u"status"_s).toString();
        if (allowed) {
            QVERIFY2(status == "applied"_L1, QJsonDocument(result).toJson().constData());
        } else {
            QCOMPARE(status, u"rejected"_s);
            QCOMPARE(result.value(u"reason"_s).toString(), u"forbidden"_s);
        }
    }

    void youngPersonFieldLimits()
    {
        const auto self = tokens[u"self"_s];
        QCOMPARE(push(self, u"plan_section"_s, u"ps1"_s, u"ypA"_s, {{u"goal"_s, u"changed"_s}})[u"reason"_s].toString(),
                 u"forbidden"_s);
        QCOMPARE(
            push(self, u"plan_action"_s, u"pa-1"_s, u"ypA"_s, {{u"status"_s, u"dropped"_s}})[u"reason"_s].toString(),
            u"forbidden"_s);
        QCOMPARE(push(self, u"health_entry"_s, u"he1"_s, u"ypA"_s, {{u"title"_s, u"x"_s}})[u"reason"_s].toString(),
                 u"forbidden"_s);
        QCOMPARE(push(self, u"health_entry"_s, u"he-new"_s, u"ypA"_s,
                      {{u"kind"_s, u"allergy"_s}, {u"addedBy"_s, u"ypA"_s}})[u"reason"_s]
                     .toString(),
                 u"forbidden"_s);
        QCOMPARE(
            push(self, u"entitlement"_s, u"en1"_s, u"ypA"_s, {{u"status"_s, u"received"_s}})[u"reason"_s].toString(),
            u"forbidden"_s);
        QCOMPARE(
            push(self, u"contact_request"_s, u"cr1"_s, u"ypA"_s, {{u"answeredBy"_s, u"pa1"_s}})[u"reason"_s].toString(),
            u"forbidden"_s);
        QCOMPARE(
            push(self, u"contact_request"_s, u"cr-b"_s, u"ypB"_s, {{u"message"_s, u"hi"_s}})[u"reason"_s].toString(),
            u"forbidden"_s);
        QCOMPARE(push(self, u"offer_item"_s, u"o2"_s, QString(), {{u"authorityId"_s, u"a1"_s}})[u"reason"_s].toString(),
                 u"forbidden"_s);
    }

    void reallocationMovesHistory()
    {
        // pa1 syncs ypA, then ypA moves to pa2.
        QJsonObject pa1State;
        pullAll(tokens[u"pa1"_s], &pa1State);
        const auto pa1Cursors = pa1State.value(u"cursors"_s).toObject();
        QJsonObject pa2State;
        pullAll(tokens[u"pa2"_s], &pa2State);
        const auto pa2Cursors = pa2State.value(u"cursors"_s).toObject();
        const QString beforeMove = fx->hlc(-3600 * 1000);
        // pa1's phone, last synced now, goes offline with that work.
        const QString phone = fx->login(u"pa1"_s, u"pa1-phone"_s);
        QCOMPARE(fx->post(u"/v1/sync/pull"_s, {{u"limit"_s, 1000}}, phone).status, 200);
        fx->clock.advanceDays(1);
        // Logged offline on the morning of the reallocation day, before the manager recorded it.
        const QString sameDayBeforeMove = fx->hlc(-3600 * 1000);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(Sync::Hlc::parse(sameDayBeforeMove)->millis, Qt::UTC).date(),
                 fx->clock.today());
        // As the app records a handover: the old period's last day is the day before the new one starts.
        fx->endAllocation(u"ypA"_s, u"pa1"_s, fx->clock.today().addDays(-1));
        fx->allocate(u"ypA"_s, u"pa2"_s, fx->clock.today());
        tokens[u"pa1"_s] = fx->login(u"pa1"_s); // a day later: the old access tokens have expired
        tokens[u"pa2"_s] = fx->login(u"pa2"_s);
        // The new PA receives ypA's whole history although its other cursors are up to date.
        const auto pa2Seen = pullAll(tokens[u"pa2"_s], nullptr, pa2Cursors);
        QVERIFY(pa2Seen.contains(u"plan_section/ps1"_s));
        QVERIFY(pa2Seen.contains(u"contact_log/cl1"_s));
        QVERIFY(pa2Seen.contains(u"young_person/ypA"_s));
        // The old PA is told to drop ypA.
        QJsonObject pa1After;
        const auto pa1Seen = pullAll(tokens[u"pa1"_s], &pa1After, pa1Cursors);
        QVERIFY(pa1After.value(u"removeOwners"_s).toArray().contains(u"ypA"_s));
        QVERIFY(!pa1Seen.contains(u"contact_log/cl1"_s));
        // Work the old PA did offline before the move still goes up from their phone; later work does not.
        tokens[u"pa1"_s] = fx->login(u"pa1"_s, u"pa1-phone"_s);
        QCOMPARE(push(tokens[u"pa1"_s], u"contact_log"_s, u"late-1"_s, u"ypA"_s, {{u"kind"_s, u"visit"_s}},
                      beforeMove)[u"status"_s]
                     .toString(),
                 u"applied"_s);
        QCOMPARE(push(tokens[u"pa1"_s], u"contact_log"_s, u"late-2"_s, u"ypA"_s, {{u"kind"_s, u"visit"_s}},
                      fx->hlc())[u"reason"_s]
                     .toString(),
                 u"forbidden"_s);
        // Made on the reallocation day itself but before the reallocation was recorded: accepted.
        QCOMPARE(push(tokens[u"pa1"_s], u"contact_log"_s, u"late-same-day"_s, u"ypA"_s, {{u"kind"_s, u"visit"_s}},
                      sameDayBeforeMove)[u"status"_s]
                     .toString(),
                 u"applied"_s);
        QVERIFY(fx->store->record(u"contact_log"_s, u"late-same-day"_s).has_value());
        // After the grace period (counted from the last allocated day), not even earlier work is accepted.
        fx->clock.advanceDays(ReallocationGraceDays);
        tokens[u"pa1"_s] = fx->login(u"pa1"_s, u"pa1-phone"_s);
        QCOMPARE(push(tokens[u"pa1"_s], u"contact_log"_s, u"late-3"_s, u"ypA"_s, {{u"kind"_s, u"visit"_s}},
                      beforeMove)[u"reason"_s]
                     .toString(),
                 u"forbidden"_s);
    }

    /**
     * The grace rule does not take a device's word for when a change was made: a former PA 30 days
     * after the allocation ended cannot get a change in by backdating its HLC to the allocation,
     * nor to 1970, whether from a new device or from one that has synced since the end.
     */
    void backdatedChangesFromAFormerPaAreRefused()
    {
        Test::Fixture f;
        f.seedDirectory();
        f.addYoungPerson(u"ypF"_s, u"pa2"_s);
        const QString duringAllocation = f.hlc(-86400 * 1000);
        f.login(u"pa2"_s, u"pa2-old"_s); // in use while allocated
        const QDate lastDay = f.clock.today();
        f.endAllocation(u"ypF"_s, u"pa2"_s, lastDay);
        f.clock.advanceDays(ReallocationGraceDays); // still within the grace period
        const auto push = [&f](const QString &token, const QString &id, const QString &hlc) {
            const QJsonObject change {{u"changeId"_s, QString(u"chg-"_s + id)},
                                      {u"recordType"_s, u"contact_log"_s},
                                      {u"recordId"_s, id},
                                      {u"ownerId"_s, u"ypF"_s},
                                      {u"op"_s, u"upsert"_s},
                                      {u"hlc"_s, hlc},
                                      {u"fields"_s, QJsonObject {{u"kind"_s, u"visit"_s}}}};
            const auto r = f.post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {change}}}, token);
            return Test::Fixture::json(r).value(u"results"_s).toArray().at(0).toObject().value(u"status"_s).toString();
        };
        const QString in1970 = Sync::Hlc {1000, 0, u"dev1"_s}.toString();
        // A device the server first sees now.
        const QString fresh = f.login(u"pa2"_s);
        QCOMPARE(push(fresh, u"b1"_s, duringAllocation), u"rejected"_s);
        QCOMPARE(push(fresh, u"b2"_s, in1970), u"rejected"_s);
        // The old device, once it has synced after the end: everything it held then has been pushed.
        const QString again = f.login(u"pa2"_s, u"pa2-old"_s);
        QCOMPARE(f.post(u"/v1/sync/pull"_s, {{u"limit"_s, 1000}}, again).status, 200);
        QCOMPARE(push(again, u"b3"_s, duringAllocation), u"rejected"_s);
        QCOMPARE(push(again, u"b4"_s, in1970), u"rejected"_s);
        QVERIFY(!f.store->record(u"contact_log"_s, u"b1"_s));
        QVERIFY(!f.store->record(u"contact_log"_s, u"b3"_s));
    }

    /** `until` is the last day the PA is allocated, as in the domain (Allocation::isCurrentOn). */
    void allocationUntilIsTheLastDay()
    {
        Test::Fixture f;
        f.seedDirectory();
        f.addYoungPerson(u"ypE"_s, u"pa2"_s);
        writeAsServer(*f.store, f.clock, u"seed-e-cl1"_s, u"contact_log"_s, u"e-cl1"_s, u"ypE"_s,
                      Test::validBody(u"contact_log"_s, u"e-cl1"_s, u"ypE"_s, {{u"notes"_s, u"ok"_s}}));
        const QDate lastDay = f.clock.today().addDays(1);
        f.endAllocation(u"ypE"_s, u"pa2"_s, lastDay);
        f.login(u"pa2"_s, u"pa2-phone"_s); // the phone pa2 works offline on (the pulls below are another device)
        const auto visible = [&f](const QString &staff) {
            QStringList caseload;
            for (const auto &v : Test::Fixture::json(f.call(u"GET"_s, u"/v1/me"_s, {}, f.login(staff)))
                                     .value(u"caseload"_s)
                                     .toArray()) {
                caseload.append(v.toString());
            }
            return caseload.contains(u"ypE"_s);
        };
        const auto pushLog = [&f](const QString &staff, const QString &id, const QString &hlc) -> QString {
            const QJsonObject change {
                {u"changeId"_s, QString(u"chg-"_s + id)},
                {u"recordType"_s, u"contact_log"_s},
                {u"recordId"_s, id},
                {u"ownerId"_s, u"ypE"_s},
                {u"op"_s, u"upsert"_s},
                {u"hlc"_s, hlc},
                {u"fields"_s, Test::validBody(u"contact_log"_s, id, u"ypE"_s, {{u"staffId"_s, staff}})}};
            const auto r = f.post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {change}}},
                                  f.login(staff, staff + u"-phone"_s));
            const auto result = Test::Fixture::json(r).value(u"results"_s).toArray().at(0).toObject();
            return result.value(u"status"_s).toString() + u'/' + result.value(u"reason"_s).toString();
        };
        const auto pullSeesLog = [&f](const QString &staff) {
            const auto r = Test::Fixture::json(f.post(u"/v1/sync/pull"_s, {{u"limit"_s, 1000}}, f.login(staff)));
            for (const auto &rec : r.value(u"records"_s).toArray()) {
                if (rec[u"recordId"_s].toString() == u"e-cl1"_s) {
                    return true;
                }
            }
            return false;
        };
        // The day before the last day and the last day itself: pa2 sees ypE and may write.
        QVERIFY(visible(u"pa2"_s));
        f.clock.advanceDays(1);
        QCOMPARE(f.clock.today(), lastDay);
        QVERIFY(visible(u"pa2"_s));
        QVERIFY(pullSeesLog(u"pa2"_s));
        QCOMPARE(pushLog(u"pa2"_s, u"e-last-day"_s, f.hlc()), u"applied/"_s);
        // pa2's manager sees ypE as allocated to the team; another team's manager does not.
        QVERIFY(visible(u"mgr1"_s));
        QVERIFY(!visible(u"mgr2"_s));
        const QString madeOnLastDay = f.hlc();
        // The next day: no longer allocated. pa2 neither sees nor writes ypE's records ...
        f.clock.advanceDays(1);
        QVERIFY(!visible(u"pa2"_s));
        QVERIFY(!pullSeesLog(u"pa2"_s));
        QCOMPARE(pushLog(u"pa2"_s, u"e-next-day"_s, f.hlc()), u"rejected/forbidden"_s);
        // ... except offline work made on the last day (the grace rule), for ReallocationGraceDays.
        QCOMPARE(pushLog(u"pa2"_s, u"e-offline-1"_s, madeOnLastDay), u"applied/"_s);
        // ypE is now unallocated: every manager of the authority sees them.
        QVERIFY(visible(u"mgr2"_s));
        f.clock.advanceDays(ReallocationGraceDays - 1); // the last day of grace
        QCOMPARE(f.clock.today(), lastDay.addDays(ReallocationGraceDays));
        QCOMPARE(pushLog(u"pa2"_s, u"e-offline-2"_s, madeOnLastDay), u"applied/"_s);
        f.clock.advanceDays(1);
        QCOMPARE(pushLog(u"pa2"_s, u"e-offline-3"_s, madeOnLastDay), u"rejected/forbidden"_s);
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"

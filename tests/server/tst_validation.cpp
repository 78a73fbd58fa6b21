// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "serverfixture.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Pathway;
using namespace Pathway::Server;
using namespace Qt::StringLiterals;

/**
 * The server validates every record it is sent (issue 10, findings 1, 2 and 6): bodies with the
 * domain's validators, allocations against the directory and each other, change ids per sender;
 * and every young person stays visible to a manager whatever is pushed.
 */
class TestValidation : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::Fixture> fx;
    QMap<QString, QString> tokens;
    int changeCounter = 0;

    QJsonObject change(const QString &type,
                       const QString &recordId,
                       const QString &owner,
                       const QJsonObject &fields,
                       const QString &changeId = {})
    {
        ++changeCounter;
        return {{u"changeId"_s, changeId.isEmpty() ? u"v-%1"_s.arg(changeCounter) : changeId},
                {u"recordType"_s, type},
                {u"recordId"_s, recordId},
                {u"ownerId"_s, owner},
                {u"op"_s, u"upsert"_s},
                {u"hlc"_s, fx->hlc(changeCounter)},
                {u"baseHlc"_s, u""_s},
                {u"fields"_s, fields}};
    }

    QJsonObject push(const QString &who, const QJsonObject &one)
    {
        const auto r = fx->post(u"/v1/sync/push"_s, {{u"changes"_s, QJsonArray {one}}}, tokens.value(who));
        return Test::Fixture::json(r).value(u"results"_s).toArray().at(0).toObject();
    }

    QSet<QString> pullIds(const QString &who)
    {
        QSet<QString> seen;
        QJsonObject cursors;
        for (int page = 0; page < 50; ++page) {
            const auto r = Test::Fixture::json(
                fx->post(u"/v1/sync/pull"_s, {{u"cursors"_s, cursors}, {u"limit"_s, 1000}}, tokens.value(who)));
            for (const auto &v : r.value(u"records"_s).toArray()) {
                seen.insert(v.toObject().value(u"recordId"_s).toString());
            }
            cursors = r.value(u"cursors"_s).toObject();
            if (!r.value(u"hasMore"_s).toBool()) {
                break;
            }
        }
        return seen;
    }

    QSet<QString> caseload(const QString &who)
    {
        const auto me = Test::Fixture::json(fx->call(u"GET"_s, u"/v1/me"_s, {}, tokens.value(who)));
        QSet<QString> out;
        for (const auto &v : me.value(u"caseload"_s).toArray()) {
            out.insert(v.toString());
        }
        return out;
    }

    QJsonObject contactLog(const QString &id) const
    {
        return {{u"id"_s, id},
                {u"youngPersonId"_s, u"ypA"_s},
                {u"staffId"_s, u"pa1"_s},
                {u"at"_s, u"2026-03-01T09:00:00.000Z"_s},
                {u"kind"_s, u"visit"_s},
                {u"successful"_s, true},
                {u"seenAlone"_s, false},
                {u"confidential"_s, false},
                {u"notes"_s, u"Talked about college."_s}};
    }

    static void verifyInvalid(const QJsonObject &result, const QString &field, const QString &detail)
    {
        QCOMPARE(result.value(u"status"_s).toString(), u"rejected"_s);
        QCOMPARE(result.value(u"reason"_s).toString(), u"invalid_field"_s);
        QCOMPARE(result.value(u"field"_s).toString(), field);
        QCOMPARE(result.value(u"detail"_s).toString(), detail);
    }

private Q_SLOTS:
    void init()
    {
        fx = std::make_unique<Test::Fixture>();
        fx->seedDirectory();
        fx->addYoungPerson(u"ypA"_s, u"pa1"_s);
        fx->addYoungPerson(u"ypB"_s, u"pa3"_s);
        fx->addYoungPerson(u"ypU"_s);
        tokens.clear();
        for (const auto &s : {u"pa1"_s, u"pa3"_s, u"mgr1"_s, u"mgr2"_s, u"admin"_s}) {
            tokens.insert(s, fx->login(s));
        }
        tokens.insert(u"ypA"_s, fx->enrolYoungPerson(tokens[u"pa1"_s], u"ypA"_s));
        QVERIFY(!tokens[u"ypA"_s].isEmpty());
    }

    void validContactIsApplied()
    {
        QCOMPARE(push(u"pa1"_s, change(u"contact_log"_s, u"c-ok"_s, u"ypA"_s, contactLog(u"c-ok"_s)))
                     .value(u"status"_s)
                     .toString(),
                 u"applied"_s);
        QVERIFY(pullIds(u"ypA"_s).contains(u"c-ok"_s));
    }

    void badValuesAreRefusedAndNeverReachTheYoungPerson_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("detail");
        QTest::newRow("confidential \"true\"") << u"confidential"_s << QJsonValue(u"true"_s) << u"invalid_type"_s;
        QTest::newRow("confidential 1") << u"confidential"_s << QJsonValue(1) << u"invalid_type"_s;
        QTest::newRow("confidential \"yes\"") << u"confidential"_s << QJsonValue(u"yes"_s) << u"invalid_type"_s;
        QTest::newRow("wellbeing 1e30") << u"wellbeing"_s << QJsonValue(1e30) << u"invalid_type"_s;
        QTest::newRow("at []") << u"at"_s << QJsonValue(QJsonArray()) << u"invalid_type"_s;
        QTest::newRow("unknown key") << u"secret"_s << QJsonValue(u"x"_s) << u"unknown_field"_s;
        QTest::newRow("other young person") << u"youngPersonId"_s << QJsonValue(u"ypB"_s) << u"invalid_combination"_s;
    }

    void badValuesAreRefusedAndNeverReachTheYoungPerson()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, detail);
        QJsonObject fields = contactLog(u"c-bad"_s);
        fields.insert(field, value);
        verifyInvalid(push(u"pa1"_s, change(u"contact_log"_s, u"c-bad"_s, u"ypA"_s, fields)), field, detail);
        QVERIFY(!pullIds(u"ypA"_s).contains(u"c-bad"_s));
        QVERIFY(!pullIds(u"pa1"_s).contains(u"c-bad"_s));
    }

    void mergedRecordMustStayValid()
    {
        const QJsonObject action {{u"id"_s, u"act1"_s},
                                  {u"youngPersonId"_s, u"ypA"_s},
                                  {u"area"_s, u"accommodation"_s},
                                  {u"what"_s, u"Find a flat"_s},
                                  {u"status"_s, u"not_started"_s}};
        QCOMPARE(push(u"pa1"_s, change(u"plan_action"_s, u"act1"_s, u"ypA"_s, action)).value(u"status"_s).toString(),
                 u"applied"_s);
        // Each partial update is fine alone; merged with the stored record, it is not.
        verifyInvalid(
            push(u"pa1"_s,
                 change(u"plan_action"_s, u"act1"_s, u"ypA"_s, {{u"completedAt"_s, u"2026-03-01T09:00:00.000Z"_s}})),
            u"completedAt"_s, u"invalid_combination"_s);
        verifyInvalid(push(u"pa1"_s, change(u"plan_action"_s, u"act1"_s, u"ypA"_s, {{u"status"_s, u"finished"_s}})),
                      u"status"_s, u"invalid_type"_s);
        const auto stored = fx->store->record(u"plan_action"_s, u"act1"_s);
        QVERIFY(stored);
        QCOMPARE(stored->state.body.value(u"status"_s).toString(), u"not_started"_s);
        QVERIFY(!stored->state.body.contains(u"completedAt"_s));
    }

    void changeIdsAreScopedToTheSender()
    {
        const auto first
            = push(u"pa1"_s, change(u"contact_log"_s, u"c-1"_s, u"ypA"_s, contactLog(u"c-1"_s), u"shared-id"_s));
        QCOMPARE(first.value(u"status"_s).toString(), u"applied"_s);
        // The young person re-sends the PA's change id with their own change: it is theirs, applied on
        // its merits, and nothing about the PA's change comes back.
        const QJsonObject request {{u"id"_s, u"req-1"_s},
                                   {u"youngPersonId"_s, u"ypA"_s},
                                   {u"requestedAt"_s, u"2026-03-02T09:00:00.000Z"_s},
                                   {u"message"_s, u"Can we talk?"_s}};
        const auto second = push(u"ypA"_s, change(u"contact_request"_s, u"req-1"_s, u"ypA"_s, request, u"shared-id"_s));
        QCOMPARE(second.value(u"status"_s).toString(), u"applied"_s);
        QVERIFY(second.value(u"serverSeq"_s).toInteger() != first.value(u"serverSeq"_s).toInteger());
        QVERIFY(second.value(u"hlc"_s).toString() != first.value(u"hlc"_s).toString());
        // The same sender re-sending is still recognised.
        const auto again
            = push(u"pa1"_s, change(u"contact_log"_s, u"c-1"_s, u"ypA"_s, contactLog(u"c-1"_s), u"shared-id"_s));
        QCOMPARE(again.value(u"status"_s).toString(), u"duplicate"_s);
        QCOMPARE(again.value(u"serverSeq"_s).toInteger(), first.value(u"serverSeq"_s).toInteger());
    }

    void malformedAllocationIsRefusedAndTheYoungPersonStaysVisible()
    {
        QVERIFY(caseload(u"mgr1"_s).contains(u"ypU"_s));
        const auto r = push(u"mgr1"_s,
                            change(u"allocation"_s, u"al-x"_s, u"ypU"_s,
                                   {{u"id"_s, u"al-x"_s},
                                    {u"youngPersonId"_s, u"ypU"_s},
                                    {u"staffId"_s, QJsonArray {u"x"_s}},
                                    {u"from"_s, QJsonObject {{u"y"_s, 1}}}}));
        QCOMPARE(r.value(u"reason"_s).toString(), u"invalid_field"_s);
        QCOMPARE(r.value(u"detail"_s).toString(), u"invalid_type"_s);
        QVERIFY(caseload(u"mgr1"_s).contains(u"ypU"_s));
    }

    void allocationNeedsAPaOfTheAuthority_data()
    {
        QTest::addColumn<QString>("staffId");
        QTest::addColumn<QString>("status");
        QTest::newRow("unknown") << u"nobody"_s << u"rejected"_s;
        QTest::newRow("a manager") << u"mgr2"_s << u"rejected"_s;
        QTest::newRow("an admin") << u"admin"_s << u"rejected"_s;
        QTest::newRow("a PA") << u"pa3"_s << u"applied"_s;
    }

    void allocationNeedsAPaOfTheAuthority()
    {
        QFETCH(QString, staffId);
        QFETCH(QString, status);
        const QJsonObject fields {{u"id"_s, u"al-1"_s},
                                  {u"youngPersonId"_s, u"ypU"_s},
                                  {u"staffId"_s, staffId},
                                  {u"from"_s, u"2026-03-02"_s},
                                  {u"allocatedBy"_s, u"mgr1"_s}};
        const auto r = push(u"mgr1"_s, change(u"allocation"_s, u"al-1"_s, u"ypU"_s, fields));
        QCOMPARE(r.value(u"status"_s).toString(), status);
        if (status == "rejected"_L1) {
            verifyInvalid(r, u"staffId"_s, u"not_a_pa"_s);
        }
    }

    void allocationPeriodsDoNotOverlap()
    {
        // ypA has pa1 from 100 days ago, with no end.
        auto alloc = [&](const QString &id, const QString &staff, const QString &from, const QString &until = {}) {
            QJsonObject f {{u"id"_s, id}, {u"youngPersonId"_s, u"ypA"_s}, {u"staffId"_s, staff}, {u"from"_s, from}};
            if (!until.isEmpty()) {
                f.insert(u"until"_s, until);
            }
            return push(u"mgr1"_s, change(u"allocation"_s, id, u"ypA"_s, f));
        };
        verifyInvalid(alloc(u"al-2"_s, u"pa2"_s, u"2026-03-02"_s), u"from"_s, u"overlap"_s);
        verifyInvalid(alloc(u"al-2"_s, u"pa2"_s, u"2025-01-01"_s, u"2025-12-31"_s), u"until"_s, u"overlap"_s);
        QCOMPARE(alloc(u"al-3"_s, u"pa2"_s, u"2024-01-01"_s, u"2024-12-31"_s).value(u"status"_s).toString(),
                 u"applied"_s);
        // The handover as the app does it: end the old period the day before, then start the new one.
        const auto end
            = push(u"mgr1"_s, change(u"allocation"_s, u"alloc-ypA-pa1"_s, u"ypA"_s, {{u"until"_s, u"2026-03-01"_s}}));
        QCOMPARE(end.value(u"status"_s).toString(), u"applied"_s);
        QCOMPARE(alloc(u"al-4"_s, u"pa2"_s, u"2026-03-02"_s).value(u"status"_s).toString(), u"applied"_s);
        // Stretching a period into another is an overlap too.
        verifyInvalid(push(u"mgr1"_s, change(u"allocation"_s, u"al-3"_s, u"ypA"_s, {{u"until"_s, u"2025-12-01"_s}})),
                      u"until"_s, u"overlap"_s);
    }

    /**
     * Property: whatever managers and admins push (malformed, hostile or valid allocations,
     * staff moved between teams or made managers), every young person of the authority stays
     * on at least one manager's /v1/me caseload.
     */
    void everyYoungPersonStaysVisibleToAManager()
    {
        const QStringList people {u"ypA"_s, u"ypB"_s, u"ypU"_s};
        const QStringList staff {u"pa1"_s, u"pa2"_s, u"pa3"_s, u"mgr1"_s, u"mgr2"_s, u"admin"_s, u"ghost"_s, u""_s};
        const QList<QJsonValue> dates {u"2026-03-02"_s, u"2025-01-01"_s, u"2027-01-01"_s, u"2026-02-30"_s,
                                       u""_s,           QJsonValue(7),   QJsonArray {1},  QJsonObject {{u"y"_s, 1}},
                                       u"0001-01-01"_s, QJsonValue::Null};
        QRandomGenerator rng(20261206);
        auto pick = [&rng](const auto &list) {
            return list.at(rng.bounded(int(list.size())));
        };
        int applied = 0;
        for (int round = 0; round < 300; ++round) {
            const QString pusher = rng.bounded(3) == 0 ? u"admin"_s : pick(QStringList {u"mgr1"_s, u"mgr2"_s});
            QJsonObject one;
            if (rng.bounded(5) == 0) {
                // A staff member moved to another team (one with no manager, too) or given another role.
                const QString who = pick(QStringList {u"pa1"_s, u"pa2"_s, u"pa3"_s});
                QJsonObject fields {{u"id"_s, who}, {u"authorityId"_s, u"a1"_s}, {u"displayName"_s, who}};
                fields.insert(u"teamId"_s, pick(QStringList {u"t1"_s, u"t2"_s, u"t9"_s}));
                fields.insert(u"role"_s, pick(QStringList {u"pa"_s, u"pa"_s, u"admin"_s, u"manager"_s}));
                one = change(u"staff"_s, who, {}, fields);
            } else {
                const QString yp = pick(people);
                const QString id = u"hostile-%1"_s.arg(rng.bounded(6));
                QJsonObject fields {{u"id"_s, id}, {u"youngPersonId"_s, yp}};
                const QJsonValue staffValue
                    = rng.bounded(6) == 0 ? QJsonValue(QJsonArray {u"x"_s}) : QJsonValue(pick(staff));
                fields.insert(u"staffId"_s, staffValue);
                fields.insert(u"from"_s, pick(dates));
                if (rng.bounded(2) == 0) {
                    fields.insert(u"until"_s, pick(dates));
                }
                if (rng.bounded(8) == 0) {
                    fields.insert(u"extra"_s, true);
                }
                one = change(u"allocation"_s, id, yp, fields);
                if (rng.bounded(10) == 0) {
                    one.insert(u"op"_s, u"delete"_s);
                }
            }
            if (push(pusher, one).value(u"status"_s).toString() == "applied"_L1) {
                ++applied;
            }
            const QSet<QString> seen = caseload(u"mgr1"_s) + caseload(u"mgr2"_s);
            for (const auto &yp : people) {
                QVERIFY2(seen.contains(yp), qPrintable(u"round %1: %2 hidden from every manager"_s.arg(round).arg(yp)));
            }
        }
        QVERIFY2(applied > 10, "the property test should also apply some changes");
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

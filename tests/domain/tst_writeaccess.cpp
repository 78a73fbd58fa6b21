// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "domain/chronology.h"
#include "domain/contact.h"
#include "domain/plan.h"
#include "domain/writeaccess.h"

#include <QTest>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {

const QString Yp = u"yp-1"_s;

/** A young person writing a new record of theirs with the body @p body. */
WriteRequest youngPersonCreates(const QString &type, const QJsonObject &body)
{
    WriteRequest w;
    w.role = Role::YoungPerson;
    w.writerId = Yp;
    w.recordType = type;
    w.ownerId = Yp;
    w.fields = body;
    return w;
}

/** A young person changing @p fields of their existing record @p current. */
WriteRequest youngPersonEdits(const QString &type, const QJsonObject &current, const QJsonObject &fields)
{
    WriteRequest w = youngPersonCreates(type, fields);
    w.exists = true;
    w.current = current;
    return w;
}

PlanAction proposal()
{
    PlanAction a;
    a.id = u"a-1"_s;
    a.youngPersonId = Yp;
    a.area = PlanArea::Education;
    a.what = u"Find a course"_s;
    a.status = ActionStatus::Proposed;
    a.proposedBy = Yp;
    return a;
}

} // namespace

/** The one write table that the server enforces and the app offers from (domain/writeaccess.h). */
class TestWriteAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleCodesRoundTrip()
    {
        for (Role r : {Role::YoungPerson, Role::PersonalAdviser, Role::Manager, Role::Admin})
            QCOMPARE(roleFromCode(toCode(r)), r);
        QVERIFY(!roleFromCode(u"root"_s));
    }

    void youngPersonProposesAStep()
    {
        QVERIFY(mayWrite(youngPersonCreates(u"plan_action"_s, proposal().toJson())));
        // Not as an agreed step, and not in someone else's name or plan.
        PlanAction agreed = proposal();
        agreed.status = ActionStatus::NotStarted;
        QVERIFY(!mayWrite(youngPersonCreates(u"plan_action"_s, agreed.toJson())));
        PlanAction other = proposal();
        other.proposedBy = u"yp-2"_s;
        QVERIFY(!mayWrite(youngPersonCreates(u"plan_action"_s, other.toJson())));
        WriteRequest elsewhere = youngPersonCreates(u"plan_action"_s, proposal().toJson());
        elsewhere.ownerId = u"yp-2"_s;
        QVERIFY(!mayWrite(elsewhere));
    }

    void onlyStaffAnswerAProposal()
    {
        const QJsonObject current = proposal().toJson();
        const QJsonObject accept {{u"status"_s, u"not_started"_s}};
        QVERIFY(!mayWrite(youngPersonEdits(u"plan_action"_s, current, accept)));
        WriteRequest pa = youngPersonEdits(u"plan_action"_s, current, accept);
        pa.role = Role::PersonalAdviser;
        pa.writerId = u"pa-1"_s;
        QVERIFY(mayWrite(pa));
        // The young person may still reword their own proposal before it is answered.
        QVERIFY(mayWrite(youngPersonEdits(u"plan_action"_s, current, {{u"what"_s, u"Find two courses"_s}})));
        // And tick off an agreed step.
        QJsonObject agreed = current;
        agreed.insert(u"status"_s, u"not_started"_s);
        QVERIFY(
            mayWrite(youngPersonEdits(u"plan_action"_s, agreed, {{u"status"_s, u"done"_s}, {u"completedBy"_s, Yp}})));
        QVERIFY(!mayWrite(youngPersonEdits(u"plan_action"_s, agreed, {{u"what"_s, u"Something else"_s}})));
    }

    void youngPersonsWordsInANewArea()
    {
        PlanSection s;
        s.id = u"s-1"_s;
        s.youngPersonId = Yp;
        s.area = PlanArea::Health;
        s.ownWords = u"I want to sleep better."_s;
        s.updatedBy = Yp;
        s.youngPersonTookPart = true;
        QVERIFY(mayWrite(youngPersonCreates(u"plan_section"_s, s.toJson())));
        // The goal is the PA's to write with them.
        s.goal = u"A goal"_s;
        QVERIFY(!mayWrite(youngPersonCreates(u"plan_section"_s, s.toJson())));
    }

    void youngPersonAsksForAReview()
    {
        ChronologyEvent e;
        e.id = u"e-1"_s;
        e.youngPersonId = Yp;
        e.date = QDate(2026, 12, 1);
        e.kind = ChronologyKind::ReviewRequested;
        e.recordedBy = Yp;
        QVERIFY(mayWrite(youngPersonCreates(u"chronology_event"_s, e.toJson())));
        e.kind = ChronologyKind::MovedHome;
        QVERIFY(!mayWrite(youngPersonCreates(u"chronology_event"_s, e.toJson())));
    }

    void youngPersonNeverWritesStaffRecords()
    {
        for (const auto &type :
             {u"contact_log"_s, u"contact_amendment"_s, u"allocation"_s, u"plan_review"_s, u"health_handover"_s,
              u"staff"_s, u"offer_item"_s, u"young_person"_s, u"activity"_s, u"accommodation"_s, u"in_touch"_s}) {
            QVERIFY2(!mayWriteType(Role::YoungPerson, type), qPrintable(type));
            QVERIFY2(!mayWrite(youngPersonCreates(type, {{u"id"_s, u"x"_s}})), qPrintable(type));
        }
    }

    void staffRolesByType()
    {
        QVERIFY(mayWriteType(Role::PersonalAdviser, u"contact_log"_s));
        QVERIFY(!mayWriteType(Role::PersonalAdviser, u"allocation"_s));
        QVERIFY(mayWriteType(Role::Manager, u"allocation"_s));
        QVERIFY(!mayWriteType(Role::Manager, u"staff"_s));
        QVERIFY(mayWriteType(Role::Admin, u"staff"_s));
        QVERIFY(!mayWriteType(Role::Admin, u"no_such_type"_s));
        // The facts the returns need: every member of staff records them for the young people they see.
        for (const auto &type : {u"activity"_s, u"accommodation"_s, u"in_touch"_s}) {
            for (auto role : {Role::PersonalAdviser, Role::Manager, Role::Admin})
                QVERIFY2(mayWriteType(role, type), qPrintable(type));
        }
        WriteRequest newPerson;
        newPerson.role = Role::PersonalAdviser;
        newPerson.writerId = u"pa-1"_s;
        newPerson.recordType = u"young_person"_s;
        newPerson.ownerId = u"yp-9"_s;
        QVERIFY(!mayWrite(newPerson));
        newPerson.role = Role::Manager;
        QVERIFY(mayWrite(newPerson));
    }
};

QTEST_GUILESS_MAIN(TestWriteAccess)
#include "tst_writeaccess.moc"

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "protocol/merge.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Pathway::Sync;

/** The shared merge rules: per-field LWW, append-only types, free-text conflicts, soft deletes. */
class TestMerge : public QObject
{
    Q_OBJECT

    static QString hlc(qint64 ms, const char *node = "d1") { return Hlc {ms, 0, QString::fromLatin1(node)}.toString(); }
    static Change change(const QString &type,
                         const QString &h,
                         const QJsonObject &fields,
                         const QString &base = {},
                         ChangeOp op = ChangeOp::Upsert)
    {
        return {u"c-"_s + h, type, u"r1"_s, u"yp1"_s, op, h, base, fields};
    }

private Q_SLOTS:
    void createThenLww()
    {
        auto r1 = mergeChange({},
                              change(u"plan_action"_s, hlc(1000),
                                     {{u"what"_s, u"Open bank account"_s}, {u"status"_s, u"not_started"_s}}));
        QCOMPARE(r1.outcome, MergeOutcome::Applied);
        QVERIFY(r1.changed);
        QCOMPARE(r1.state.body.value(u"what"_s).toString(), u"Open bank account"_s);
        // An older write to status loses; a newer one wins; fields merge independently.
        auto r2 = mergeChange(r1.state, change(u"plan_action"_s, hlc(900), {{u"status"_s, u"dropped"_s}}));
        QCOMPARE(r2.state.body.value(u"status"_s).toString(), u"not_started"_s);
        auto r3 = mergeChange(r2.state, change(u"plan_action"_s, hlc(2000), {{u"status"_s, u"done"_s}}));
        QCOMPARE(r3.state.body.value(u"status"_s).toString(), u"done"_s);
        QCOMPARE(r3.state.body.value(u"what"_s).toString(), u"Open bank account"_s);
        QCOMPARE(r3.state.fieldHlc.value(u"status"_s).toString(), hlc(2000));
        QCOMPARE(r3.state.hlc, hlc(2000));
        // Order independence: applying the two edits the other way round converges.
        auto s1
            = mergeChange(mergeChange(r1.state, change(u"plan_action"_s, hlc(2000), {{u"status"_s, u"done"_s}})).state,
                          change(u"plan_action"_s, hlc(900), {{u"status"_s, u"dropped"_s}}));
        QCOMPARE(s1.state, r3.state);
    }

    void appendOnly()
    {
        const QJsonObject fields {{u"kind"_s, u"visit"_s}, {u"notes"_s, u"Seen at home"_s}};
        auto r1 = mergeChange({}, change(u"contact_log"_s, hlc(1000), fields));
        QCOMPARE(r1.outcome, MergeOutcome::Applied);
        auto same = mergeChange(r1.state, change(u"contact_log"_s, hlc(1500), fields));
        QCOMPARE(same.outcome, MergeOutcome::Applied);
        QVERIFY(!same.changed);
        auto edit = mergeChange(r1.state, change(u"contact_log"_s, hlc(2000), {{u"notes"_s, u"edited"_s}}));
        QCOMPARE(edit.outcome, MergeOutcome::Rejected);
        QCOMPARE(edit.reason, u"append_only"_s);
        QCOMPARE(edit.state, r1.state);
        auto del = mergeChange(r1.state, change(u"contact_amendment"_s, hlc(2000), {}, {}, ChangeOp::Delete));
        QCOMPARE(del.outcome, MergeOutcome::Rejected);
    }

    void freeTextConflict()
    {
        auto base = mergeChange({}, change(u"plan_section"_s, hlc(1000), {{u"goal"_s, u"Find a flat"_s}})).state;
        // Device A saw hlc(1000) and rewrote the goal at 2000.
        auto a = mergeChange(
            base, change(u"plan_section"_s, hlc(2000, "a"), {{u"goal"_s, u"Find a flat near college"_s}}, hlc(1000)));
        QCOMPARE(a.outcome, MergeOutcome::Applied);
        // Device B also started from hlc(1000) and wrote at 1500 (older): both texts kept.
        auto b = mergeChange(
            a.state, change(u"plan_section"_s, hlc(1500, "b"), {{u"goal"_s, u"Stay with foster carers"_s}}, hlc(1000)));
        QCOMPARE(b.outcome, MergeOutcome::Conflict);
        QCOMPARE(b.reason, u"text_conflict"_s);
        QCOMPARE(b.state.body.value(u"goal"_s).toString(), u"Find a flat near college"_s);
        QCOMPARE(b.conflicts.size(), 1);
        QCOMPARE(b.conflicts.first().otherValue.toString(), u"Stay with foster carers"_s);
        // Newer concurrent edit: it wins and the previous text is kept as the conflict.
        auto c = mergeChange(a.state,
                             change(u"plan_section"_s, hlc(3000, "c"), {{u"goal"_s, u"Move to Leeds"_s}}, hlc(1000)));
        QCOMPARE(c.outcome, MergeOutcome::Conflict);
        QCOMPARE(c.state.body.value(u"goal"_s).toString(), u"Move to Leeds"_s);
        QCOMPARE(c.conflicts.first().otherValue.toString(), u"Find a flat near college"_s);
        // A writer that saw the current version: no conflict.
        auto d = mergeChange(
            a.state, change(u"plan_section"_s, hlc(3000, "d"), {{u"goal"_s, u"Move to Leeds"_s}}, hlc(2000, "a")));
        QCOMPARE(d.outcome, MergeOutcome::Applied);
        // Short scalar fields never conflict.
        auto e = mergeChange(a.state, change(u"plan_section"_s, hlc(1500, "e"), {{u"area"_s, u"health"_s}}, hlc(500)));
        QCOMPARE(e.outcome, MergeOutcome::Applied);
    }

    void softDeleteAndUndelete()
    {
        auto s = mergeChange({}, change(u"health_entry"_s, hlc(1000), {{u"title"_s, u"GP"_s}})).state;
        auto del = mergeChange(s, change(u"health_entry"_s, hlc(2000), {}, {}, ChangeOp::Delete));
        QVERIFY(del.state.deleted);
        QCOMPARE(del.state.body.value(u"title"_s).toString(), u"GP"_s);
        auto older = mergeChange(del.state, change(u"health_entry"_s, hlc(1500), {{u"deleted"_s, false}}));
        QVERIFY(older.state.deleted);
        auto undel = mergeChange(del.state, change(u"health_entry"_s, hlc(2500), {{u"deleted"_s, false}}));
        QVERIFY(!undel.state.deleted);
    }

    void idempotentReapply()
    {
        auto c = change(u"document"_s, hlc(1000), {{u"status"_s, u"applied"_s}});
        auto once = mergeChange({}, c);
        auto twice = mergeChange(once.state, c);
        QVERIFY(!twice.changed);
        QCOMPARE(twice.state, once.state);
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"

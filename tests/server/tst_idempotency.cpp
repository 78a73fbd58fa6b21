// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "serverfixture.h"
#include "validbodies.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;

/** Replaying any push batch 1-5 times leaves exactly the same server state. */
class TestIdempotency : public QObject
{
    Q_OBJECT

    static QByteArray dump(ServerStore &store)
    {
        QByteArray out;
        for (const auto &r : store.allRecords()) {
            out += QJsonDocument(r.toPulled().toJson()).toJson(QJsonDocument::Compact) + '\n';
        }
        out += "applied=" + QByteArray::number(store.appliedChangeCount());
        return out;
    }

    static QJsonArray batch(Test::Fixture &fx, int n, int seed)
    {
        QRandomGenerator rng {quint32(seed)};
        QJsonArray changes;
        const QStringList types {u"plan_section"_s, u"health_entry"_s, u"contact_log"_s, u"document"_s};
        const QMap<QString, QString> textField {{u"plan_section"_s, u"goal"_s},
                                                {u"health_entry"_s, u"details"_s},
                                                {u"contact_log"_s, u"notes"_s},
                                                {u"document"_s, u"notes"_s}};
        for (int i = 0; i < n; ++i) {
            const auto type = types.at(rng.bounded(types.size()));
            const QString recordId = u"%1-%2"_s.arg(type).arg(rng.bounded(6));
            changes.append(
                QJsonObject {{u"changeId"_s, u"s%1-c%2"_s.arg(seed).arg(i)},
                             {u"recordType"_s, type},
                             {u"recordId"_s, recordId},
                             {u"ownerId"_s, u"ypA"_s},
                             {u"op"_s, rng.bounded(8) == 0 ? u"delete"_s : u"upsert"_s},
                             {u"hlc"_s, fx.hlc(-qint64(rng.bounded(100000)), i)},
                             {u"baseHlc"_s, rng.bounded(2) ? fx.hlc(-200000) : QString()},
                             {u"fields"_s,
                              Test::validBody(type, recordId, u"ypA"_s,
                                              {{textField.value(type), QString(u"text %1"_s.arg(rng.bounded(3)))}})}});
        }
        return changes;
    }

private Q_SLOTS:
    void replayLeavesStateIdentical_data()
    {
        QTest::addColumn<int>("replays");
        for (int i = 1; i <= 5; ++i) {
            QTest::addRow("%d replays", i) << i;
        }
    }

    void replayLeavesStateIdentical()
    {
        QFETCH(int, replays);
        Test::Fixture fx;
        fx.seedDirectory();
        fx.addYoungPerson(u"ypA"_s, u"pa1"_s);
        const auto token = fx.login(u"pa1"_s);
        const auto changes = batch(fx, 60, replays);
        const auto first = Test::Fixture::json(fx.post(u"/v1/sync/push"_s, {{u"changes"_s, changes}}, token));
        const auto once = dump(*fx.store);
        const auto firstResults = first.value(u"results"_s).toArray();
        QCOMPARE(firstResults.size(), changes.size());
        for (int r = 0; r < replays; ++r) {
            const auto again = Test::Fixture::json(fx.post(u"/v1/sync/push"_s, {{u"changes"_s, changes}}, token));
            const auto results = again.value(u"results"_s).toArray();
            for (qsizetype i = 0; i < results.size(); ++i) {
                const auto orig = firstResults.at(i).toObject();
                const auto now = results.at(i).toObject();
                if (orig[u"status"_s] == u"rejected"_s) {
                    QCOMPARE(now[u"status"_s], orig[u"status"_s]); // rejections are not stored: same answer again
                } else {
                    QCOMPARE(now[u"status"_s].toString(), u"duplicate"_s);
                    QCOMPARE(now[u"serverSeq"_s], orig[u"serverSeq"_s]);
                    QCOMPARE(now[u"reason"_s].toString(), orig[u"status"_s].toString());
                }
            }
            QCOMPARE(dump(*fx.store), once);
        }
    }

    void badChangeDoesNotBlockBatch()
    {
        // One batch, one transaction: a rejected change is undone alone and the rest commit.
        Test::Fixture fx;
        fx.seedDirectory();
        fx.addYoungPerson(u"ypA"_s, u"pa1"_s);
        const auto token = fx.login(u"pa1"_s);
        const qint64 appliedBefore = fx.store->appliedChangeCount();
        auto change = [&](const QString &changeId, const QString &recordId, const QString &owner) {
            return QJsonObject {{u"changeId"_s, changeId},
                                {u"recordType"_s, u"contact_log"_s},
                                {u"recordId"_s, recordId},
                                {u"ownerId"_s, owner},
                                {u"op"_s, u"upsert"_s},
                                {u"hlc"_s, fx.hlc()},
                                {u"fields"_s, Test::validBody(u"contact_log"_s, recordId, owner)}};
        };
        const QJsonArray changes {change(u"b1"_s, u"cl-1"_s, u"ypA"_s), change(u"b2"_s, u"cl-2"_s, u"ypNobody"_s),
                                  change(u"b1"_s, u"cl-1"_s, u"ypA"_s), change(u"b3"_s, u"cl-3"_s, u"ypA"_s)};
        const auto res = Test::Fixture::json(fx.post(u"/v1/sync/push"_s, {{u"changes"_s, changes}}, token));
        const auto results = res.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(0)[u"status"_s].toString(), u"applied"_s);
        QCOMPARE(results.at(1)[u"status"_s].toString(), u"rejected"_s);
        QCOMPARE(results.at(2)[u"status"_s].toString(), u"duplicate"_s); // same id earlier in the batch
        QCOMPARE(results.at(2)[u"serverSeq"_s], results.at(0)[u"serverSeq"_s]);
        QCOMPARE(results.at(3)[u"status"_s].toString(), u"applied"_s);
        QVERIFY(results.at(3)[u"serverSeq"_s].toInteger() > results.at(0)[u"serverSeq"_s].toInteger());
        QVERIFY(fx.store->record(u"contact_log"_s, u"cl-1"_s).has_value());
        QVERIFY(!fx.store->record(u"contact_log"_s, u"cl-2"_s).has_value());
        QVERIFY(fx.store->record(u"contact_log"_s, u"cl-3"_s).has_value());
        QCOMPARE(fx.store->appliedChangeCount(), appliedBefore + 2);
    }

    void sequenceIsMonotonic()
    {
        Test::Fixture fx;
        fx.seedDirectory();
        fx.addYoungPerson(u"ypA"_s, u"pa1"_s);
        const auto token = fx.login(u"pa1"_s);
        const auto res = Test::Fixture::json(fx.post(u"/v1/sync/push"_s, {{u"changes"_s, batch(fx, 40, 9)}}, token));
        // Each accepted change either numbers a new version (above every earlier number) or, when
        // LWW left the record as it was, answers with the number the record already had.
        qint64 last = 0;
        QSet<qint64> stored;
        for (const auto &rec : fx.store->allRecords()) {
            QVERIFY(!stored.contains(rec.serverSeq));
            stored.insert(rec.serverSeq);
        }
        int numbered = 0;
        for (const auto &r : res.value(u"results"_s).toArray()) {
            if (r[u"status"_s] == u"applied"_s || r[u"status"_s] == u"conflict"_s) {
                const qint64 seq = r[u"serverSeq"_s].toInteger();
                QVERIFY(seq > 0);
                if (seq > last) {
                    last = seq;
                    ++numbered;
                }
            }
        }
        QVERIFY(numbered > 5);
        QCOMPARE(last, *std::max_element(stored.begin(), stored.end()));
    }
};

QTEST_GUILESS_MAIN(TestIdempotency)
#include "tst_idempotency.moc"

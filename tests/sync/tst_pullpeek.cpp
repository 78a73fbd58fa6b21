// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// PullPeek: a pull page's cursors, hasMore, removeOwners and wipe, read without parsing its records.
#include "protocol/jsonwriter.h"
#include "protocol/protocol.h"
#include "sync/pullpeek.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Pathway::Sync;

class TestPullPeek : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatTheParserReads()
    {
        PullResponse page;
        PulledRecord rec;
        rec.recordType = u"contact_log"_s;
        rec.recordId = u"c1"_s;
        rec.ownerId = u"yp1"_s;
        // Text that looks like the members the peek looks for, brackets and escaped quotes.
        rec.body = QJsonObject {{u"notes"_s, u"\"cursors\": {\"x\": \"9\"}, ] } \\\" \"hasMore\": false"_s},
                                {u"list"_s, QJsonArray {1, u"]"_s, QJsonObject {{u"wipe"_s, true}}}}};
        rec.hlc = u"h"_s;
        rec.serverSeq = 7;
        page.records = {rec, rec};
        page.cursors = {{u"authority"_s, u"12"_s}, {u"owner:yp1"_s, u"12"_s}};
        page.hasMore = true;
        const QByteArray compact = compactJson(page.toJson());
        const QByteArray indented = QJsonDocument(page.toJson()).toJson(QJsonDocument::Indented);
        for (const QByteArray &text : {compact, indented}) {
            const auto peek = PullPeek::read(text);
            QVERIFY(peek);
            QCOMPARE(peek->cursors, page.cursors);
            QVERIFY(peek->hasMore);
            QVERIFY(peek->removeOwners.isEmpty());
            QVERIFY(!peek->wipe);
        }
        page.hasMore = false;
        page.removeOwners = {u"yp2"_s};
        page.wipe = true;
        const auto peek = PullPeek::read(compactJson(page.toJson()));
        QVERIFY(peek);
        QVERIFY(!peek->hasMore);
        QCOMPARE(peek->removeOwners, QStringList {u"yp2"_s});
        QVERIFY(peek->wipe);
    }

    void recordBodiesAreTheBodiesTexts()
    {
        PullResponse page;
        for (int i = 0; i < 3; ++i) {
            PulledRecord rec;
            rec.recordType = u"contact_log"_s;
            rec.recordId = u"c%1"_s.arg(i);
            rec.body = QJsonObject {{u"notes"_s, u"a \"body\": {} ] %1"_s.arg(i)},
                                    {u"nested"_s, QJsonObject {{u"body"_s, QJsonArray {i}}}}};
            rec.hlc = u"h"_s;
            rec.serverSeq = i + 1;
            page.records.append(rec);
        }
        const QByteArray compact = compactJson(page.toJson());
        const auto bodies = PullPeek::read(compact)->bodies;
        QCOMPARE(bodies.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(bodies.at(i), compactJson(page.records.at(i).body));
        }
        const auto indented = PullPeek::read(QJsonDocument(page.toJson()).toJson(QJsonDocument::Indented))->bodies;
        QCOMPARE(indented.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(QJsonDocument::fromJson(indented.at(i)).object(), page.records.at(i).body);
        }
        // A body that is not an object, or a record without one: no bodies, the rest still read.
        const auto arrayBody = PullPeek::read(QByteArray("{\"records\":[{\"body\":[1]}],\"hasMore\":true}"));
        QVERIFY(arrayBody && arrayBody->bodies.isEmpty() && arrayBody->hasMore);
        const auto noBody = PullPeek::read(QByteArray("{\"records\":[{\"recordId\":\"x\"}],\"hasMore\":true}"));
        QVERIFY(noBody && noBody->bodies.isEmpty() && noBody->hasMore);
        // A record member's name written with an escape may be a second "body" (the parser keeps
        // the last): the scan then gives no bodies, and the store writes the parsed ones.
        const auto escaped
            = PullPeek::read(QByteArray(R"({"records":[{"body":{"a":1},"\u0062ody":{"b":2}}],"hasMore":true})"));
        QVERIFY(escaped && escaped->bodies.isEmpty() && escaped->hasMore);
    }

    void refusesWhatIsNotAPage_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("truncated") << QByteArray("{\"cursors\":{\"a\":\"1\"},\"records\":[{\"body\":{\"x\":\"y");
        QTest::newRow("cursor not a string") << QByteArray("{\"cursors\":{\"a\":1},\"hasMore\":true}");
        QTest::newRow("hasMore not a boolean") << QByteArray("{\"cursors\":{},\"hasMore\":\"yes\"}");
        QTest::newRow("owners not strings") << QByteArray("{\"cursors\":{},\"removeOwners\":[1]}");
        QTest::newRow("no colon") << QByteArray("{\"cursors\" {}}");
        QTest::newRow("no comma") << QByteArray("{\"cursors\":{} \"hasMore\":true}");
        // A member's name with an escape: only the full parse reads it (found by fuzz_pull).
        QTest::newRow("escaped name") << QByteArray(R"({"records":[],"removeOwner\u0073":["yp1"]})");
    }

    void refusesWhatIsNotAPage()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!PullPeek::read(text));
    }
};

QTEST_GUILESS_MAIN(TestPullPeek)
#include "tst_pullpeek.moc"

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "protocol/protocol.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Pathway::Sync;

/** Wire messages: JSON both ways against golden files, and validation codes. */
class TestProtocol : public QObject
{
    Q_OBJECT

    static void compareGolden(const QString &name, const QJsonObject &actual)
    {
        const QString path = QStringLiteral(PATHWAY_TEST_DATA_DIR "/server/") + name;
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const auto expected = QJsonDocument::fromJson(f.readAll()).object();
        if (expected != actual) {
            QFile fail(path + u".fail"_s);
            if (fail.open(QIODevice::WriteOnly)) {
                fail.write(QJsonDocument(actual).toJson());
            }
            QFAIL(qPrintable(u"mismatch with %1; actual written to %1.fail"_s.arg(name)));
        }
    }

    static Change sampleChange()
    {
        return {u"5b0c2f7e-0001"_s,
                u"contact_log"_s,
                u"9f1e-0001"_s,
                u"3a7d-0001"_s,
                ChangeOp::Upsert,
                u"0001763800000000-00000-dev1"_s,
                QString(),
                QJsonObject {{u"kind"_s, u"visit"_s}, {u"notes"_s, u"Met at the hub."_s}, {u"successful"_s, true}}};
    }

private Q_SLOTS:
    void pushRequestGolden()
    {
        PushRequest req {u"device-1"_s, {sampleChange()}};
        compareGolden(u"push_request.json"_s, req.toJson());
        const auto back = PushRequest::fromJson(req.toJson());
        QVERIFY(back);
        QCOMPARE(back->changes.size(), 1);
        QVERIFY(back->changes.first() == sampleChange());
    }

    void pushResponseGolden()
    {
        PushResponse res {{{u"c1"_s, PushStatus::Applied, QString(), 12, u"0001763800000000-00000-dev1"_s},
                           {u"c2"_s, PushStatus::Rejected, u"forbidden"_s, 0, QString()}},
                          false};
        compareGolden(u"push_response.json"_s, res.toJson());
        const auto back = PushResponse::fromJson(res.toJson());
        QVERIFY(back);
        QCOMPARE(back->results, res.results);
    }

    void pullGolden()
    {
        PullRequest req;
        req.cursors = {{u"authority"_s, u"10"_s}, {u"owner:yp1"_s, u"7"_s}};
        req.limit = 100;
        compareGolden(u"pull_request.json"_s, req.toJson());
        PullResponse res;
        PulledRecord rec {
            u"plan_section"_s,
            u"ps1"_s,
            u"yp1"_s,
            QJsonObject {{u"id"_s, u"ps1"_s}, {u"goal"_s, u"Find a flat"_s}},
            u"0001763800000000-00001-dev2"_s,
            QJsonObject {{u"id"_s, u"0001763800000000-00000-dev1"_s}, {u"goal"_s, u"0001763800000000-00001-dev2"_s}},
            false,
            42,
            {{u"cf1"_s, u"goal"_s, QJsonValue(u"Stay put"_s), u"0001763700000000-00000-dev3"_s, u"c9"_s}}};
        res.records = {rec};
        res.cursors = {{u"authority"_s, u"42"_s}, {u"owner:yp1"_s, u"42"_s}};
        res.hasMore = false;
        res.removeOwners = {u"yp9"_s};
        compareGolden(u"pull_response.json"_s, res.toJson());
        const auto back = PullResponse::fromJson(res.toJson());
        QVERIFY(back);
        QCOMPARE(back->records.first(), rec);
        QCOMPARE(back->removeOwners, res.removeOwners);
        QCOMPARE(back->cursors, res.cursors);
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QByteArray ok
            = R"("changeId":"c1","recordType":"plan_action","recordId":"r1","ownerId":"yp1","op":"upsert","hlc":"0001763800000000-00000-dev1","fields":{})";
        QTest::newRow("not an object") << QByteArray("[]") << u"wrong_type"_s << QString();
        QTest::newRow("missing changes") << QByteArray("{}") << u"missing_field"_s << u"changes"_s;
        QTest::newRow("changes wrong type") << QByteArray(R"({"changes":5})") << u"wrong_type"_s << u"changes"_s;
        QTest::newRow("bad hlc") << QByteArray(
            R"({"changes":[{"changeId":"c1","recordType":"plan_action","recordId":"r1","ownerId":"yp1","op":"upsert","hlc":"yesterday","fields":{}}]})")
                                 << u"invalid_value"_s << u"changes[0].hlc"_s;
        QTest::newRow("unknown type") << QByteArray(
            R"({"changes":[{"changeId":"c1","recordType":"pets","recordId":"r1","ownerId":"yp1","op":"upsert","hlc":"0001763800000000-00000-dev1","fields":{}}]})")
                                      << u"unknown_record_type"_s << u"changes[0].recordType"_s;
        QTest::newRow("bad op") << QByteArray(
            R"({"changes":[{"changeId":"c1","recordType":"plan_action","recordId":"r1","ownerId":"yp1","op":"merge","hlc":"0001763800000000-00000-dev1","fields":{}}]})")
                                << u"invalid_value"_s << u"changes[0].op"_s;
        QTest::newRow("owner on staff") << QByteArray(
            R"({"changes":[{"changeId":"c1","recordType":"staff","recordId":"r1","ownerId":"yp1","op":"upsert","hlc":"0001763800000000-00000-dev1","fields":{}}]})")
                                        << u"invalid_value"_s << u"changes[0].ownerId"_s;
        QTest::newRow("fields id differs") << QByteArray(
            R"({"changes":[{"changeId":"c1","recordType":"plan_action","recordId":"r1","ownerId":"yp1","op":"upsert","hlc":"0001763800000000-00000-dev1","fields":{"id":"r2"}}]})")
                                           << u"invalid_value"_s << u"changes[0].fields.id"_s;
        QTest::newRow("changeId number") << QByteArray(R"({"changes":[{"changeId":5}]})") << u"wrong_type"_s
                                         << u"changes[0].changeId"_s;
        QTest::newRow("ok") << QByteArray("{\"changes\":[{" + ok + "}]}") << QString() << QString();
    }

    void validation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, field);
        ProtocolError err;
        const auto doc = QJsonDocument::fromJson(json);
        const QJsonValue v = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const auto req = PushRequest::fromJson(v, &err);
        QCOMPARE(req.has_value(), code.isEmpty());
        QCOMPARE(err.code, code);
        QCOMPARE(err.field, field);
    }

    void tooManyChanges()
    {
        QJsonArray arr;
        for (int i = 0; i <= MaxChangesPerPush; ++i) {
            arr.append(sampleChange().toJson());
        }
        ProtocolError err;
        QVERIFY(!PushRequest::fromJson(QJsonObject {{u"changes"_s, arr}}, &err));
        QCOMPARE(err.code, u"too_many"_s);
    }

    void hlcOrdering()
    {
        const auto a = Hlc {1763800000000, 0, u"a"_s};
        const auto b = Hlc::next(a, 1763800000000, u"b"_s);
        QCOMPARE(b.counter, 1);
        QVERIFY(a.toString() < b.toString());
        const auto c = Hlc::receive(b, Hlc {1763900000000, 3, u"z"_s}, 1763800000001, u"b"_s);
        QCOMPARE(c.millis, 1763900000000);
        QCOMPARE(c.counter, 4);
        QCOMPARE(Hlc::parse(c.toString())->toString(), c.toString());
        QVERIFY(!Hlc::parse(u"0001-00000-x"_s));
    }

    /** A limit above MaxPullLimit is refused, as docs/api/openapi.yaml says, not quietly capped. */
    void pullLimitAboveTheMaximumRefused()
    {
        ProtocolError err;
        QVERIFY(!PullRequest::fromJson(QJsonObject {{u"limit"_s, MaxPullLimit + 1}}, &err));
        QCOMPARE(err.code, u"invalid_value"_s);
        QCOMPARE(err.field, u"limit"_s);
        const auto p = PullRequest::fromJson(QJsonObject {{u"limit"_s, MaxPullLimit}});
        QVERIFY(p);
        QCOMPARE(p->limit, MaxPullLimit);
        QVERIFY(!PullRequest::fromJson(QJsonObject {{u"limit"_s, u"ten"_s}}, &err));
        QCOMPARE(err.code, u"wrong_type"_s);
        QVERIFY(!PullRequest::fromJson(QJsonObject {{u"cursors"_s, QJsonObject {{u"authority"_s, 5}}}}, &err));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"

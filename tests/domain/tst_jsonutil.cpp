// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "domain/jsonutil.h"

#include <QTest>

using namespace Pathway;
using namespace Qt::StringLiterals;

class TestJsonUtil : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates()
    {
        QCOMPARE(Json::dateToString(QDate(2026, 2, 3)), u"2026-02-03"_s);
        QCOMPARE(Json::dateToString(QDate()), QString());
        QCOMPARE(Json::parseDate(u"2028-02-29"_s), QDate(2028, 2, 29));
        QVERIFY(!Json::parseDate(u"2026-02-29"_s));
        QVERIFY(!Json::parseDate(u"2026-2-3"_s));
        QVERIFY(!Json::parseDate(u"03/02/2026"_s));
        QVERIFY(!Json::parseDate(u"2026-02-03T00:00:00Z"_s));
        QVERIFY(!Json::parseDate(QString()));
    }

    void instants()
    {
        const QDateTime t(QDate(2026, 1, 1), QTime(12, 0, 5, 7), Qt::UTC);
        QCOMPARE(Json::instantToString(t), u"2026-01-01T12:00:05.007Z"_s);
        // Written in UTC whatever the time spec.
        const QDateTime local = t.toOffsetFromUtc(3600);
        QCOMPARE(Json::instantToString(local), u"2026-01-01T12:00:05.007Z"_s);
        QCOMPARE(Json::parseInstant(u"2026-01-01T12:00:05.007Z"_s), t);
        QCOMPARE(Json::parseInstant(u"2026-01-01T13:00:05.007+01:00"_s), t);
        QCOMPARE(Json::parseInstant(u"2026-01-01T12:00:00Z"_s), QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(Json::parseInstant(u"2026-01-01T12:00:05.007Z"_s)->timeSpec(), Qt::UTC);
        QVERIFY(!Json::parseInstant(u"2026-01-01T12:00:00"_s)); // no offset: ambiguous
        QVERIFY(!Json::parseInstant(u"2026-01-01"_s));
        QVERIFY(!Json::parseInstant(u"yesterday"_s));
        QVERIFY(!Json::parseInstant(u"2026-13-01T12:00:00Z"_s));
    }

    void readerTypes()
    {
        const QJsonObject json {
            {u"s"_s, u"text"_s},
            {u"b"_s, true},
            {u"i"_s, 42},
            {u"half"_s, 1.5},
            {u"n"_s, QJsonValue()},
            {u"list"_s, QJsonArray {u"a"_s, u"b"_s}},
            {u"mixed"_s, QJsonArray {u"a"_s, 1}},
            {u"big"_s, 1e300},
        };
        {
            Json::Reader r(json);
            QCOMPARE(r.string(u"s"_s), u"text"_s);
            QCOMPARE(r.boolean(u"b"_s), true);
            QCOMPARE(r.integer(u"i"_s), 42);
            QCOMPARE(r.string(u"n"_s), QString()); // null reads as missing
            QCOMPARE(r.optionalInt(u"missing"_s), std::nullopt);
            QCOMPARE(r.stringList(u"list"_s), (QStringList {u"a"_s, u"b"_s}));
            QVERIFY(r.ok());
        }
        const QStringList failing {u"half"_s, u"mixed"_s, u"big"_s, u"s"_s};
        for (const QString &key : failing) {
            Json::Reader r(json);
            if (key == u"mixed"_s)
                r.stringList(key);
            else
                r.integer(key);
            QVERIFY2(!r.ok(), qPrintable(key));
        }
        Json::Reader wrongBool(json);
        wrongBool.boolean(u"s"_s);
        QVERIFY(!wrongBool.ok());
    }

    void writerOmitsEmptyOptionals()
    {
        Json::Writer w;
        w.putIfNotEmpty(u"a"_s, QString());
        w.putIfNotEmpty(u"b"_s, QStringList());
        w.putOptional(u"c"_s, std::optional<QDate>());
        w.putOptional(u"d"_s, std::optional<int>());
        w.putIfValid(u"e"_s, QDate());
        QVERIFY(w.result().isEmpty());
        w.putOptional(u"f"_s, std::optional<qint64>(0));
        QCOMPARE(w.result().value(u"f"_s).toInteger(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJsonUtil)
#include "tst_jsonutil.moc"

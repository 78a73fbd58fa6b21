// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "protocol/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Pathway::Sync;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private:
    static QJsonObject roundTrip(const QJsonObject &o)
    {
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(compactJson(o), &error);
        if (error.error != QJsonParseError::NoError) {
            qWarning() << "not valid JSON:" << compactJson(o) << error.errorString();
        }
        return doc.object();
    }

private Q_SLOTS:
    void sameTextAsQtForARecord()
    {
        // A contact log as stored: the text must be what QJsonDocument writes, byte for byte.
        const QJsonObject o {{u"id"_s, u"3f0c1e9a-1b2c-4d5e-8f90-a1b2c3d4e5f6"_s},
                             {u"at"_s, u"2026-11-20T10:15:00.000Z"_s},
                             {u"kind"_s, u"visit"_s},
                             {u"seenAlone"_s, true},
                             {u"confidential"_s, false},
                             {u"wellbeing"_s, 4},
                             {u"notes"_s, u"Talked about \"college\"; rent arrears\\benefits.\nNext: GP."_s},
                             {u"location"_s, QJsonValue::Null},
                             {u"languages"_s, QJsonArray {u"ar"_s, u"en"_s}},
                             {u"nameAr"_s, u"\u0633\u0627\u0631\u0629 \u2014 caf\u00e9"_s},
                             {u"nested"_s, QJsonObject {{u"b"_s, 1.5}, {u"a"_s, QJsonArray {}}}}};
        QCOMPARE(compactJson(o), QJsonDocument(o).toJson(QJsonDocument::Compact));
        QCOMPARE(roundTrip(o), o);
    }

    void escapesControlCharacters()
    {
        const QJsonObject o {{u"t"_s, QString(u"a\u0001b\tc\rd\be\ff"_s)}};
        QCOMPARE(compactJson(o), QByteArray(R"({"t":"a\u0001b\tc\rd\be\ff"})"));
        QCOMPARE(roundTrip(o), o);
    }

    void unicodeAsUtf8()
    {
        // Arabic, an emoji (a surrogate pair), and a long string past the writer's buffer.
        const QString emoji = QString::fromUcs4(U"\U0001F600");
        const QString long_ = QString(700, u'\u0633') + u"\u00e9"_s + QString(300, u'x');
        const QJsonObject o {{u"a"_s, u"\u0633\u0627\u0631\u0629"_s}, {u"e"_s, emoji}, {u"l"_s, long_}};
        QCOMPARE(compactJson(o), QJsonDocument(o).toJson(QJsonDocument::Compact));
        QCOMPARE(roundTrip(o), o);
        // Unpaired surrogates (found by fuzz_json): escaped as QJsonDocument writes them, so the
        // string reads back unchanged instead of turning into '?'.
        const QString unpaired = QString(QChar(0xd800)) + u"z"_s + QChar(0xdc00);
        const QJsonObject broken {{u"b"_s, unpaired}};
        QCOMPARE(compactJson(broken), QByteArray(R"({"b":"\ud800z\udc00"})"));
        QCOMPARE(compactJson(broken), QJsonDocument(broken).toJson(QJsonDocument::Compact));
        QCOMPARE(roundTrip(broken), broken);
    }

    void numbers_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("zero") << QJsonValue(0) << QByteArray("0");
        QTest::newRow("negative") << QJsonValue(-17) << QByteArray("-17");
        QTest::newRow("whole double") << QJsonValue(1e15) << QByteArray("1000000000000000");
        QTest::newRow("big integer") << QJsonValue(qint64(9007199254740993LL)) << QByteArray("9007199254740993");
        QTest::newRow("min integer") << QJsonValue(std::numeric_limits<qint64>::min())
                                     << QByteArray("-9223372036854775808");
        QTest::newRow("fraction") << QJsonValue(0.1) << QByteArray("0.1");
        QTest::newRow("huge") << QJsonValue(1e300) << QByteArray("1e+300");
        QTest::newRow("nan") << QJsonValue(std::nan("")) << QByteArray("null");
        QTest::newRow("infinity") << QJsonValue(std::numeric_limits<double>::infinity()) << QByteArray("null");
    }

    void numbers()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QByteArray, text);
        QByteArray out;
        appendJson(out, value);
        QCOMPARE(out, text);
        if (text != "null") {
            QCOMPARE(QJsonDocument::fromJson("[" + out + "]").array().at(0).toDouble(), value.toDouble());
        }
    }

    void emptyAndNested()
    {
        QCOMPARE(compactJson({}), QByteArray("{}"));
        const QJsonObject deep {{u"a"_s, QJsonObject {{u"b"_s, QJsonArray {QJsonObject {{u"c"_s, false}}, 2}}}}};
        QCOMPARE(compactJson(deep), QByteArray(R"({"a":{"b":[{"c":false},2]}})"));
        QCOMPARE(roundTrip(deep), deep);
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"

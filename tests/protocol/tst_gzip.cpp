// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "protocol/gzip.h"

#include <QTest>

using namespace Pathway::Sync;

/** Tests gzip round trips and rejection of broken or oversized streams. */
class TestGzip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QByteArray text;
        for (int i = 0; i < 2000; ++i) {
            text += "{\"changeId\":\"" + QByteArray::number(i) + "\",\"recordType\":\"contact_log\"},";
        }
        const auto z = gzipCompress(text);
        QVERIFY(z.size() < text.size() / 5);
        QCOMPARE(quint8(z.at(0)), quint8(0x1f)); // gzip magic
        QCOMPARE(quint8(z.at(1)), quint8(0x8b));
        QCOMPARE(gzipDecompress(z).value_or(QByteArray()), text);
        QCOMPARE(gzipDecompress(gzipCompress({})).value_or("x"), QByteArray());
    }

    void rejectsBrokenInput()
    {
        const auto z = gzipCompress(QByteArray(10000, 'a'));
        QVERIFY(!gzipDecompress(z.left(z.size() / 2)).has_value());
        QVERIFY(!gzipDecompress("not gzip at all").has_value());
        QVERIFY(!gzipDecompress(z, 100).has_value()); // bigger than allowed
    }
};

QTEST_GUILESS_MAIN(TestGzip)
#include "tst_gzip.moc"

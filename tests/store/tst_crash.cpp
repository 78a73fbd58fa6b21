// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "store/encryptedstore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace Pathway;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    Statement q = db.prepare(sql);
    return q.step() == Statement::Step::Row ? q.int64(0) : -1;
}

} // namespace

/** Kills a process that is writing to the store at random moments; the store must stay consistent. */
class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordAndOutboxSurviveSigkillTogether()
    {
        QVERIFY(sodium_init() >= 0);
        QTemporaryDir dir;
        QByteArray key(32, '\0');
        randombytes_buf(key.data(), size_t(key.size()));
        const int iterations = qEnvironmentVariableIntValue("PATHWAY_CRASH_ITERATIONS") > 0
            ? qEnvironmentVariableIntValue("PATHWAY_CRASH_ITERATIONS")
            : 20;
        QRandomGenerator rng(20251120);
        FakeClock clock;
        qint64 previousCount = 0;
        for (int run = 0; run < iterations; ++run) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QStringLiteral(STORE_CRASH_CHILD),
                        {dir.path(), QString::fromLatin1(key.toHex()), QString::number(run)});
            QVERIFY2(child.waitForStarted(10000), "store_crash_child did not start");
            QVERIFY2(child.waitForReadyRead(20000), "store_crash_child never became ready");
            QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
            QThread::msleep(rng.bounded(5, 250));
            QCOMPARE(child.state(), QProcess::Running); // still writing when killed
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));

            EncryptedStore store(dir.path(), clock);
            QVERIFY(store.openWithRawKey(key).ok());
            Database &db = store.database();
            QCOMPARE(scalar(db, u"SELECT count(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'"_s), 0);
            // Every record row has its outbox change and every change its record row.
            QCOMPARE(scalar(db,
                            u"SELECT count(*) FROM records r WHERE NOT EXISTS (SELECT 1 FROM outbox o "
                            u"WHERE o.record_type = r.record_type AND o.record_id = r.record_id)"_s),
                     0);
            QCOMPARE(scalar(db,
                            u"SELECT count(*) FROM outbox o WHERE NOT EXISTS (SELECT 1 FROM records r "
                            u"WHERE o.record_type = r.record_type AND o.record_id = r.record_id)"_s),
                     0);
            QCOMPARE(scalar(db, u"SELECT count(*) FROM records"_s), scalar(db, u"SELECT count(*) FROM outbox"_s));
            // Outer transactions of three plan actions survive whole or not at all.
            QCOMPARE(scalar(db,
                            u"SELECT count(*) FROM (SELECT json_extract(body, '$.n') AS n, count(*) AS c "
                            u"FROM records WHERE record_type = 'plan_action' GROUP BY substr(record_id, 1, "
                            u"length(record_id) - 2)) WHERE c != 3"_s),
                     0);
            const qint64 total = scalar(db, u"SELECT count(*) FROM records"_s);
            QVERIFY(total >= previousCount + 1); // at least the record written before "ready"
            previousCount = total;
        }
        qInfo("%d kills, %lld records survived consistently", iterations, previousCount);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"

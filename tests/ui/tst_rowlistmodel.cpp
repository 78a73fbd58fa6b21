// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "ui/rowlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Pathway;

/** RowListModel applies row changes one by one (insert, remove, move, dataChanged), never a reset. */
class TestRowListModel : public QObject
{
    Q_OBJECT

    static QList<ModelRow> rows(const QStringList &keysAndNames)
    {
        QList<ModelRow> out;
        for (const QString &kv : keysAndNames) {
            const auto parts = kv.split(u'=');
            out.append({parts.at(0), {{u"name"_s, parts.value(1)}}});
        }
        return out;
    }

    static QStringList keys(const RowListModel &m)
    {
        QStringList out;
        for (int i = 0; i < m.rowCount(); ++i)
            out.append(m.data(m.index(i), Qt::UserRole).toString());
        return out;
    }

private Q_SLOTS:
    void startsLoadingThenEmpty()
    {
        RowListModel model({u"name"_s});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.isLoading());
        QSignalSpy loading(&model, &RowListModel::loadingChanged);
        model.setRows({});
        QVERIFY(!model.isLoading());
        QCOMPARE(loading.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void insertsOnlyNewRows()
    {
        RowListModel model({u"name"_s});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows({u"a=Ann"_s, u"c=Cat"_s}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRows(rows({u"a=Ann"_s, u"b=Bob"_s, u"c=Cat"_s}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(keys(model), (QStringList {u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(model.valueAt(1, u"name"_s).toString(), u"Bob"_s);
    }

    void removesMovesAndChangesInPlace()
    {
        RowListModel model({u"name"_s});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(rows({u"a=Ann"_s, u"b=Bob"_s, u"c=Cat"_s, u"d=Dan"_s}));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy count(&model, &RowListModel::countChanged);
        // b goes, d moves to the top, c is renamed.
        model.setRows(rows({u"d=Dan"_s, u"a=Ann"_s, u"c=Carl"_s}));
        QCOMPARE(keys(model), (QStringList {u"d"_s, u"a"_s, u"c"_s}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QVERIFY(moved.count() >= 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 2);
        const auto roles = changed.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(Qt::UserRole + 1));
        QCOMPARE(model.valueAt(2, u"name"_s).toString(), u"Carl"_s);
        QCOMPARE(count.count(), 1);
    }

    void sameRowsEmitNothing()
    {
        RowListModel model({u"name"_s});
        model.setRows(rows({u"a=Ann"_s, u"b=Bob"_s}));
        QSignalSpy any(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setRows(rows({u"a=Ann"_s, u"b=Bob"_s}));
        QCOMPARE(changed.count() + inserted.count() + any.count(), 0);
        QCOMPARE(model.indexOfKey(u"b"_s), 1);
        QCOMPARE(model.indexOfKey(u"zzz"_s), -1);
    }
};

QTEST_GUILESS_MAIN(TestRowListModel)
#include "tst_rowlistmodel.moc"

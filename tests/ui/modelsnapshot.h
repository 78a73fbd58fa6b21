// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>

namespace Pathway::Test {

/** A whole list model as JSON: one object per row, every role by name, keys sorted. */
inline QByteArray modelSnapshot(const QAbstractItemModel &model)
{
    const QHash<int, QByteArray> roles = model.roleNames();
    QList<int> ids = roles.keys();
    std::sort(ids.begin(), ids.end(), [&roles](int a, int b) { return roles.value(a) < roles.value(b); });
    QJsonArray rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QJsonObject row;
        for (int role : ids)
            row.insert(QString::fromUtf8(roles.value(role)), QJsonValue::fromVariant(model.index(r, 0).data(role)));
        rows.append(row);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

/**
 * Compares @p model with the golden file tests/data/ui/snapshots/<name>.json. On a mismatch it
 * writes <name>.json.fail beside the golden file, prints `diff -u`, and fails. With
 * PATHWAY_UPDATE_SNAPSHOTS=1 in the environment it writes the golden file instead.
 */
inline bool compareModelSnapshot(const QAbstractItemModel &model, const QString &name)
{
    const QString golden = QDir(QStringLiteral(PATHWAY_TEST_DATA_DIR "/ui/snapshots")).filePath(name + u".json");
    const QByteArray actual = modelSnapshot(model);
    if (qEnvironmentVariableIntValue("PATHWAY_UPDATE_SNAPSHOTS") == 1) {
        QFile out(golden);
        return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(actual) == actual.size();
    }
    QFile in(golden);
    if (!in.open(QIODevice::ReadOnly)) {
        qWarning("no golden file %s: run the test with PATHWAY_UPDATE_SNAPSHOTS=1 and review it", qPrintable(golden));
        return false;
    }
    if (in.readAll() == actual) {
        QFile::remove(golden + u".fail");
        return true;
    }
    QFile fail(golden + u".fail");
    if (fail.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail.write(actual);
    fail.close();
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), golden, fail.fileName()});
    if (diff.waitForFinished(10000))
        qWarning().noquote() << QString::fromUtf8(diff.readAllStandardOutput());
    qWarning("%s differs from its golden file; if the change is meant, copy %s over it", qPrintable(name),
             qPrintable(fail.fileName()));
    return false;
}

} // namespace Pathway::Test

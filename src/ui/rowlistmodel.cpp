// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "rowlistmodel.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Pathway {

RowListModel::RowListModel(QStringList roleNames, QObject *parent)
    : QAbstractListModel(parent)
    , m_roleNames(std::move(roleNames))
{
}

int RowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelRow &row = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return row.key;
    if (role == Qt::DisplayRole)
        return row.values.value(m_roleNames.value(0));
    const int i = role - Qt::UserRole - 1;
    if (i < 0 || i >= m_roleNames.size())
        return {};
    return row.values.value(m_roleNames.at(i));
}

QHash<int, QByteArray> RowListModel::roleNames() const
{
    QHash<int, QByteArray> names {{Qt::DisplayRole, "display"}, {Qt::UserRole, "key"}};
    for (int i = 0; i < m_roleNames.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roleNames.at(i).toUtf8());
    return names;
}

int RowListModel::indexOfKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

QVariant RowListModel::valueAt(int row, const QString &role) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return role == "key"_L1 ? QVariant(m_rows.at(row).key) : m_rows.at(row).values.value(role);
}

void RowListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void RowListModel::setRows(QList<ModelRow> rows)
{
    const qsizetype oldCount = m_rows.size();
    QSet<QString> wanted;
    for (const ModelRow &r : rows)
        wanted.insert(r.key);

    // 1. Remove rows whose key is gone (from the end, in contiguous runs).
    for (qsizetype i = m_rows.size() - 1; i >= 0;) {
        if (wanted.contains(m_rows.at(i).key)) {
            --i;
            continue;
        }
        qsizetype first = i;
        while (first > 0 && !wanted.contains(m_rows.at(first - 1).key))
            --first;
        beginRemoveRows({}, int(first), int(i));
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }

    // 2. Walk the wanted order: move or insert each row into place, then update its values.
    for (qsizetype target = 0; target < rows.size(); ++target) {
        const ModelRow &want = rows.at(target);
        qsizetype at = -1;
        for (qsizetype j = target; j < m_rows.size(); ++j) {
            if (m_rows.at(j).key == want.key) {
                at = j;
                break;
            }
        }
        if (at < 0) {
            beginInsertRows({}, int(target), int(target));
            m_rows.insert(target, want);
            endInsertRows();
            continue;
        }
        if (at != target) {
            beginMoveRows({}, int(at), int(at), {}, int(target));
            m_rows.move(at, target);
            endMoveRows();
        }
        if (m_rows.at(target).values != want.values) {
            QList<int> changedRoles;
            for (int r = 0; r < m_roleNames.size(); ++r) {
                const QString &name = m_roleNames.at(r);
                if (m_rows.at(target).values.value(name) != want.values.value(name)) {
                    changedRoles.append(Qt::UserRole + 1 + r);
                    if (r == 0)
                        changedRoles.append(Qt::DisplayRole);
                }
            }
            m_rows[target].values = want.values;
            const QModelIndex idx = index(int(target));
            Q_EMIT dataChanged(idx, idx, changedRoles);
        }
    }
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
    setLoading(false);
}

} // namespace Pathway

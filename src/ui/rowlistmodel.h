// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QVariantMap>

#include <QtQml/qqmlregistration.h>

namespace Pathway {

/** One row of a RowListModel: a stable key and its role values by role name. */
struct ModelRow
{
    QString key;
    QVariantMap values;
};

/**
 * Base of the list models QML sees. A subclass computes its rows (each with a stable key)
 * and calls setRows(); the model applies only the difference: removed rows, moved rows,
 * inserted rows and dataChanged for rows whose values changed, never a reset. Roles are the
 * names given to the constructor; "key" is always role Qt::UserRole.
 */
class RowListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Base of the list models")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    explicit RowListModel(QStringList roleNames, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isLoading() const { return m_loading; }
    /** The row with this key, or -1. */
    Q_INVOKABLE int indexOfKey(const QString &key) const;
    /** A role value of a row, by role name (for QML and tests). */
    Q_INVOKABLE QVariant valueAt(int row, const QString &role) const;
    const QList<ModelRow> &rows() const { return m_rows; }
    /** Replaces the rows with @p rows, emitting the fine-grained changes. Clears loading. */
    void setRows(QList<ModelRow> rows);

Q_SIGNALS:
    void countChanged();
    void loadingChanged();

protected:
    void setLoading(bool loading);

private:
    QStringList m_roleNames;
    QList<ModelRow> m_rows;
    bool m_loading = true;
};

} // namespace Pathway

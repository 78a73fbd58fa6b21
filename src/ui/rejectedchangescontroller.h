// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "rowlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Pathway {

class AppController;

/**
 * The changes the server refused, shown to the person who made them: what it was, why it was not
 * accepted (in plain words), what to do, and the action that settles it (undo it on this device,
 * after which the server's version comes back). Nothing refused ever leaves the list without the user's say.
 */
class RejectedChangesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Pathway::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(Pathway::RowListModel *model READ model CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit RejectedChangesController(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    RowListModel *model() const { return m_model; }
    int count() const { return m_model->rowCount(); }
    QString message() const { return m_message; }

    /** Undoes the change on this device; the server's version comes back with the next sync. */
    Q_INVOKABLE bool undo(const QString &changeId);
    Q_INVOKABLE void refresh();

    /** The reason code in plain words, and what to do about it. */
    static QString reasonText(const QString &reasonCode, bool staff);
    static QString adviceText(const QString &reasonCode, bool staff);
    /** What kind of record a change was about, in plain words ("A step in the plan"). */
    static QString recordText(const QString &recordType);

Q_SIGNALS:
    void appChanged();
    void countChanged();
    void messageChanged();

private:
    void setMessage(const QString &message);

    QPointer<AppController> m_app;
    RowListModel *m_model;
    QString m_message;
};

} // namespace Pathway

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/alert.h"
#include "rowlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Pathway {

class AppController;

/**
 * A manager's line of sight: live figures from the store and the alert rules (no PA, overdue
 * contact by tier, reviews due, health history not handed over, missing ID), who is behind
 * each figure, each PA's caseload size, allocation and plan-review sign-off.
 */
class TeamController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Pathway::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(Pathway::RowListModel *figures READ figures CONSTANT)
    Q_PROPERTY(QString selectedFigure READ selectedFigure WRITE setSelectedFigure NOTIFY selectedFigureChanged)
    Q_PROPERTY(Pathway::RowListModel *attention READ attention CONSTANT)
    Q_PROPERTY(Pathway::RowListModel *staff READ staff CONSTANT)
    Q_PROPERTY(Pathway::RowListModel *people READ people CONSTANT)
    Q_PROPERTY(Pathway::RowListModel *reviews READ reviews CONSTANT)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit TeamController(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    RowListModel *figures() const { return m_figures; }
    QString selectedFigure() const { return m_selected; }
    void setSelectedFigure(const QString &key);
    RowListModel *attention() const { return m_attention; }
    RowListModel *staff() const { return m_staff; }
    RowListModel *people() const { return m_people; }
    RowListModel *reviews() const { return m_reviews; }
    QString message() const { return m_message; }

    /** The figure keys, in display order. */
    static QStringList figureKeys();
    /** Whether an alert counts towards a figure. */
    static bool alertInFigure(const Alert &alert, const QString &figureKey);

    /** Allocates @p staffId as the young person's PA: ends the current allocation, starts a new one today. */
    Q_INVOKABLE bool allocate(const QString &youngPersonId, const QString &staffId, const QString &reason);
    /** Signs off a plan review as the signed-in manager. */
    Q_INVOKABLE bool signOff(const QString &reviewId);
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void appChanged();
    void selectedFigureChanged();
    void messageChanged();

private:
    void setMessage(const QString &m);
    void refreshAttention();

    QPointer<AppController> m_app;
    QString m_selected;
    QString m_message;
    QHash<QString, QList<Alert>> m_alerts;
    RowListModel *m_figures;
    RowListModel *m_attention;
    RowListModel *m_staff;
    RowListModel *m_people;
    RowListModel *m_reviews;
};

} // namespace Pathway

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "reports/performance.h"
#include "rowlistmodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Pathway {

class AppController;

/**
 * A manager's performance over the last 12 months (src/reports), for the team or one PA: each
 * figure by month, as chart points and as words, and the young people behind a chosen month.
 */
class PerformanceController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Pathway::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(Pathway::RowListModel *scopes READ scopes CONSTANT)
    Q_PROPERTY(QString scope READ scope WRITE setScope NOTIFY scopeChanged)
    Q_PROPERTY(Pathway::RowListModel *figures READ figures CONSTANT)
    Q_PROPERTY(QString selectedFigure READ selectedFigure NOTIFY selectionChanged)
    Q_PROPERTY(int selectedMonth READ selectedMonth NOTIFY selectionChanged)
    Q_PROPERTY(QString selectionText READ selectionText NOTIFY selectionChanged)
    Q_PROPERTY(Pathway::RowListModel *people READ people CONSTANT)
    Q_PROPERTY(int monthCount READ monthCount NOTIFY selectionChanged)

public:
    /** The scope key of the whole team (the others are PAs' staff ids). */
    static constexpr const char *TeamScope = "team";

    explicit PerformanceController(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    RowListModel *scopes() const { return m_scopes; }
    QString scope() const { return m_scope; }
    void setScope(const QString &scope);
    RowListModel *figures() const { return m_figures; }
    QString selectedFigure() const { return m_selectedFigure; }
    int selectedMonth() const { return m_selectedMonth; }
    QString selectionText() const;
    RowListModel *people() const { return m_people; }
    /** How many months are shown (12 once the app is set). */
    int monthCount() const { return int(m_days.size()); }

    /** The reporting days shown, oldest first (the last is today). */
    const QList<QDate> &days() const { return m_days; }
    /** A figure of the current scope on reporting day @p month; empty when it has none. */
    FigureValue value(PerformanceFigure figure, int month) const;

    /** Lists the young people behind a figure (by code) on a reporting day (0 = oldest). */
    Q_INVOKABLE void select(const QString &figure, int month);
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void appChanged();
    void scopeChanged();
    void selectionChanged();

private:
    void refreshFigures();
    void refreshPeople();
    QString valueText(PerformanceFigure figure, const FigureValue &value) const;

    QPointer<AppController> m_app;
    QString m_scope = QString::fromLatin1(TeamScope);
    QString m_selectedFigure;
    int m_selectedMonth = -1;
    QList<QDate> m_days;
    QList<QList<PersonStanding>> m_standings; ///< per reporting day, everyone's
    QList<QMap<PerformanceFigure, FigureValue>> m_points; ///< per reporting day, the scope's figures
    RowListModel *m_scopes;
    RowListModel *m_figures;
    RowListModel *m_people;
};

} // namespace Pathway

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "caseloadmodel.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Pathway {

class AppController;

/**
 * A PA's caseload (or, for a manager, any PA's): sorted by what needs attention, with a
 * one-tap "log a visit now" that saves a successful visit instantly, offline.
 */
class CaseloadController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Pathway::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(QString staffId READ staffId WRITE setStaffId NOTIFY staffIdChanged)
    Q_PROPERTY(Pathway::CaseloadModel *model READ model CONSTANT)
    Q_PROPERTY(int attentionCount READ attentionCount NOTIFY refreshed)
    Q_PROPERTY(QString headline READ headline NOTIFY refreshed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit CaseloadController(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    /** Whose caseload; empty means the signed-in PA's. */
    QString staffId() const;
    void setStaffId(const QString &id);
    CaseloadModel *model() const { return m_model; }
    int attentionCount() const;
    QString headline() const;
    QString message() const { return m_message; }

    /**
     * One tap: a successful visit, now, by the signed-in member of staff. A double tap saves one
     * visit (see ContactLogController::saveVisitNow()).
     */
    Q_INVOKABLE bool logVisitNow(const QString &youngPersonId);
    /** Refreshes (e.g. when the page is shown again on another day). */
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void appChanged();
    void staffIdChanged();
    void refreshed();
    void messageChanged();

private:
    QPointer<AppController> m_app;
    QString m_staffId;
    QString m_message;
    CaseloadModel *m_model;
};

} // namespace Pathway

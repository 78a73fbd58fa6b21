// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "rowlistmodel.h"

#include <QPointer>

namespace Pathway {

class AppController;

/** Conflicts between two versions of a text, side by side, for the user to choose one. */
class ConflictsModel : public Pathway::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Pathway::AppController *app READ app WRITE setApp NOTIFY appChanged)

public:
    explicit ConflictsModel(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);

    /** Keeps the text written on this device. */
    Q_INVOKABLE bool keepMine(const QString &conflictKey);
    /** Keeps the text that came from the server. */
    Q_INVOKABLE bool keepTheirs(const QString &conflictKey);

Q_SIGNALS:
    void appChanged();

private:
    void refresh();
    bool resolve(const QString &conflictKey, bool keepLocal);

    QPointer<AppController> m_app;
};

} // namespace Pathway

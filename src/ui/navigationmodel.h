// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/role.h"
#include "rowlistmodel.h"

#include <optional>

namespace Pathway {

/** The main pages a role can open, in order, with their translated titles. Keys name QML pages. */
class NavigationModel : public Pathway::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")

public:
    explicit NavigationModel(QObject *parent = nullptr);

    /** Shows the pages of @p role; none before anyone uses the device. */
    void setRole(std::optional<Role> role);
    /** The page keys of a role, in navigation order. */
    static QStringList pageKeys(Role role);
    /** The icon (a Material Icons ligature name) of a page key. */
    static QString iconName(const QString &key);
    /** The key of the first page a role sees. */
    Q_INVOKABLE QString firstKey() const;

private:
    std::optional<Role> m_role;
};

} // namespace Pathway

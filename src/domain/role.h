// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <optional>

namespace Pathway {
Q_NAMESPACE

/** Who a signed-in user is to Pathway, and a staff member's role. Codes: "young_person", "pa", "manager", "admin". */
enum class Role
{
    YoungPerson,
    PersonalAdviser,
    Manager,
    Admin
};
Q_ENUM_NS(Role)
QString toCode(Role role);
std::optional<Role> roleFromCode(const QString &code);
inline bool isStaff(Role role)
{
    return role != Role::YoungPerson;
}
/** A staff member's role from its code ("pa", "manager", "admin"); std::nullopt for anything else. */
std::optional<Role> staffRoleFromCode(const QString &code);

} // namespace Pathway

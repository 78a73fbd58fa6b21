// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "role.h"

using namespace Qt::StringLiterals;

namespace Pathway {

QString toCode(Role role)
{
    switch (role) {
    case Role::YoungPerson:
        return u"young_person"_s;
    case Role::PersonalAdviser:
        return u"pa"_s;
    case Role::Manager:
        return u"manager"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (auto r : {Role::YoungPerson, Role::PersonalAdviser, Role::Manager, Role::Admin}) {
        if (toCode(r) == code)
            return r;
    }
    return std::nullopt;
}

std::optional<Role> staffRoleFromCode(const QString &code)
{
    const std::optional<Role> role = roleFromCode(code);
    return role && isStaff(*role) ? role : std::nullopt;
}

} // namespace Pathway

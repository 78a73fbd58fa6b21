#pragma once

#include <QString>

#include <optional>

namespace Pathway {

/** Who a signed-in user is to Pathway. Codes: "young_person", "pa", "manager", "admin". */
enum class Role
{
    YoungPerson,
    PersonalAdviser,
    Manager,
    Admin
};
QString toCode(Role role);
std::optional<Role> roleFromCode(const QString &code);
inline bool isStaff(Role role)
{
    return role != Role::YoungPerson;
}

} // namespace Pathway

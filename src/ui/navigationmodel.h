#pragma once

#include "rowlistmodel.h"

namespace Pathway {

/** The main pages a role can open, in order, with their translated titles. Keys name QML pages. */
class NavigationModel : public Pathway::RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")

public:
    enum class Role
    {
        None,
        YoungPerson,
        PersonalAdviser,
        Manager
    };
    explicit NavigationModel(QObject *parent = nullptr);

    /** Shows the pages of @p role. */
    void setRole(Role role);
    /** The page keys of a role, in navigation order. */
    static QStringList pageKeys(Role role);
    /** The key of the first page a role sees. */
    Q_INVOKABLE QString firstKey() const;

private:
    Role m_role = Role::None;
};

} // namespace Pathway

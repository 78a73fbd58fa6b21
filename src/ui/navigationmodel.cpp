// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "navigationmodel.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Pathway {

NavigationModel::NavigationModel(QObject *parent)
    : RowListModel({u"title"_s, u"shortTitle"_s, u"accessibleName"_s, u"iconName"_s}, parent)
{
    setRows({});
}

QStringList NavigationModel::pageKeys(Role role)
{
    switch (role) {
    case Role::YoungPerson:
        return {u"home"_s, u"plan"_s, u"health"_s, u"offer"_s, u"documents"_s, u"talk"_s, u"settings"_s};
    case Role::PersonalAdviser:
        return {u"caseload"_s, u"alerts"_s, u"logContact"_s, u"settings"_s};
    case Role::Manager:
        return {u"team"_s, u"alerts"_s, u"allocate"_s, u"caseloads"_s, u"reviews"_s, u"performance"_s, u"settings"_s};
    case Role::Admin:
        break; // an admin uses pathway-server's admin commands, not the app
    }
    return {};
}

QString NavigationModel::iconName(const QString &key)
{
    // Ligature names of the Material Icons font (not shown as words; never translated).
    static const QHash<QString, QString> icons {
        {u"home"_s, u"home"_s},
        {u"plan"_s, u"assignment"_s},
        {u"health"_s, u"favorite"_s},
        {u"offer"_s, u"card_giftcard"_s},
        {u"documents"_s, u"description"_s},
        {u"talk"_s, u"chat"_s},
        {u"settings"_s, u"settings"_s},
        {u"caseload"_s, u"people"_s},
        {u"logContact"_s, u"create"_s},
        {u"alerts"_s, u"notifications"_s},
        {u"team"_s, u"group"_s},
        {u"allocate"_s, u"person_add"_s},
        {u"caseloads"_s, u"view_list"_s},
        {u"reviews"_s, u"rate_review"_s},
        {u"performance"_s, u"show_chart"_s},
    };
    return icons.value(key);
}

QString NavigationModel::firstKey() const
{
    return m_role ? pageKeys(*m_role).value(0) : QString();
}

void NavigationModel::setRole(std::optional<Role> role)
{
    m_role = role;
    QList<ModelRow> rows;
    for (const QString &key : role ? pageKeys(*role) : QStringList()) {
        QString title;
        QString shortTitle;
        if (key == "home"_L1) {
            title = tr("Home", "@title:page");
            //: Bottom navigation on a phone: one short word
            shortTitle = tr("Home", "@action:inmenu short");
        } else if (key == "plan"_L1) {
            title = tr("My plan", "@title:page");
            shortTitle = tr("Plan", "@action:inmenu short");
        } else if (key == "health"_L1) {
            title = tr("My health", "@title:page");
            shortTitle = tr("Health", "@action:inmenu short");
        } else if (key == "offer"_L1) {
            //: The local offer: what a care leaver can get from the council
            title = tr("What I can get", "@title:page");
            shortTitle = tr("Offer", "@action:inmenu short");
        } else if (key == "documents"_L1) {
            title = tr("My documents", "@title:page");
            shortTitle = tr("Papers", "@action:inmenu short");
        } else if (key == "talk"_L1) {
            //: PA = personal adviser
            title = tr("Talk to my PA", "@title:page");
            shortTitle = tr("My PA", "@action:inmenu short");
        } else if (key == "caseload"_L1) {
            title = tr("My caseload", "@title:page");
            shortTitle = tr("Caseload", "@action:inmenu short");
        } else if (key == "logContact"_L1) {
            title = tr("Log a contact", "@title:page");
            shortTitle = tr("Log", "@action:inmenu short");
        } else if (key == "alerts"_L1) {
            //: Staff page: every alert of the caseload or team, to act on or acknowledge
            title = tr("Alerts", "@title:page");
            shortTitle = tr("Alerts", "@action:inmenu short");
        } else if (key == "team"_L1) {
            title = tr("Team overview", "@title:page");
            shortTitle = tr("Team", "@action:inmenu short");
        } else if (key == "allocate"_L1) {
            title = tr("Allocate a PA", "@title:page");
            shortTitle = tr("Allocate", "@action:inmenu short");
        } else if (key == "caseloads"_L1) {
            title = tr("Caseloads", "@title:page");
            shortTitle = tr("Caseloads", "@action:inmenu short");
        } else if (key == "reviews"_L1) {
            title = tr("Plan reviews to sign off", "@title:page");
            shortTitle = tr("Reviews", "@action:inmenu short");
        } else if (key == "performance"_L1) {
            //: A manager's figures over the last 12 months, as charts
            title = tr("Performance", "@title:page");
            shortTitle = tr("Performance", "@action:inmenu short");
        } else if (key == "settings"_L1) {
            title = tr("Settings", "@title:page");
            shortTitle = tr("Settings", "@action:inmenu short");
        }
        // A screen reader hears the title; it must hold the visible short word too.
        const QString accessibleName = title.contains(shortTitle, Qt::CaseInsensitive)
            ? title
            //: A navigation tab's name for screen readers: %1 its short word, %2 the page's title
            : tr("%1: %2", "@action:inmenu").arg(shortTitle, title);
        rows.append({key,
                     {{u"title"_s, title},
                      {u"shortTitle"_s, shortTitle},
                      {u"accessibleName"_s, accessibleName},
                      {u"iconName"_s, iconName(key)}}});
    }
    setRows(rows);
}

} // namespace Pathway

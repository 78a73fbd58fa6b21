// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "alertlistmodel.h"

#include "labels.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

QString tierText(AlertTier tier)
{
    switch (tier) {
    case AlertTier::Warning:
        return AlertListModel::tr("Coming due", "@info alert tier");
    case AlertTier::Overdue:
        return AlertListModel::tr("Overdue", "@info alert tier");
    case AlertTier::Escalated:
        return AlertListModel::tr("Escalated to a manager", "@info alert tier");
    case AlertTier::LostContact:
        //: The young person has not been contacted for so long they may be lost to the service
        return AlertListModel::tr("Contact may be lost", "@info alert tier");
    case AlertTier::Immediate:
        return AlertListModel::tr("Needs action now", "@info alert tier");
    }
    return {};
}

QString dateTimeText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

/** One merged alert before it becomes a row. */
struct Entry
{
    Alert alert;
    const ServerAlert *server = nullptr;
    bool onDevice = false;
    QString name;
};

} // namespace

AlertListModel::AlertListModel(QObject *parent)
    : RowListModel({u"alertId"_s,       u"youngPersonId"_s, u"name"_s,       u"whatText"_s,         u"sinceText"_s,
                    u"tierText"_s,      u"forText"_s,       u"audience"_s,   u"serious"_s,          u"acknowledged"_s,
                    u"ackText"_s,       u"ackNote"_s,       u"originText"_s, u"canAcknowledge"_s,   u"ackHint"_s,
                    u"sending"_s,       u"actionKey"_s,     u"actionText"_s, u"actionProperties"_s, u"section"_s,
                    u"accessibleName"_s},
                   parent)
{
}

QString AlertListModel::resolvingSection(const QString &ruleCode)
{
    if (ruleCode == "plan_review"_L1)
        return u"plan"_s;
    if (ruleCode == "health_handover"_L1)
        return u"health"_s;
    if (ruleCode == "missing_id"_L1 || ruleCode == "passport_expiry"_L1)
        return u"documents"_s;
    if (ruleCode == "neet"_L1 || ruleCode == "unsuitable_accommodation"_L1)
        return u"circumstances"_s;
    // no_contact, move_visit, in_touch, contact_request: a contact (or a reply) resolves them.
    return u"contact"_s;
}

void AlertListModel::refresh(const CaseData &data, const Sources &sources)
{
    QHash<QString, const ServerAlert *> serverByKey;
    for (const ServerAlert &s : sources.server) {
        if (!s.isResolved())
            serverByKey.insert(s.alert.key(), &s);
    }
    QList<Entry> entries;
    QSet<QString> seen;
    for (const Alert &a : sources.device) {
        const QString key = a.key();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        entries.append({a, serverByKey.value(key), true, {}});
    }
    if (sources.serverCurrent) {
        // What the server lists and this device does not find (e.g. a young person not on it).
        for (const ServerAlert &s : sources.server) {
            if (s.isResolved() || seen.contains(s.alert.key()))
                continue;
            seen.insert(s.alert.key());
            entries.append({s.alert, &s, false, {}});
        }
    }
    for (Entry &e : entries) {
        const YoungPerson *yp = data.youngPerson(e.alert.youngPersonId);
        e.name = yp ? yp->displayName : QString();
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &l, const Entry &r) {
        const bool lAck = l.server && l.server->isAcknowledged();
        const bool rAck = r.server && r.server->isAcknowledged();
        if (lAck != rAck)
            return !lAck;
        if (tierRank(l.alert.tier) != tierRank(r.alert.tier))
            return tierRank(l.alert.tier) > tierRank(r.alert.tier);
        if (l.alert.daysOverdue != r.alert.daysOverdue)
            return l.alert.daysOverdue > r.alert.daysOverdue;
        if (const int byName = l.name.localeAwareCompare(r.name); byName != 0)
            return byName < 0;
        return l.alert.key() < r.alert.key();
    });

    QList<ModelRow> rows;
    for (const Entry &e : std::as_const(entries)) {
        const Alert &a = e.alert;
        const QString key = a.key();
        const bool known = !e.name.isEmpty();
        const QString name = known ? e.name
                                   //: An alert about a young person whose record is not on this device yet
                                   : tr("A young person not on this device yet", "@info");
        const QString what = Labels::alert(a.ruleCode, a.daysOverdue, a.subject);
        QString since;
        if (a.daysOverdue == 0 && a.dueDate.isValid())
            //: %1 is a date: when something is due
            since = tr("Due %1", "@info alert").arg(Labels::date(a.dueDate));
        else if (a.since.isValid())
            //: %1 is a date: since when the alert's condition has been true
            since = tr("Since %1", "@info alert").arg(Labels::date(a.since));
        const QString forText = a.audience == AlertAudience::Manager ? tr("For a manager", "@info alert audience")
                                                                     : tr("For the PA", "@info alert audience");

        const ServerAlert *s = e.server;
        const bool acknowledged = s && s->isAcknowledged();
        QString ackText;
        QString ackNote;
        if (acknowledged) {
            QString who = s->acknowledgedByName;
            if (who.isEmpty()) {
                const StaffMember *staff = data.staffMember(s->acknowledgedBy);
                who = staff ? staff->displayName : tr("a member of staff", "@info who acknowledged");
            }
            //: %1 a member of staff, %2 a date and time
            ackText = tr("Acknowledged by %1 on %2", "@info alert").arg(who, dateTimeText(s->acknowledgedAt));
            ackNote = s->acknowledgedNote;
        }

        QString origin;
        if (!sources.serverCurrent && acknowledged)
            origin = tr("Acknowledgement as last checked with the server.", "@info alert");
        else if (sources.serverCurrent && e.onDevice && !s)
            origin = tr("Found on this device. The server has not listed it yet, so it cannot be acknowledged yet.",
                        "@info alert");

        const bool sending = !sources.sendingKey.isEmpty() && sources.sendingKey == key;
        const bool canAck = sources.online && s && !acknowledged && !sending;
        QString ackHint;
        if (!acknowledged && !sources.online)
            ackHint = tr("Acknowledging needs a connection to the server.", "@info alert");
        else if (sending)
            ackHint = tr("Sending the acknowledgement…", "@info alert");

        // The page that resolves it: allocating a PA, or the record's tab for the rule.
        QString actionKey;
        QString actionText;
        QVariantMap actionProperties;
        if (a.ruleCode == "no_pa"_L1) {
            if (sources.manager && known) {
                actionKey = u"allocate"_s;
                actionText = tr("Allocate a PA", "@action:button");
            }
        } else if (known) {
            actionKey = u"record"_s;
            actionText = tr("Open record", "@action:button");
            actionProperties = {{u"youngPersonId"_s, a.youngPersonId}, {u"section"_s, resolvingSection(a.ruleCode)}};
        }

        //: Screen reader, one alert: %1 what is wrong, %2 for whom, %3 since when, %4 how serious
        QString accessible = tr("%1: %2. %3. %4.", "@info alert").arg(what, name, since, tierText(a.tier));
        if (acknowledged)
            //: Screen reader: %1 the alert, %2 "Acknowledged by ... on ...", %3 the note
            accessible = tr("%1 %2: %3", "@info alert").arg(accessible, ackText, ackNote);

        rows.append({key,
                     {{u"alertId"_s, s ? s->id : QString()},
                      {u"youngPersonId"_s, a.youngPersonId},
                      {u"name"_s, name},
                      {u"whatText"_s, what},
                      {u"sinceText"_s, since},
                      {u"tierText"_s, tierText(a.tier)},
                      {u"forText"_s, forText},
                      {u"audience"_s, toCode(a.audience)},
                      {u"serious"_s, a.tier != AlertTier::Warning},
                      {u"acknowledged"_s, acknowledged},
                      {u"ackText"_s, ackText},
                      {u"ackNote"_s, ackNote},
                      {u"ackAt"_s, acknowledged ? s->acknowledgedAt : QDateTime()},
                      {u"originText"_s, origin},
                      {u"canAcknowledge"_s, canAck},
                      {u"ackHint"_s, ackHint},
                      {u"sending"_s, sending},
                      {u"actionKey"_s, actionKey},
                      {u"actionText"_s, actionText},
                      {u"actionProperties"_s, actionProperties},
                      {u"section"_s, resolvingSection(a.ruleCode)},
                      {u"accessibleName"_s, accessible}}});
    }
    setRows(rows);
}

} // namespace Pathway

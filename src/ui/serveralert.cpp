// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "serveralert.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Pathway {

QJsonObject ServerAlert::toJson() const
{
    QJsonObject o = alert.toJson();
    o.insert(u"id"_s, id);
    o.insert(u"state"_s, state);
    if (!acknowledgedBy.isEmpty()) {
        o.insert(u"acknowledgedBy"_s, acknowledgedBy);
        o.insert(u"acknowledgedByName"_s, acknowledgedByName);
        o.insert(u"acknowledgedNote"_s, acknowledgedNote);
        o.insert(u"acknowledgedAt"_s, acknowledgedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    return o;
}

std::optional<ServerAlert> ServerAlert::fromJson(const QJsonObject &json)
{
    const auto alert = Alert::fromJson(json);
    const QString id = json.value(u"id"_s).toString();
    if (!alert || id.isEmpty())
        return std::nullopt;
    ServerAlert s;
    s.id = id;
    s.alert = *alert;
    s.state = json.value(u"state"_s).toString(u"open"_s);
    s.acknowledgedBy = json.value(u"acknowledgedBy"_s).toString();
    s.acknowledgedByName = json.value(u"acknowledgedByName"_s).toString();
    s.acknowledgedNote = json.value(u"acknowledgedNote"_s).toString();
    s.acknowledgedAt = QDateTime::fromString(json.value(u"acknowledgedAt"_s).toString(), Qt::ISODateWithMs);
    return s;
}

QList<ServerAlert> ServerAlert::listFromJson(const QJsonObject &json)
{
    QList<ServerAlert> out;
    const QJsonArray alerts = json.value(u"alerts"_s).toArray();
    for (const QJsonValue &v : alerts) {
        if (auto a = ServerAlert::fromJson(v.toObject()))
            out.append(*a);
    }
    return out;
}

} // namespace Pathway

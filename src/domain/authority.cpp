// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "authority.h"

#include "checks.h"
#include "jsonutil.h"

using namespace Qt::StringLiterals;

namespace Pathway {

bool isPhoneNumber(const QString &text)
{
    const QString t = text.trimmed();
    int digits = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c.isDigit() && c.unicode() < 128)
            ++digits;
        else if (!(c == u' ' || (c == u'+' && i == 0)))
            return false;
    }
    return digits >= 3 && digits <= 20;
}

QString dialableNumber(const QString &text)
{
    QString out;
    for (const QChar c : text.trimmed()) {
        if ((c.isDigit() && c.unicode() < 128) || (c == u'+' && out.isEmpty()))
            out += c;
    }
    return out;
}

QList<Helpline> nationalHelplines()
{
    return {{u"emergency"_s, u"999"_s}, {u"childline"_s, u"0800 1111"_s}, {u"samaritans"_s, u"116 123"_s}};
}

QJsonObject AuthoritySettings::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"authorityId"_s, authorityId);
    w.putIfNotEmpty(u"outOfHoursName"_s, outOfHoursName);
    w.putIfNotEmpty(u"outOfHoursPhone"_s, outOfHoursPhone);
    w.putIfNotEmpty(u"outOfHoursHours"_s, outOfHoursHours);
    if (!alertThresholds.isEmpty())
        w.put(u"alertThresholds"_s, alertThresholds);
    return w.result();
}

std::optional<AuthoritySettings> AuthoritySettings::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    AuthoritySettings s;
    s.id = r.string(u"id"_s);
    s.authorityId = r.string(u"authorityId"_s);
    s.outOfHoursName = r.string(u"outOfHoursName"_s);
    s.outOfHoursPhone = r.string(u"outOfHoursPhone"_s);
    s.outOfHoursHours = r.string(u"outOfHoursHours"_s);
    s.alertThresholds = r.object(u"alertThresholds"_s);
    if (!r.ok())
        return std::nullopt;
    return s;
}

ValidationErrors AuthoritySettings::validate() const
{
    Checks::Collector c;
    c.required(u"id"_s, id);
    c.required(u"authorityId"_s, authorityId);
    c.combination(u"id"_s, !id.isEmpty() && !authorityId.isEmpty() && id != authorityId);
    c.maxLength(u"outOfHoursName"_s, outOfHoursName, MaxShortText);
    c.maxLength(u"outOfHoursHours"_s, outOfHoursHours, MaxShortText);
    if (!outOfHoursPhone.isEmpty() && !isPhoneNumber(outOfHoursPhone))
        c.add(u"invalid_format"_s, u"outOfHoursPhone"_s);
    c.combination(u"outOfHoursName"_s, !outOfHoursName.isEmpty() && outOfHoursPhone.isEmpty());
    for (auto it = alertThresholds.begin(); it != alertThresholds.end(); ++it) {
        const double v = it.value().toDouble(-1);
        if (!it.value().isDouble() || v < 0 || v > MaxAlertThreshold || v != static_cast<int>(v))
            c.add(u"out_of_range"_s, u"alertThresholds."_s + it.key());
    }
    return c.errors();
}

} // namespace Pathway

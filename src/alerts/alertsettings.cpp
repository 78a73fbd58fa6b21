// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "alertsettings.h"

#include "logging.h"

#include "domain/authority.h"

#include <QFile>
#include <QJsonDocument>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

struct Field
{
    const char *key;
    int AlertThresholds::*member;
};

constexpr std::array fields = {
    Field {"contactWarningDays", &AlertThresholds::contactWarningDays},
    Field {"contactOverdueDays", &AlertThresholds::contactOverdueDays},
    Field {"contactEscalateDays", &AlertThresholds::contactEscalateDays},
    Field {"contactLostDays", &AlertThresholds::contactLostDays},
    Field {"moveVisitDays", &AlertThresholds::moveVisitDays},
    Field {"moveVisitWarningDays", &AlertThresholds::moveVisitWarningDays},
    Field {"reviewIntervalMonths", &AlertThresholds::reviewIntervalMonths},
    Field {"reviewAfterChangeDays", &AlertThresholds::reviewAfterChangeDays},
    Field {"reviewWarningDays", &AlertThresholds::reviewWarningDays},
    Field {"reviewEscalateDays", &AlertThresholds::reviewEscalateDays},
    Field {"healthWarningAgeMonths", &AlertThresholds::healthWarningAgeMonths},
    Field {"healthOverdueAgeMonths", &AlertThresholds::healthOverdueAgeMonths},
    Field {"idCheckAgeYears", &AlertThresholds::idCheckAgeYears},
    Field {"passportExpiryWarningMonths", &AlertThresholds::passportExpiryWarningMonths},
    Field {"inTouchFirstAge", &AlertThresholds::inTouchFirstAge},
    Field {"inTouchLastAge", &AlertThresholds::inTouchLastAge},
    Field {"inTouchWindowMonthsBefore", &AlertThresholds::inTouchWindowMonthsBefore},
    Field {"inTouchWindowMonthsAfter", &AlertThresholds::inTouchWindowMonthsAfter},
    Field {"inTouchLookbackDays", &AlertThresholds::inTouchLookbackDays},
    Field {"requestUrgentHours", &AlertThresholds::requestUrgentHours},
    Field {"requestWhenConvenientDays", &AlertThresholds::requestWhenConvenientDays},
    Field {"neetMonths", &AlertThresholds::neetMonths},
    Field {"serviceMaxAge", &AlertThresholds::serviceMaxAge},
};

constexpr int maxThreshold = MaxAlertThreshold;

} // namespace

void AlertThresholds::normalise()
{
    contactOverdueDays = std::max(contactOverdueDays, 1);
    if (contactWarningDays > contactOverdueDays) {
        // e.g. a plan agreeing contact every 4 weeks: warn a week (or a quarter of the interval) before.
        contactWarningDays = contactOverdueDays - std::min(7, contactOverdueDays / 4);
    }
    contactEscalateDays = std::max(contactEscalateDays, contactOverdueDays);
    contactLostDays = std::max(contactLostDays, contactEscalateDays);
    moveVisitWarningDays = std::min(moveVisitWarningDays, moveVisitDays);
    healthWarningAgeMonths = std::min(healthWarningAgeMonths, healthOverdueAgeMonths);
    inTouchLastAge = std::max(inTouchLastAge, inTouchFirstAge);
}

QJsonObject AlertThresholds::toJson() const
{
    QJsonObject o;
    for (const auto &f : fields) {
        o.insert(QLatin1StringView(f.key), this->*f.member);
    }
    return o;
}

std::optional<AlertThresholds> AlertThresholds::withOverrides(const QJsonObject &json) const
{
    AlertThresholds t = *this;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto f = std::find_if(fields.begin(), fields.end(),
                                    [&](const Field &x) { return it.key() == QLatin1StringView(x.key); });
        if (f == fields.end()) {
            qCWarning(lcAlerts) << "unknown alert threshold" << it.key();
            return std::nullopt;
        }
        const double v = it.value().toDouble(-1);
        if (!it.value().isDouble() || v < 0 || v > maxThreshold || v != static_cast<int>(v)) {
            qCWarning(lcAlerts) << "bad value for alert threshold" << it.key();
            return std::nullopt;
        }
        t.*(f->member) = static_cast<int>(v);
    }
    t.normalise();
    return t;
}

AlertSettings AlertSettings::withAuthorityThresholds(const QJsonObject &authorityThresholds) const
{
    AlertSettings out = *this;
    if (!authorityThresholds.isEmpty()) {
        out.thresholds = thresholds.withOverrides(authorityThresholds).value_or(thresholds);
    }
    return out;
}

AlertThresholds AlertSettings::forYoungPerson(const QString &youngPersonId) const
{
    const auto it = overrides.constFind(youngPersonId);
    if (it == overrides.cend()) {
        return thresholds;
    }
    // Overrides were validated when loaded; an invalid one set in code falls back to the authority's.
    return thresholds.withOverrides(*it).value_or(thresholds);
}

QJsonObject AlertSettings::toJson() const
{
    QJsonObject o;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        o.insert(it.key(), it.value());
    }
    return QJsonObject {{u"thresholds"_s, thresholds.toJson()}, {u"overrides"_s, o}};
}

std::optional<AlertSettings> AlertSettings::fromJson(const QJsonObject &json)
{
    AlertSettings s;
    const auto t = AlertThresholds {}.withOverrides(json.value(u"thresholds"_s).toObject());
    if (!t) {
        return std::nullopt;
    }
    s.thresholds = *t;
    const QJsonObject o = json.value(u"overrides"_s).toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isObject() || !s.thresholds.withOverrides(it.value().toObject())) {
            return std::nullopt;
        }
        s.overrides.insert(it.key(), it.value().toObject());
    }
    return s;
}

std::optional<AlertSettings> AlertSettings::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QJsonParseError err {};
    const auto doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    return fromJson(doc.object());
}

} // namespace Pathway

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "validation.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace Pathway {

/** Whether a phone number is dialable as written: digits, spaces and one leading '+', 3 to 20 digits. */
bool isPhoneNumber(const QString &text);
/** The number for a tel: link: digits and a leading '+' only ("0800 1111" -> "08001111"). */
QString dialableNumber(const QString &text);

/** A national number anyone in England can call at any hour (names are translated in src/ui). */
struct Helpline
{
    QString code; ///< "emergency" (999), "childline" (0800 1111, to 19), "samaritans" (116 123)
    QString number; ///< as printed
};
/** Emergency services, Childline and Samaritans, in that order. */
QList<Helpline> nationalHelplines();

/**
 * An authority's own settings that every device needs, also offline: who a young person calls out
 * of hours (the emergency duty team, when a PA may not answer) and the authority's alert
 * thresholds, so a PA's device raises the same alerts offline as the server's sweep. One record per
 * authority, its id the authority's id; authority-wide (every device of the authority gets it).
 */
/** The largest value an alert threshold may take (days, months or years). */
inline constexpr int MaxAlertThreshold = 100000;

struct AuthoritySettings
{
    static constexpr const char *recordType = "authority_settings";
    QString id; ///< the authority's id
    QString authorityId;
    QString outOfHoursName; ///< e.g. "Emergency duty team"
    QString outOfHoursPhone; ///< as printed, e.g. "0161 253 6606"
    QString outOfHoursHours; ///< when it answers, in plain words, e.g. "Evenings, nights and weekends"
    /**
     * Alert thresholds that differ from the defaults, by name (src/alerts AlertThresholds), e.g.
     * {"contactOverdueDays": 28}: whole numbers from 0 to MaxAlertThreshold. Empty: the defaults.
     */
    QJsonObject alertThresholds;

    QString ownerId() const { return {}; }
    QJsonObject toJson() const;
    static std::optional<AuthoritySettings> fromJson(const QJsonObject &json);
    ValidationErrors validate() const;
};

} // namespace Pathway

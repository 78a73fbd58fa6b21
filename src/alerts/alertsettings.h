// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace Pathway {

/**
 * Every threshold the alert rules use. Defaults follow DOMAIN.md; an authority can change
 * any of them, and a young person's plan can override them for that young person alone.
 * Day counts are whole days between UTC calendar dates.
 */
struct AlertThresholds
{
    // No successful contact (DOMAIN.md: face to face at least every 8 weeks).
    int contactWarningDays = 42; ///< warning to the PA
    int contactOverdueDays = 56; ///< overdue (the 8-week standard)
    int contactEscalateDays = 84; ///< escalated to the manager
    int contactLostDays = 180; ///< "lost contact", to the manager
    // Reg 8(2): a visit within 7 days of a move into accommodation the authority provides.
    int moveVisitDays = 7;
    int moveVisitWarningDays = 5; ///< days after the move from which a missing visit is a warning
    // Pathway plan review: every 6 months, and soon after a significant change.
    int reviewIntervalMonths = 6;
    int reviewAfterChangeDays = 28;
    int reviewWarningDays = 14; ///< days before the due date from which a warning shows
    int reviewEscalateDays = 28; ///< days overdue from which the manager is told
    // Health history handover before 18.
    int healthWarningAgeMonths = 210; ///< 17 years 6 months
    int healthOverdueAgeMonths = 216; ///< 18 years
    // ID documents at 18; passport in date.
    int idCheckAgeYears = 18;
    int passportExpiryWarningMonths = 3;
    // SSDA903 "in touch" around the 17th..21st birthdays.
    int inTouchFirstAge = 17;
    int inTouchLastAge = 21;
    int inTouchWindowMonthsBefore = 1;
    int inTouchWindowMonthsAfter = 1;
    int inTouchLookbackDays = 365; ///< a missed window stays an alert this long after it closed
    // A young person asking for contact.
    int requestUrgentHours = 24;
    int requestWhenConvenientDays = 7;
    // Not in education, employment or training for longer than this (the OC3 NEET codes).
    int neetMonths = 3;
    // Who is in the service at all.
    int serviceMaxAge = 25; ///< no alerts once older than this (age in whole years)

    /** Keeps the contact tiers in order (warning <= overdue <= escalate <= lost) after overrides. */
    void normalise();
    QJsonObject toJson() const;
    /** Applies the keys present in json over this; nullopt on an unknown key or a bad value. */
    std::optional<AlertThresholds> withOverrides(const QJsonObject &json) const;
    friend bool operator==(const AlertThresholds &, const AlertThresholds &) = default;
};

/**
 * An authority's alert settings: its thresholds and per-young-person overrides (e.g. a plan
 * agreeing contact every 4 weeks: {"contactOverdueDays": 28}).
 *
 * JSON: {"thresholds": {"contactOverdueDays": 56, ...}, "overrides": {"<youngPersonId>": {...}}}
 */
struct AlertSettings
{
    AlertThresholds thresholds;
    QHash<QString, QJsonObject> overrides;

    /**
     * These settings with an authority's own thresholds (its authority_settings record's
     * alertThresholds) over them; unchanged when those are not valid thresholds.
     */
    AlertSettings withAuthorityThresholds(const QJsonObject &thresholds) const;
    /** The thresholds that apply to one young person. */
    AlertThresholds forYoungPerson(const QString &youngPersonId) const;
    QJsonObject toJson() const;
    static std::optional<AlertSettings> fromJson(const QJsonObject &json);
    /** Reads a settings file; nullopt if it cannot be read or is invalid. */
    static std::optional<AlertSettings> fromFile(const QString &path);
};

} // namespace Pathway

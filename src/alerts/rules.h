// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alert.h"
#include "alertsettings.h"
#include "caserecords.h"

#include <QDate>
#include <QDateTime>
#include <QList>

/**
 * The alert rules. Each is a pure function of one young person's facts, "now" and the
 * thresholds that apply to that young person; none reads a clock, a file or a global.
 * Days are counted between UTC calendar dates (as Clock::today() does).
 *
 * Rule codes (Alert::ruleCode) and keys:
 *   no_contact        no successful contact for too long    no_contact:<yp>
 *   no_pa             no PA allocated today                 no_pa:<yp>
 *   move_visit        no visit after a move into accommodation the authority provides
 *   plan_review       pathway plan review due or overdue
 *   health_handover   health history not handed over by 18
 *   missing_id        at 18: photo_id, ni_number or bank_account missing  missing_id:<yp>:<item>
 *   passport_expiry   passport expiring within N months, or expired
 *   in_touch          no contact in a closed SSDA903 birthday window      in_touch:<yp>:<age>
 *   contact_request   a young person's request for contact not answered in time  contact_request:<yp>:<request id>
 *   neet              not in education, employment or training for longer than neetMonths
 *   unsuitable_accommodation  the accommodation in force is recorded as unsuitable
 */
namespace Pathway::Rules {

inline constexpr auto NoContact = "no_contact";
inline constexpr auto NoPa = "no_pa";
inline constexpr auto MoveVisit = "move_visit";
inline constexpr auto PlanReview = "plan_review";
inline constexpr auto HealthHandover = "health_handover";
inline constexpr auto MissingId = "missing_id";
inline constexpr auto PassportExpiry = "passport_expiry";
inline constexpr auto InTouch = "in_touch";
inline constexpr auto ContactRequest = "contact_request";
inline constexpr auto Neet = "neet";
inline constexpr auto UnsuitableAccommodation = "unsuitable_accommodation";

/**
 * When the service to this young person started: the earliest allocation to a PA or, never
 * allocated, their 16th birthday (the earliest age at which the care-leaver duties apply).
 * A young person never contacted is counted as "not contacted since" this day.
 */
QDate serviceStart(const CaseFacts &f);

/** Tiers 42 warning / 56 overdue (PA), 84 escalated / 180 lost contact (manager). Attempts never reset the clock. */
QList<Alert> noContactRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t);
/** Immediate, to the manager, whenever nobody is allocated today. */
QList<Alert> noPaRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t);
/** Reg 8(2): a successful visit on or after the latest authority-provided move, within moveVisitDays. */
QList<Alert> moveVisitRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t);
/** Due at nextReviewDue (or the last review + interval), or sooner after a significant change. */
QList<Alert> planReviewRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t);
/** Warning from 17y6m, overdue from 18, until the handover is recorded complete. */
QList<Alert> healthHandoverRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t);
/** From 18: one alert per missing item (photo ID = passport or provisional licence; NI number; bank account). */
QList<Alert> missingIdRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t);
/** A passport the young person has, expiring within the warning months (warning) or expired (overdue). */
QList<Alert> passportExpiryRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t);
/** A closed birthday window (17th..21st) with no successful contact in it, within the look-back. */
QList<Alert> inTouchRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t);
/** An open contact request older than its response time (urgent: hours; when convenient: days). */
QList<Alert> contactRequestRule(const CaseFacts &f, const QDateTime &now, const AlertThresholds &t);
/** NEET (G4, G5, G6) without a break for neetMonths or more: overdue, to the PA; cleared by a new activity. */
QList<Alert> neetRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t);
/** Unsuitable accommodation in force: overdue from the day it started, to the PA; cleared by a suitable one. */
QList<Alert> unsuitableAccommodationRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t);

} // namespace Pathway::Rules

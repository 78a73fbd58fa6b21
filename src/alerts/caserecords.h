// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alertsettings.h"
#include "domain/chronology.h"
#include "domain/circumstances.h"
#include "domain/contact.h"
#include "domain/documents.h"
#include "domain/health.h"
#include "domain/people.h"
#include "domain/plan.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace Pathway {

/** Everything recorded about one young person that the alert rules look at. */
struct CaseRecords
{
    YoungPerson youngPerson;
    QList<Allocation> allocations;
    QList<ContactLog> contacts;
    QList<ContactAmendment> amendments;
    QList<PlanReview> reviews;
    QList<ChronologyEvent> events; ///< explicit chronology events (moves, significant changes, requests for review)
    std::optional<HealthHandover> handover;
    QList<DocumentItem> documents;
    QList<ContactRequest> requests;
    QList<ActivityPeriod> activities; ///< activity history (education, employment, training, NEET)
    QList<AccommodationPeriod> accommodations; ///< accommodation history with suitability
    QList<InTouchRecord> inTouch; ///< what the PA recorded about being in touch (DIED, REFU, NREQ, RHOM)
};

/** One SSDA903 "in touch" window around a birthday. */
struct InTouchWindow
{
    int age = 0;
    QDate birthday;
    QDate first; ///< first day of the window, inclusive
    QDate last; ///< last day of the window, inclusive
    friend bool operator==(const InTouchWindow &, const InTouchWindow &) = default;
};

/** The windows that have closed (last < today) but not longer than the look-back ago. */
QList<InTouchWindow> closedInTouchWindows(const QDate &dateOfBirth, const QDate &today, const AlertThresholds &t);

/** A contact request nobody has answered yet. */
struct OpenRequestFact
{
    QString id;
    QDateTime requestedAt;
    RequestUrgency urgency = RequestUrgency::WhenConvenient;
    friend bool operator==(const OpenRequestFact &, const OpenRequestFact &) = default;
};

/**
 * The compact facts about one young person that the rules need. Built either from full
 * records (caseFactsFrom) or, on the server, by SQL aggregates over indexed tables; the two
 * must agree (tests check that they do).
 */
struct CaseFacts
{
    QString youngPersonId;
    QDate dateOfBirth;
    std::optional<QDate> firstAllocationFrom; ///< earliest allocation start: when the service started
    QString currentPaId; ///< empty: no PA allocated today
    std::optional<QDate> lastAllocationEnded; ///< latest last day (`until`, inclusive) of an ended allocation
    std::optional<QDateTime> lastContactAt; ///< latest successful contact (amendments applied)
    int attemptsSinceLastContact = 0; ///< logged attempts (not counting as contact) after it
    std::optional<QDateTime> lastAttemptAt; ///< latest of those attempts
    std::optional<QDate> lastVisitOn; ///< latest successful visit (kind visit)
    std::optional<QDate> lastAuthorityMoveOn; ///< latest move into accommodation the authority provides
    std::optional<QDate> lastReviewOn; ///< latest plan review held
    std::optional<QDate> nextReviewDue; ///< as set at the latest review (empty: heldOn + interval)
    std::optional<QDate> firstChangeAfterReviewOn; ///< earliest significant change after the latest review
    QString firstChangeKind; ///< its chronology code
    bool healthHandedOver = false;
    QMap<DocumentKind, DocumentStatus> documents; ///< best status per kind (have > applied > missing > not needed)
    std::optional<QDate> passportExpiresOn; ///< of a passport the young person has
    QMap<int, bool> inTouch; ///< closed birthday window (by age) -> contacted in it
    QList<OpenRequestFact> openRequests;
    std::optional<QDate> neetSince; ///< first day of the current unbroken NEET run
    QString neetCode; ///< the ACTIV code in force (G4, G5 or G6) while NEET
    std::optional<QDate> unsuitableAccommodationSince; ///< from of the accommodation in force, when unsuitable
    QString accommodationCode; ///< its ACCOM code (e.g. "S2")

    friend bool operator==(const CaseFacts &, const CaseFacts &) = default;
};

/** Builds the compact facts from full records; `today` and thresholds pick the in-touch windows. */
CaseFacts caseFactsFrom(const CaseRecords &records, const QDate &today, const AlertThresholds &t);

/** Contact logs as they read after their amendments. */
QList<ContactLog> amendedContacts(const CaseRecords &records);

} // namespace Pathway

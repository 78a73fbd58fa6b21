// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "caserecords.h"

#include <QJsonObject>

namespace Pathway {

/** One allocation period as the rules need it. */
struct AllocationPeriod
{
    QString staffId;
    QDate from;
    std::optional<QDate> until;
    QString id;
    friend bool operator==(const AllocationPeriod &, const AllocationPeriod &) = default;
};

/** The successful contact days nearest a birthday, either side: enough to decide any window around it. */
struct BirthdayContacts
{
    std::optional<QDate> lastBefore; ///< latest successful contact day before the birthday
    std::optional<QDate> firstFrom; ///< earliest successful contact day on or after it
    friend bool operator==(const BirthdayContacts &, const BirthdayContacts &) = default;
};

/**
 * A young person's alert-relevant facts that do not depend on the day: what the server keeps
 * per young person (recomputed when their records change) so a sweep reads one small row per
 * young person instead of every contact log. factsOn() turns it into CaseFacts for a day.
 */
struct CaseSummary
{
    QString youngPersonId;
    QDate dateOfBirth;
    QList<AllocationPeriod> allocations;
    std::optional<QDateTime> lastContactAt;
    int attemptsSinceLastContact = 0;
    std::optional<QDateTime> lastAttemptAt;
    std::optional<QDate> lastVisitOn;
    std::optional<QDate> lastAuthorityMoveOn;
    std::optional<QDate> lastReviewOn;
    std::optional<QDate> nextReviewDue;
    std::optional<QDate> firstChangeAfterReviewOn;
    QString firstChangeKind;
    bool healthHandedOver = false;
    QMap<DocumentKind, DocumentStatus> documents;
    std::optional<QDate> passportExpiresOn;
    QMap<int, BirthdayContacts> birthdays; ///< age (16..25) -> contacts around that birthday
    QList<OpenRequestFact> openRequests;
    QList<ActivityPeriod> activities; ///< not deleted, by id
    QList<AccommodationPeriod> accommodations; ///< not deleted, by id

    /** The facts for one day under the given thresholds. */
    CaseFacts factsOn(const QDate &today, const AlertThresholds &t) const;
    QJsonObject toJson() const;
    static std::optional<CaseSummary> fromJson(const QJsonObject &json);
    friend bool operator==(const CaseSummary &, const CaseSummary &) = default;
};

/** Summarises full records (amendments applied). */
CaseSummary summarise(const CaseRecords &records);

} // namespace Pathway

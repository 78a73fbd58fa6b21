// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "contact.h"
#include "documents.h"
#include "health.h"
#include "people.h"
#include "plan.h"
#include "validation.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Pathway {

/**
 * Kinds of key event in a young person's life. Explicit entries use the first group;
 * derived entries (from other records) use the second. Codes:
 * explicit: "moved_home", "started_education", "left_education", "started_work", "left_work",
 *   "custody_start", "custody_end", "pregnancy", "became_parent", "left_care", "asylum_decision",
 *   "review_requested", "copy_made" (a copy of the plan or health history was made to keep;
 *   summary says which), "other";
 * derived:  "born", "pa_allocated", "pa_ended", "contact", "attempted_contact", "plan_review",
 *   "health_handover", "document_obtained".
 */
enum class ChronologyKind
{
    MovedHome,
    StartedEducation,
    LeftEducation,
    StartedWork,
    LeftWork,
    CustodyStart,
    CustodyEnd,
    Pregnancy,
    BecameParent,
    LeftCare,
    AsylumDecision,
    ReviewRequested,
    CopyMade,
    Other,
    Born,
    PaAllocated,
    PaEnded,
    Contact,
    AttemptedContact,
    PlanReviewHeld,
    HealthHandedOver,
    DocumentObtained,
};
QString toCode(ChronologyKind k);
std::optional<ChronologyKind> chronologyKindFromCode(const QString &code);
/**
 * Whether this kind of event is a "significant change" that brings a plan review forward:
 * moved_home, started/left education or work, custody_start, pregnancy, became_parent,
 * review_requested, left_care.
 */
bool isSignificantChange(ChronologyKind k);
/** Whether this kind is only ever derived from other records (born ... document_obtained). */
bool isDerivedKind(ChronologyKind k);
/** The SSDA903 ACCOM letters a MovedHome event may name: B C D E G H K R S T U V W X Y Z. */
QStringList accommodationTypeCodes();

/**
 * A key event in a young person's life. For MovedHome, `accommodationType` is the SSDA903
 * ACCOM letter (B, C, D, ... Z) and `authorityProvided` says whether the authority provides
 * the new accommodation (a visit is then due within 7 days, reg 8(2)).
 */
struct ChronologyEvent
{
    static constexpr const char *recordType = "chronology_event";
    QString id;
    QString youngPersonId;
    QDate date;
    ChronologyKind kind = ChronologyKind::Other;
    QString summary;
    QString accommodationType; ///< MovedHome only
    bool authorityProvided = false; ///< MovedHome only
    QString sourceRecordId; ///< derived events: the record they came from
    QString recordedBy;
    bool deleted = false;

    QString ownerId() const { return youngPersonId; }
    QJsonObject toJson() const;
    static std::optional<ChronologyEvent> fromJson(const QJsonObject &json);
    ValidationErrors validate() const;
    /** validate() plus: date not after now's (UTC) date. */
    ValidationErrors validateAt(const QDateTime &now) const;
};

/** Everything the chronology is built from. */
struct ChronologySources
{
    YoungPerson youngPerson;
    QList<ChronologyEvent> explicitEvents;
    QList<Allocation> allocations;
    QList<ContactLog> contacts;
    QList<PlanReview> reviews;
    std::optional<HealthHandover> handover;
    QList<DocumentItem> documents;
};

/**
 * The full chronology, explicit and derived events together, newest first; on the same day
 * by kind (enum order), then by time (contacts, latest first), then by id, so the order
 * never depends on the input order. Deleted explicit events and records of other young
 * people are left out.
 *
 * Derived events get a stable id (a UUID v5 of kind and source record id), the source
 * record's id in sourceRecordId, and a summary that is a code or an id, never free text,
 * so that confidential contact notes never reach the chronology and src/ui can word it:
 *   born: empty (sourceRecordId is the young person's id); pa_allocated / pa_ended: the PA's
 *   staff id; contact / attempted_contact: the contact kind code (amendments must already be
 *   applied; a contact entered in error is left out); plan_review: the review reason code; health_handover: empty;
 *   document_obtained: the document kind code (status have, dated by obtainedOn).
 */
QList<ChronologyEvent> buildChronology(const ChronologySources &sources);

} // namespace Pathway

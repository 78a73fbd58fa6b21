#pragma once

#include "contact.h"
#include "documents.h"
#include "health.h"
#include "people.h"
#include "plan.h"
#include "validation.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace Pathway {

/**
 * Kinds of key event in a young person's life. Explicit entries use the first group;
 * derived entries (from other records) use the second. Codes:
 * explicit: "moved_home", "started_education", "left_education", "started_work", "left_work",
 *   "custody_start", "custody_end", "pregnancy", "became_parent", "left_care", "asylum_decision",
 *   "review_requested", "other";
 * derived:  "born", "pa_allocated", "pa_ended", "contact", "attempted_contact", "plan_review",
 *   "health_handover", "document_obtained".
 */
enum class ChronologyKind {
    MovedHome, StartedEducation, LeftEducation, StartedWork, LeftWork, CustodyStart, CustodyEnd,
    Pregnancy, BecameParent, LeftCare, AsylumDecision, ReviewRequested, Other,
    Born, PaAllocated, PaEnded, Contact, AttemptedContact, PlanReviewHeld, HealthHandedOver, DocumentObtained,
};
QString toCode(ChronologyKind k);
std::optional<ChronologyKind> chronologyKindFromCode(const QString &code);
/** Whether this kind of event is a "significant change" that brings a plan review forward. */
bool isSignificantChange(ChronologyKind k);

/**
 * A key event in a young person's life. For MovedHome, `accommodationType` is the SSDA903
 * ACCOM letter (B, C, D, ... Z) and `authorityProvided` says whether the authority provides
 * the new accommodation (a visit is then due within 7 days, reg 8(2)).
 */
struct ChronologyEvent {
    static constexpr const char *recordType = "chronology_event";
    QString id;
    QString youngPersonId;
    QDate date;
    ChronologyKind kind = ChronologyKind::Other;
    QString summary;
    QString accommodationType;     ///< MovedHome only
    bool authorityProvided = false; ///< MovedHome only
    QString sourceRecordId;        ///< derived events: the record they came from
    QString recordedBy;
    bool deleted = false;

    QString ownerId() const { return youngPersonId; }
    QJsonObject toJson() const;
    static std::optional<ChronologyEvent> fromJson(const QJsonObject &json);
    ValidationErrors validate() const;
};

/** Everything the chronology is built from. */
struct ChronologySources {
    YoungPerson youngPerson;
    QList<ChronologyEvent> explicitEvents;
    QList<Allocation> allocations;
    QList<ContactLog> contacts;
    QList<PlanReview> reviews;
    std::optional<HealthHandover> handover;
    QList<DocumentItem> documents;
};

/** The full chronology, explicit and derived events together, newest first, ties by kind. */
QList<ChronologyEvent> buildChronology(const ChronologySources &sources);

} // namespace Pathway

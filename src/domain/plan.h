// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "validation.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace Pathway {

/** The ten matters of Schedule 1 to the Care Leavers (England) Regulations 2010, in order. */
enum class PlanArea
{
    ContactAndSupport, // "contact_support"
    Education, // "education"
    Employment, // "employment"
    Contingency, // "contingency"
    Accommodation, // "accommodation"
    FamilyAndSocial, // "family_social"
    PracticalSkills, // "practical_skills"
    Finance, // "finance"
    Health, // "health"
    Identity, // "identity"
};
inline constexpr int PlanAreaCount = 10;
QString toCode(PlanArea a);
std::optional<PlanArea> planAreaFromCode(const QString &code);
QList<PlanArea> allPlanAreas();

/**
 * Status of a plan action. Codes: "not_started", "in_progress", "done", "dropped", "proposed" (a
 * step the young person proposed, waiting for their PA to accept, edit or decline it).
 */
enum class ActionStatus
{
    NotStarted,
    InProgress,
    Done,
    Dropped,
    Proposed
};
QString toCode(ActionStatus s);
std::optional<ActionStatus> actionStatusFromCode(const QString &code);

/**
 * One matter of a young person's pathway plan: the goal in plain words, the young
 * person's own words, and (for Accommodation) the Schedule 2 suitability view.
 */
struct PlanSection
{
    static constexpr const char *recordType = "plan_section";
    QString id;
    QString youngPersonId;
    PlanArea area = PlanArea::ContactAndSupport;
    QString goal; ///< what we are aiming for, in plain words
    QString ownWords; ///< the young person's own words about this matter
    QString contingency; ///< for this matter: what happens if the plan stops working
    std::optional<bool> accommodationSuitable; ///< Accommodation only: Schedule 2 assessment result
    QString suitabilityNotes; ///< Accommodation only
    QString updatedBy; ///< staff or young person id
    bool youngPersonTookPart = false; ///< the young person took part in the latest update
    bool deleted = false;

    QString ownerId() const { return youngPersonId; }
    QJsonObject toJson() const;
    static std::optional<PlanSection> fromJson(const QJsonObject &json);
    ValidationErrors validate() const;
};

/** A step of the plan: what will be done, by whom and by when (Schedule 1). */
struct PlanAction
{
    static constexpr const char *recordType = "plan_action";
    QString id;
    QString youngPersonId;
    PlanArea area = PlanArea::ContactAndSupport;
    QString what;
    QString who; ///< free text ("me", "my PA", "housing officer") or a staff id
    std::optional<QDate> byWhen;
    ActionStatus status = ActionStatus::NotStarted;
    std::optional<QDateTime> completedAt;
    QString completedBy;
    QString proposedBy; ///< the young person who proposed the step (status proposed, or accepted since)
    bool deleted = false;

    QString ownerId() const { return youngPersonId; }
    /** Has a byWhen before `day`, is neither done nor dropped, and is not deleted. */
    bool isOverdueOn(const QDate &day) const;
    QJsonObject toJson() const;
    static std::optional<PlanAction> fromJson(const QJsonObject &json);
    ValidationErrors validate() const;
    /** validate() plus: completedAt not after now. */
    ValidationErrors validateAt(const QDateTime &now) const;
};

/** Why a review happened. Codes: "scheduled", "requested", "significant_change". */
enum class ReviewReason
{
    Scheduled,
    Requested,
    SignificantChange
};
QString toCode(ReviewReason r);
std::optional<ReviewReason> reviewReasonFromCode(const QString &code);

/** A pathway plan review: when, why, who took part, the outcome, the young person's part and views, sign-off. */
struct PlanReview
{
    static constexpr const char *recordType = "plan_review";
    QString id;
    QString youngPersonId;
    QDate heldOn;
    ReviewReason reason = ReviewReason::Scheduled;
    QString outcome;
    QString participants; ///< who took part, in plain words ("Sam, PA; Jo, housing officer")
    bool youngPersonTookPart = false;
    QString youngPersonViews;
    QDate nextReviewDue; ///< default heldOn + 6 months
    QString reviewedBy; ///< staff id
    QString signedOffBy; ///< manager staff id; empty until signed off (over-18s need it)
    std::optional<QDateTime> signedOffAt;

    QString ownerId() const { return youngPersonId; }
    /** The default next review date: 6 months after the review. */
    static QDate defaultNextReviewDue(const QDate &heldOn) { return heldOn.addMonths(6); }
    QJsonObject toJson() const;
    /** A missing nextReviewDue reads as defaultNextReviewDue(heldOn). */
    static std::optional<PlanReview> fromJson(const QJsonObject &json);
    ValidationErrors validate() const;
    /** validate() plus: heldOn and signedOffAt not after now. */
    ValidationErrors validateAt(const QDateTime &now) const;
};

} // namespace Pathway

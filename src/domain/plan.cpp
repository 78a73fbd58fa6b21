// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "plan.h"

#include "checks.h"
#include "jsonutil.h"

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

constexpr std::array planAreaCodes {
    u"contact_support", u"education",        u"employment", u"contingency", u"accommodation",
    u"family_social",   u"practical_skills", u"finance",    u"health",      u"identity",
};
static_assert(planAreaCodes.size() == PlanAreaCount);
constexpr std::array actionStatusCodes {u"not_started", u"in_progress", u"done", u"dropped", u"proposed"};
constexpr std::array reviewReasonCodes {u"scheduled", u"requested", u"significant_change"};

} // namespace

QString toCode(PlanArea a)
{
    return Json::codeOf(planAreaCodes, a);
}

std::optional<PlanArea> planAreaFromCode(const QString &code)
{
    return Json::enumFromCode<PlanArea>(planAreaCodes, code);
}

QList<PlanArea> allPlanAreas()
{
    return Json::allOf<PlanArea>(planAreaCodes);
}

QString toCode(ActionStatus s)
{
    return Json::codeOf(actionStatusCodes, s);
}

std::optional<ActionStatus> actionStatusFromCode(const QString &code)
{
    return Json::enumFromCode<ActionStatus>(actionStatusCodes, code);
}

QString toCode(ReviewReason r)
{
    return Json::codeOf(reviewReasonCodes, r);
}

std::optional<ReviewReason> reviewReasonFromCode(const QString &code)
{
    return Json::enumFromCode<ReviewReason>(reviewReasonCodes, code);
}

// ---- PlanSection ----------------------------------------------------------------------

QJsonObject PlanSection::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"youngPersonId"_s, youngPersonId);
    w.put(u"area"_s, toCode(area));
    w.putIfNotEmpty(u"goal"_s, goal);
    w.putIfNotEmpty(u"ownWords"_s, ownWords);
    w.putIfNotEmpty(u"contingency"_s, contingency);
    w.putOptional(u"accommodationSuitable"_s, accommodationSuitable);
    w.putIfNotEmpty(u"suitabilityNotes"_s, suitabilityNotes);
    w.putIfNotEmpty(u"updatedBy"_s, updatedBy);
    w.put(u"youngPersonTookPart"_s, youngPersonTookPart);
    w.put(u"deleted"_s, deleted);
    return w.result();
}

std::optional<PlanSection> PlanSection::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    PlanSection s;
    s.id = r.string(u"id"_s);
    s.youngPersonId = r.string(u"youngPersonId"_s);
    s.area = r.enumeration(u"area"_s, planAreaFromCode, PlanArea::ContactAndSupport);
    s.goal = r.string(u"goal"_s);
    s.ownWords = r.string(u"ownWords"_s);
    s.contingency = r.string(u"contingency"_s);
    s.accommodationSuitable = r.optionalBool(u"accommodationSuitable"_s);
    s.suitabilityNotes = r.string(u"suitabilityNotes"_s);
    s.updatedBy = r.string(u"updatedBy"_s);
    s.youngPersonTookPart = r.boolean(u"youngPersonTookPart"_s);
    s.deleted = r.boolean(u"deleted"_s);
    if (!r.ok())
        return std::nullopt;
    return s;
}

ValidationErrors PlanSection::validate() const
{
    Checks::Collector c;
    c.required(u"id"_s, id);
    c.required(u"youngPersonId"_s, youngPersonId);
    c.maxLength(u"goal"_s, goal, MaxLongText);
    c.maxLength(u"ownWords"_s, ownWords, MaxLongText);
    c.maxLength(u"contingency"_s, contingency, MaxLongText);
    c.maxLength(u"suitabilityNotes"_s, suitabilityNotes, MaxLongText);
    c.maxLength(u"updatedBy"_s, updatedBy, MaxShortText);
    const bool accommodation = area == PlanArea::Accommodation;
    c.combination(u"accommodationSuitable"_s, !accommodation && accommodationSuitable.has_value());
    c.combination(u"suitabilityNotes"_s, !accommodation && !suitabilityNotes.isEmpty());
    return c.errors();
}

// ---- PlanAction -----------------------------------------------------------------------

bool PlanAction::isOverdueOn(const QDate &day) const
{
    if (deleted || !byWhen || !byWhen->isValid() || !day.isValid())
        return false;
    if (status == ActionStatus::Done || status == ActionStatus::Dropped || status == ActionStatus::Proposed)
        return false;
    return *byWhen < day;
}

QJsonObject PlanAction::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"youngPersonId"_s, youngPersonId);
    w.put(u"area"_s, toCode(area));
    w.put(u"what"_s, what);
    w.putIfNotEmpty(u"who"_s, who);
    w.putOptional(u"byWhen"_s, byWhen);
    w.put(u"status"_s, toCode(status));
    w.putOptional(u"completedAt"_s, completedAt);
    w.putIfNotEmpty(u"completedBy"_s, completedBy);
    w.putIfNotEmpty(u"proposedBy"_s, proposedBy);
    w.put(u"deleted"_s, deleted);
    return w.result();
}

std::optional<PlanAction> PlanAction::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    PlanAction a;
    a.id = r.string(u"id"_s);
    a.youngPersonId = r.string(u"youngPersonId"_s);
    a.area = r.enumeration(u"area"_s, planAreaFromCode, PlanArea::ContactAndSupport);
    a.what = r.string(u"what"_s);
    a.who = r.string(u"who"_s);
    a.byWhen = r.optionalDate(u"byWhen"_s);
    a.status = r.enumeration(u"status"_s, actionStatusFromCode, ActionStatus::NotStarted);
    a.completedAt = r.optionalInstant(u"completedAt"_s);
    a.completedBy = r.string(u"completedBy"_s);
    a.proposedBy = r.string(u"proposedBy"_s);
    a.deleted = r.boolean(u"deleted"_s);
    if (!r.ok())
        return std::nullopt;
    return a;
}

ValidationErrors PlanAction::validate() const
{
    Checks::Collector c;
    c.required(u"id"_s, id);
    c.required(u"youngPersonId"_s, youngPersonId);
    c.required(u"what"_s, what);
    c.maxLength(u"what"_s, what, MaxLineText);
    c.maxLength(u"who"_s, who, MaxShortText);
    c.maxLength(u"completedBy"_s, completedBy, MaxShortText);
    c.maxLength(u"proposedBy"_s, proposedBy, MaxShortText);
    const bool done = status == ActionStatus::Done;
    c.combination(u"completedAt"_s, !done && completedAt.has_value());
    c.combination(u"completedBy"_s, !done && !completedBy.isEmpty());
    return c.errors();
}

ValidationErrors PlanAction::validateAt(const QDateTime &now) const
{
    Checks::Collector c;
    c.notAfter(u"completedAt"_s, completedAt, now);
    return validate() + c.errors();
}

// ---- PlanReview -----------------------------------------------------------------------

QJsonObject PlanReview::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"youngPersonId"_s, youngPersonId);
    w.putIfValid(u"heldOn"_s, heldOn);
    w.put(u"reason"_s, toCode(reason));
    w.putIfNotEmpty(u"outcome"_s, outcome);
    w.putIfNotEmpty(u"participants"_s, participants);
    w.put(u"youngPersonTookPart"_s, youngPersonTookPart);
    w.putIfNotEmpty(u"youngPersonViews"_s, youngPersonViews);
    w.putIfValid(u"nextReviewDue"_s, nextReviewDue);
    w.putIfNotEmpty(u"reviewedBy"_s, reviewedBy);
    w.putIfNotEmpty(u"signedOffBy"_s, signedOffBy);
    w.putOptional(u"signedOffAt"_s, signedOffAt);
    return w.result();
}

std::optional<PlanReview> PlanReview::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    PlanReview v;
    v.id = r.string(u"id"_s);
    v.youngPersonId = r.string(u"youngPersonId"_s);
    v.heldOn = r.date(u"heldOn"_s);
    v.reason = r.enumeration(u"reason"_s, reviewReasonFromCode, ReviewReason::Scheduled);
    v.outcome = r.string(u"outcome"_s);
    v.participants = r.string(u"participants"_s);
    v.youngPersonTookPart = r.boolean(u"youngPersonTookPart"_s);
    v.youngPersonViews = r.string(u"youngPersonViews"_s);
    v.nextReviewDue = r.date(u"nextReviewDue"_s);
    v.reviewedBy = r.string(u"reviewedBy"_s);
    v.signedOffBy = r.string(u"signedOffBy"_s);
    v.signedOffAt = r.optionalInstant(u"signedOffAt"_s);
    if (!r.ok())
        return std::nullopt;
    if (!v.nextReviewDue.isValid() && v.heldOn.isValid())
        v.nextReviewDue = defaultNextReviewDue(v.heldOn);
    return v;
}

ValidationErrors PlanReview::validate() const
{
    Checks::Collector c;
    c.required(u"id"_s, id);
    c.required(u"youngPersonId"_s, youngPersonId);
    c.required(u"heldOn"_s, heldOn);
    c.required(u"nextReviewDue"_s, nextReviewDue);
    c.required(u"reviewedBy"_s, reviewedBy);
    c.maxLength(u"outcome"_s, outcome, MaxLongText);
    c.maxLength(u"youngPersonViews"_s, youngPersonViews, MaxLongText);
    c.maxLength(u"participants"_s, participants, MaxLineText);
    c.maxLength(u"reviewedBy"_s, reviewedBy, MaxShortText);
    c.maxLength(u"signedOffBy"_s, signedOffBy, MaxShortText);
    c.combination(u"nextReviewDue"_s, heldOn.isValid() && nextReviewDue.isValid() && nextReviewDue <= heldOn);
    c.combination(u"signedOffAt"_s, signedOffAt.has_value() && signedOffBy.isEmpty());
    c.combination(u"signedOffBy"_s, !signedOffBy.isEmpty() && !signedOffAt.has_value());
    c.combination(u"signedOffAt"_s,
                  signedOffAt && heldOn.isValid() && signedOffAt->isValid() && signedOffAt->toUTC().date() < heldOn);
    return c.errors();
}

ValidationErrors PlanReview::validateAt(const QDateTime &now) const
{
    Checks::Collector c;
    c.notAfter(u"heldOn"_s, heldOn.isValid() ? std::optional(heldOn) : std::nullopt, now.toUTC().date());
    c.notAfter(u"signedOffAt"_s, signedOffAt, now);
    return validate() + c.errors();
}

} // namespace Pathway

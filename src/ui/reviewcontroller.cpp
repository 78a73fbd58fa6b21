// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "reviewcontroller.h"

#include "alerts/evaluator.h"
#include "alerts/rules.h"
#include "appcontroller.h"
#include "labels.h"

using namespace Qt::StringLiterals;

namespace Pathway {

ReviewController::ReviewController(QObject *parent)
    : RecordEditor(parent)
{
    connect(this, &RecordEditor::appChanged, this, &ReviewController::statusChanged);
    connect(this, &RecordEditor::youngPersonIdChanged, this, &ReviewController::statusChanged);
    connect(this, &RecordEditor::storeChanged, this, &ReviewController::statusChanged);
}

void ReviewController::load()
{
    m_savedId.clear();
    m_heldOn = todayIso();
    m_nextDue = isoFromDate(PlanReview::defaultNextReviewDue(today()));
    m_nextDueChosen = false;
    m_participants.clear();
    m_tookPart = true;
    m_views.clear();
    m_outcome.clear();
    // Why this review: the young person asked, or something changed since the last one.
    ReviewReason reason = ReviewReason::Scheduled;
    if (session()) {
        const CaseData &data = session()->data();
        const auto latest = data.latestReview(youngPersonId());
        for (const ChronologyEvent &e : data.events) {
            if (e.youngPersonId != youngPersonId() || e.deleted || !isSignificantChange(e.kind)
                || (latest && e.date <= latest->heldOn))
                continue;
            if (e.kind == ChronologyKind::ReviewRequested)
                reason = ReviewReason::Requested;
            else if (reason == ReviewReason::Scheduled)
                reason = ReviewReason::SignificantChange;
        }
    }
    m_reason = toCode(reason);
    Q_EMIT formChanged();
}

std::optional<QDate> ReviewController::reviewDueDate() const
{
    if (!app())
        return std::nullopt;
    const QList<Alert> alerts = AlertEvaluator::evaluate(session()->data().caseRecords(youngPersonId()),
                                                         session()->clock().now(), app()->alertSettings());
    for (const Alert &a : alerts) {
        if (a.ruleCode == QLatin1StringView(Rules::PlanReview))
            return a.dueDate;
    }
    return std::nullopt;
}

bool ReviewController::overdue() const
{
    const auto due = reviewDueDate();
    return due && *due < today();
}

QString ReviewController::dueText() const
{
    if (!session())
        return {};
    const auto due = reviewDueDate();
    if (due && *due < today())
        //: %1 a date
        return tr("The review is overdue: it was due %1.", "@info").arg(Labels::date(due));
    if (due)
        return tr("The review is due by %1.", "@info").arg(Labels::date(due));
    const auto latest = session()->data().latestReview(youngPersonId());
    if (latest)
        //: %1 a date
        return tr("Next review %1.", "@info").arg(Labels::date(latest->nextReviewDue));
    return tr("No review recorded yet.", "@info");
}

void ReviewController::setHeldOn(const QString &iso)
{
    if (iso == m_heldOn)
        return;
    m_heldOn = iso;
    const QDate held = dateFromIso(iso);
    if (!m_nextDueChosen && held.isValid())
        m_nextDue = isoFromDate(PlanReview::defaultNextReviewDue(held));
    Q_EMIT formChanged();
}

void ReviewController::setReasonCode(const QString &code)
{
    if (code == m_reason || !reviewReasonFromCode(code))
        return;
    m_reason = code;
    Q_EMIT formChanged();
}

QVariantList ReviewController::reasonOptions() const
{
    QVariantList out;
    for (ReviewReason r : {ReviewReason::Scheduled, ReviewReason::Requested, ReviewReason::SignificantChange})
        out.append(QVariantMap {{u"code"_s, toCode(r)}, {u"label"_s, Labels::reviewReason(r)}});
    return out;
}

void ReviewController::setParticipants(const QString &text)
{
    if (text == m_participants)
        return;
    m_participants = text;
    Q_EMIT formChanged();
}

void ReviewController::setYoungPersonTookPart(bool tookPart)
{
    if (tookPart == m_tookPart)
        return;
    m_tookPart = tookPart;
    Q_EMIT formChanged();
}

void ReviewController::setYoungPersonViews(const QString &text)
{
    if (text == m_views)
        return;
    m_views = text;
    Q_EMIT formChanged();
}

void ReviewController::setOutcome(const QString &text)
{
    if (text == m_outcome)
        return;
    m_outcome = text;
    Q_EMIT formChanged();
}

void ReviewController::setNextReviewDue(const QString &iso)
{
    if (iso == m_nextDue)
        return;
    m_nextDue = iso;
    m_nextDueChosen = true;
    Q_EMIT formChanged();
}

PlanReview ReviewController::fromForm() const
{
    PlanReview r;
    r.id = m_savedId.isEmpty() ? newId() : m_savedId;
    r.youngPersonId = youngPersonId();
    r.heldOn = dateFromIso(m_heldOn);
    r.reason = reviewReasonFromCode(m_reason).value_or(ReviewReason::Scheduled);
    r.participants = m_participants.trimmed();
    r.youngPersonTookPart = m_tookPart;
    r.youngPersonViews = m_views.trimmed();
    r.outcome = m_outcome.trimmed();
    r.nextReviewDue = dateFromIso(m_nextDue);
    r.reviewedBy = userId();
    return r;
}

bool ReviewController::canEdit() const
{
    if (!session() || !session()->isOpen() || youngPersonId().isEmpty())
        return false;
    PlanReview r = fromForm();
    r.id = newId();
    r.outcome = u"-"_s;
    return session()->allows(r);
}

bool ReviewController::save()
{
    if (!canEdit())
        return false;
    const PlanReview r = fromForm();
    if (!r.heldOn.isValid()) {
        setProblem(tr("Choose the day the review was held.", "@info"));
        return false;
    }
    if (r.outcome.isEmpty()) {
        setProblem(tr("Write what was agreed at the review.", "@info"));
        return false;
    }
    if (!r.nextReviewDue.isValid() || r.nextReviewDue <= r.heldOn) {
        setProblem(tr("Choose a next review date after the review.", "@info"));
        return false;
    }
    if (!saveRecord(r, tr("The review is recorded.", "@info")))
        return false;
    m_savedId = r.id;
    return true;
}

} // namespace Pathway

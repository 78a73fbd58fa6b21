// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "signoffcontroller.h"

#include "appcontroller.h"
#include "labels.h"

using namespace Qt::StringLiterals;

namespace Pathway {

SignOffController::SignOffController(QObject *parent)
    : RecordEditor(parent)
{
    connect(this, &RecordEditor::storeChanged, this, &SignOffController::detailsChanged);
    connect(this, &RecordEditor::appChanged, this, &SignOffController::detailsChanged);
}

void SignOffController::setReviewId(const QString &id)
{
    if (id == m_reviewId)
        return;
    m_reviewId = id;
    Q_EMIT reviewIdChanged();
    load();
}

void SignOffController::load()
{
    if (const auto r = review(); r && r->youngPersonId != youngPersonId())
        setYoungPersonId(r->youngPersonId);
    Q_EMIT detailsChanged();
}

std::optional<PlanReview> SignOffController::review() const
{
    if (!session())
        return std::nullopt;
    for (const PlanReview &r : session()->data().reviews) {
        if (r.id == m_reviewId)
            return r;
    }
    return std::nullopt;
}

QString SignOffController::staffName(const QString &id) const
{
    const StaffMember *s = session() ? session()->data().staffMember(id) : nullptr;
    return s ? s->displayName : tr("someone", "@info person");
}

QString SignOffController::heldText() const
{
    const auto r = review();
    if (!r)
        return {};
    //: %1 a date, %2 the PA's name
    return tr("Held %1, recorded by %2", "@info").arg(Labels::date(r->heldOn), staffName(r->reviewedBy));
}

QString SignOffController::reasonText() const
{
    const auto r = review();
    return r ? Labels::reviewReason(r->reason) : QString();
}

QString SignOffController::participantsText() const
{
    const auto r = review();
    if (!r)
        return {};
    if (r->participants.isEmpty())
        return tr("Who took part was not recorded.", "@info");
    //: %1 the people who took part, as the PA wrote them
    return tr("Took part: %1", "@info").arg(r->participants);
}

QString SignOffController::tookPartText() const
{
    const auto r = review();
    if (!r)
        return {};
    return r->youngPersonTookPart ? tr("The young person took part", "@info")
                                  : tr("The young person did not take part", "@info");
}

QString SignOffController::views() const
{
    const auto r = review();
    return r ? r->youngPersonViews : QString();
}

QString SignOffController::outcome() const
{
    const auto r = review();
    return r ? r->outcome : QString();
}

QString SignOffController::nextReviewText() const
{
    const auto r = review();
    if (!r)
        return {};
    const auto latest = session()->data().latestReview(r->youngPersonId);
    if (latest && latest->id != r->id)
        //: %1 a date
        return tr("A later review was held on %1.", "@info").arg(Labels::date(latest->heldOn));
    if (r->nextReviewDue < today())
        //: %1 a date
        return tr("The next review was due by %1 and is overdue: the PA records it when it is held.", "@info")
            .arg(Labels::date(r->nextReviewDue));
    //: %1 a date
    return tr("Next review by %1", "@info").arg(Labels::date(r->nextReviewDue));
}

bool SignOffController::signedOff() const
{
    const auto r = review();
    return r && !r->signedOffBy.isEmpty();
}

QString SignOffController::signedOffText() const
{
    const auto r = review();
    if (!r || r->signedOffBy.isEmpty())
        return tr("Not signed off yet", "@info");
    //: %1 the manager's name, %2 a date
    return tr("Signed off by %1 on %2", "@info")
        .arg(staffName(r->signedOffBy),
             Labels::date(r->signedOffAt ? std::optional(r->signedOffAt->toUTC().date()) : std::nullopt));
}

bool SignOffController::canSignOff() const
{
    if (!app() || app()->role() != Role::Manager || !found() || signedOff())
        return false;
    PlanReview r = *review();
    r.signedOffBy = userId();
    r.signedOffAt = session()->clock().now();
    return session()->allows(r);
}

bool SignOffController::signOff()
{
    if (!canSignOff())
        return false;
    PlanReview r = *review();
    r.signedOffBy = userId();
    r.signedOffAt = session()->clock().now();
    return saveRecord(r, tr("Review signed off.", "@info"));
}

} // namespace Pathway

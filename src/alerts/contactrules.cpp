// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "rules.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway::Rules {

namespace {

QJsonValue dateOrNull(const std::optional<QDate> &d)
{
    return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QDate serviceStart(const CaseFacts &f)
{
    if (f.firstAllocationFrom) {
        return *f.firstAllocationFrom;
    }
    return f.dateOfBirth.isValid() ? f.dateOfBirth.addYears(16) : QDate();
}

QList<Alert> noContactRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t)
{
    const QDate start = f.lastContactAt ? f.lastContactAt->toUTC().date() : serviceStart(f);
    if (!start.isValid()) {
        return {};
    }
    const qint64 days = start.daysTo(today);
    if (days < t.contactWarningDays) {
        return {};
    }
    Alert a;
    a.ruleCode = QString::fromLatin1(NoContact);
    a.youngPersonId = f.youngPersonId;
    if (days >= t.contactLostDays) {
        a.tier = AlertTier::LostContact;
        a.audience = AlertAudience::Manager;
    } else if (days >= t.contactEscalateDays) {
        a.tier = AlertTier::Escalated;
        a.audience = AlertAudience::Manager;
    } else if (days >= t.contactOverdueDays) {
        a.tier = AlertTier::Overdue;
    } else {
        a.tier = AlertTier::Warning;
    }
    a.since = start;
    a.dueDate = start.addDays(t.contactOverdueDays);
    a.facts = QJsonObject {
        {u"lastContactOn"_s,
         dateOrNull(f.lastContactAt ? std::optional(f.lastContactAt->toUTC().date()) : std::nullopt)},
        {u"neverContacted"_s, !f.lastContactAt.has_value()},
        {u"attemptsSinceContact"_s, f.attemptsSinceLastContact},
        {u"lastAttemptOn"_s,
         dateOrNull(f.lastAttemptAt ? std::optional(f.lastAttemptAt->toUTC().date()) : std::nullopt)},
    };
    return {withDayCounts(a, today)}; // daysOverdue, daysSinceContact
}

QList<Alert> noPaRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t)
{
    Q_UNUSED(t)
    if (!f.currentPaId.isEmpty()) {
        return {};
    }
    Alert a;
    a.ruleCode = QString::fromLatin1(NoPa);
    a.youngPersonId = f.youngPersonId;
    a.tier = AlertTier::Immediate;
    a.audience = AlertAudience::Manager;
    // The first day without a PA: the day after the last allocated day (`until` is inclusive), or,
    // never allocated, the start of the service.
    QDate since = f.lastAllocationEnded ? f.lastAllocationEnded->addDays(1) : serviceStart(f);
    if (!since.isValid() || since > today) {
        since = today;
    }
    a.since = since;
    a.dueDate = since;
    a.facts = QJsonObject {
        {u"everAllocated"_s, f.firstAllocationFrom.has_value()},
        {u"allocationEndedOn"_s, dateOrNull(f.lastAllocationEnded)},
    };
    return {withDayCounts(a, today)};
}

QList<Alert> moveVisitRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t)
{
    if (!f.lastAuthorityMoveOn) {
        return {};
    }
    const QDate moved = *f.lastAuthorityMoveOn;
    if (f.lastVisitOn && *f.lastVisitOn >= moved) {
        return {};
    }
    const qint64 days = moved.daysTo(today);
    if (days < t.moveVisitWarningDays) {
        return {};
    }
    Alert a;
    a.ruleCode = QString::fromLatin1(MoveVisit);
    a.youngPersonId = f.youngPersonId;
    a.since = moved;
    a.dueDate = moved.addDays(t.moveVisitDays);
    a.tier = today > a.dueDate ? AlertTier::Overdue : AlertTier::Warning;
    a.facts = QJsonObject {{u"movedOn"_s, moved.toString(Qt::ISODate)}};
    return {withDayCounts(a, today)}; // daysOverdue, daysSinceMove
}

QList<Alert> inTouchRule(const CaseFacts &f, const QDate &today, const AlertThresholds &t)
{
    QList<Alert> out;
    const QDate start = serviceStart(f);
    for (const auto &w : closedInTouchWindows(f.dateOfBirth, today, t)) {
        const auto it = f.inTouch.constFind(w.age);
        if (it == f.inTouch.cend() || *it || (start.isValid() && w.last < start)) {
            continue;
        }
        Alert a;
        a.ruleCode = QString::fromLatin1(InTouch);
        a.youngPersonId = f.youngPersonId;
        a.subject = QString::number(w.age);
        a.tier = AlertTier::Overdue;
        a.audience = AlertAudience::Manager;
        a.since = w.first;
        a.dueDate = w.last;
        a.facts = QJsonObject {{u"birthdayAge"_s, w.age},
                               {u"windowFirst"_s, w.first.toString(Qt::ISODate)},
                               {u"windowLast"_s, w.last.toString(Qt::ISODate)}};
        out.append(withDayCounts(a, today));
    }
    return out;
}

QList<Alert> contactRequestRule(const CaseFacts &f, const QDateTime &now, const AlertThresholds &t)
{
    QList<Alert> out;
    for (const auto &r : f.openRequests) {
        const QDateTime deadline = r.urgency == RequestUrgency::Urgent
            ? r.requestedAt.addSecs(qint64(t.requestUrgentHours) * 3600)
            : r.requestedAt.addDays(t.requestWhenConvenientDays);
        // An urgent request is news at once (a warning until its answer-by time): the PA's
        // device notifies them. One that can wait alerts only once it is overdue.
        const bool overdue = now > deadline;
        if (!overdue && r.urgency != RequestUrgency::Urgent) {
            continue;
        }
        Alert a;
        a.ruleCode = QString::fromLatin1(ContactRequest);
        a.youngPersonId = f.youngPersonId;
        a.subject = r.id;
        a.tier = overdue ? AlertTier::Overdue : AlertTier::Warning;
        a.since = r.requestedAt.toUTC().date();
        a.dueDate = deadline.toUTC().date();
        a.daysOverdue = overdue ? static_cast<int>(deadline.secsTo(now) / 86400) : 0;
        a.facts = QJsonObject {
            {u"urgency"_s, toCode(r.urgency)},
            {u"requestedAt"_s, r.requestedAt.toUTC().toString(Qt::ISODate)},
            {u"answerBy"_s, deadline.toUTC().toString(Qt::ISODate)},
        };
        out.append(a);
    }
    return out;
}

} // namespace Pathway::Rules

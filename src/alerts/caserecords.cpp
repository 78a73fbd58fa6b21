#include "caserecords.h"

#include <QHash>

namespace Pathway {

namespace {

int statusRank(DocumentStatus s)
{
    switch (s) {
    case DocumentStatus::Have:
        return 3;
    case DocumentStatus::Applied:
        return 2;
    case DocumentStatus::Missing:
        return 1;
    case DocumentStatus::NotNeeded:
        return 0;
    }
    return 0;
}

} // namespace

QList<InTouchWindow> closedInTouchWindows(const QDate &dateOfBirth, const QDate &today, const AlertThresholds &t)
{
    QList<InTouchWindow> out;
    if (!dateOfBirth.isValid()) {
        return out;
    }
    for (int age = t.inTouchFirstAge; age <= t.inTouchLastAge; ++age) {
        InTouchWindow w;
        w.age = age;
        w.birthday = dateOfBirth.addYears(age);
        w.first = w.birthday.addMonths(-t.inTouchWindowMonthsBefore);
        w.last = w.birthday.addMonths(t.inTouchWindowMonthsAfter);
        if (w.last < today && w.last.daysTo(today) <= t.inTouchLookbackDays) {
            out.append(w);
        }
    }
    return out;
}

QList<ContactLog> amendedContacts(const CaseRecords &records)
{
    QHash<QString, QList<ContactAmendment>> byLog;
    for (const auto &a : records.amendments) {
        byLog[a.contactLogId].append(a);
    }
    QList<ContactLog> out;
    out.reserve(records.contacts.size());
    for (const auto &c : records.contacts) {
        const auto it = byLog.constFind(c.id);
        out.append(it == byLog.cend() ? c : applyAmendments(c, *it));
    }
    return out;
}

CaseFacts caseFactsFrom(const CaseRecords &records, const QDate &today, const AlertThresholds &t)
{
    CaseFacts f;
    f.youngPersonId = records.youngPerson.id;
    f.dateOfBirth = records.youngPerson.dateOfBirth;

    for (const auto &a : records.allocations) {
        if (!f.firstAllocationFrom || a.from < *f.firstAllocationFrom) {
            f.firstAllocationFrom = a.from;
        }
        if (a.until && *a.until <= today && (!f.lastAllocationEnded || *a.until > *f.lastAllocationEnded)) {
            f.lastAllocationEnded = a.until;
        }
    }
    if (const auto current = currentAllocation(records.allocations, today)) {
        f.currentPaId = current->staffId;
    }

    const QList<ContactLog> contacts = amendedContacts(records);
    for (const auto &c : contacts) {
        if (c.countsAsContact()) {
            if (!f.lastContactAt || c.at > *f.lastContactAt) {
                f.lastContactAt = c.at;
            }
            if (c.kind == ContactKind::Visit && (!f.lastVisitOn || c.at.toUTC().date() > *f.lastVisitOn)) {
                f.lastVisitOn = c.at.toUTC().date();
            }
        }
    }
    for (const auto &c : contacts) {
        if (!c.countsAsContact() && (!f.lastContactAt || c.at > *f.lastContactAt)) {
            ++f.attemptsSinceLastContact;
            if (!f.lastAttemptAt || c.at > *f.lastAttemptAt) {
                f.lastAttemptAt = c.at;
            }
        }
    }

    for (const auto &r : records.reviews) {
        if (!f.lastReviewOn || r.heldOn > *f.lastReviewOn) {
            f.lastReviewOn = r.heldOn;
            f.nextReviewDue = r.nextReviewDue.isValid() ? std::optional<QDate>(r.nextReviewDue) : std::nullopt;
        }
    }
    for (const auto &e : records.events) {
        if (e.deleted || !e.date.isValid() || e.date > today) {
            continue;
        }
        if (e.kind == ChronologyKind::MovedHome && e.authorityProvided
            && (!f.lastAuthorityMoveOn || e.date > *f.lastAuthorityMoveOn)) {
            f.lastAuthorityMoveOn = e.date;
        }
        if (isSignificantChange(e.kind) && (!f.lastReviewOn || e.date > *f.lastReviewOn)
            && (!f.firstChangeAfterReviewOn || e.date < *f.firstChangeAfterReviewOn
                || (e.date == *f.firstChangeAfterReviewOn && toCode(e.kind) < f.firstChangeKind))) {
            f.firstChangeAfterReviewOn = e.date;
            f.firstChangeKind = toCode(e.kind);
        }
    }

    f.healthHandedOver = records.handover && records.handover->isComplete();

    for (const auto &d : records.documents) {
        if (d.deleted) {
            continue;
        }
        const auto it = f.documents.constFind(d.kind);
        if (it == f.documents.cend() || statusRank(d.status) > statusRank(*it)) {
            f.documents.insert(d.kind, d.status);
        }
        if (d.kind == DocumentKind::Passport && d.status == DocumentStatus::Have && d.expiresOn
            && (!f.passportExpiresOn || *d.expiresOn > *f.passportExpiresOn)) {
            f.passportExpiresOn = d.expiresOn;
        }
    }

    for (const auto &w : closedInTouchWindows(f.dateOfBirth, today, t)) {
        bool contacted = false;
        for (const auto &c : contacts) {
            const QDate day = c.at.toUTC().date();
            if (c.countsAsContact() && day >= w.first && day <= w.last) {
                contacted = true;
                break;
            }
        }
        f.inTouch.insert(w.age, contacted);
    }

    QSet<QString> answered;
    for (const auto &c : contacts) {
        if (!c.respondsToRequestId.isEmpty()) {
            answered.insert(c.respondsToRequestId);
        }
    }
    for (const auto &r : records.requests) {
        if (r.status == QLatin1StringView("open") && !r.answeredAt && !answered.contains(r.id)) {
            f.openRequests.append({r.id, r.requestedAt, r.urgency});
        }
    }
    std::sort(f.openRequests.begin(), f.openRequests.end(), [](const auto &l, const auto &r) { return l.id < r.id; });
    return f;
}

} // namespace Pathway

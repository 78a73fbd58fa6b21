// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "casesummary.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

constexpr int firstBirthdayAge = 16;
constexpr int lastBirthdayAge = 25;

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

template<typename T> void keepMax(std::optional<T> &slot, const T &value)
{
    if (!slot || value > *slot) {
        slot = value;
    }
}

template<typename T> void keepMin(std::optional<T> &slot, const T &value)
{
    if (!slot || value < *slot) {
        slot = value;
    }
}

QJsonValue dateValue(const std::optional<QDate> &d)
{
    return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue instantValue(const std::optional<QDateTime> &d)
{
    return d ? QJsonValue(d->toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

std::optional<QDate> dateFrom(const QJsonValue &v)
{
    const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
    return d.isValid() ? std::optional(d) : std::nullopt;
}

std::optional<QDateTime> instantFrom(const QJsonValue &v)
{
    QDateTime d = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!d.isValid()) {
        return std::nullopt;
    }
    return d.toUTC();
}

/** The records not deleted, sorted by id (so a summary never depends on the input order). */
template<typename T> QList<T> liveById(const QList<T> &records)
{
    QList<T> out;
    for (const T &r : records) {
        if (!r.deleted) {
            out.append(r);
        }
    }
    std::sort(out.begin(), out.end(), [](const T &l, const T &r) { return l.id < r.id; });
    return out;
}

template<typename T> QJsonArray arrayOf(const QList<T> &records)
{
    QJsonArray out;
    for (const T &r : records) {
        out.append(r.toJson());
    }
    return out;
}

template<typename T> QList<T> listFrom(const QJsonValue &v)
{
    QList<T> out;
    for (const auto &item : v.toArray()) {
        if (auto r = T::fromJson(item.toObject())) {
            out.append(std::move(*r));
        }
    }
    return out;
}

} // namespace

CaseSummary summarise(const CaseRecords &records)
{
    CaseSummary s;
    s.youngPersonId = records.youngPerson.id;
    s.dateOfBirth = records.youngPerson.dateOfBirth;
    for (const auto &a : records.allocations) {
        s.allocations.append({a.staffId, a.from, a.until, a.id});
    }
    std::sort(s.allocations.begin(), s.allocations.end(), [](const auto &l, const auto &r) { return l.id < r.id; });

    const QList<ContactLog> contacts = amendedContacts(records);
    for (const auto &c : contacts) {
        if (!c.countsAsContact()) {
            continue;
        }
        keepMax(s.lastContactAt, c.at.toUTC());
        const QDate day = c.at.toUTC().date();
        if (c.kind == ContactKind::Visit) {
            keepMax(s.lastVisitOn, day);
        }
        if (s.dateOfBirth.isValid()) {
            for (int age = firstBirthdayAge; age <= lastBirthdayAge; ++age) {
                const QDate birthday = s.dateOfBirth.addYears(age);
                if (day < birthday) {
                    keepMax(s.birthdays[age].lastBefore, day);
                } else {
                    keepMin(s.birthdays[age].firstFrom, day);
                }
            }
        }
    }
    for (const auto &c : contacts) {
        if (c.countsAsAttempt() && (!s.lastContactAt || c.at > *s.lastContactAt)) {
            ++s.attemptsSinceLastContact;
            keepMax(s.lastAttemptAt, c.at.toUTC());
        }
    }

    for (const auto &r : records.reviews) {
        if (!s.lastReviewOn || r.heldOn > *s.lastReviewOn) {
            s.lastReviewOn = r.heldOn;
            s.nextReviewDue = r.nextReviewDue.isValid() ? std::optional(r.nextReviewDue) : std::nullopt;
        }
    }
    for (const auto &e : records.events) {
        if (e.deleted || !e.date.isValid()) {
            continue;
        }
        if (e.kind == ChronologyKind::MovedHome && e.authorityProvided) {
            keepMax(s.lastAuthorityMoveOn, e.date);
        }
        if (isSignificantChange(e.kind) && (!s.lastReviewOn || e.date > *s.lastReviewOn)
            && (!s.firstChangeAfterReviewOn || e.date < *s.firstChangeAfterReviewOn
                || (e.date == *s.firstChangeAfterReviewOn && toCode(e.kind) < s.firstChangeKind))) {
            s.firstChangeAfterReviewOn = e.date;
            s.firstChangeKind = toCode(e.kind);
        }
    }

    s.healthHandedOver = records.handover && records.handover->isComplete();

    for (const auto &d : records.documents) {
        if (d.deleted) {
            continue;
        }
        const auto it = s.documents.constFind(d.kind);
        if (it == s.documents.cend() || statusRank(d.status) > statusRank(*it)) {
            s.documents.insert(d.kind, d.status);
        }
        if (d.kind == DocumentKind::Passport && d.status == DocumentStatus::Have && d.expiresOn) {
            keepMax(s.passportExpiresOn, *d.expiresOn);
        }
    }

    QSet<QString> answered;
    for (const auto &c : contacts) {
        // A contact entered in error answered nothing: the request is open again.
        if (!c.respondsToRequestId.isEmpty() && !c.enteredInError) {
            answered.insert(c.respondsToRequestId);
        }
    }
    for (const auto &r : records.requests) {
        if (r.status == "open"_L1 && !r.answeredAt && !answered.contains(r.id)) {
            s.openRequests.append({r.id, r.requestedAt.toUTC(), r.urgency});
        }
    }
    std::sort(s.openRequests.begin(), s.openRequests.end(), [](const auto &l, const auto &r) { return l.id < r.id; });
    s.activities = liveById(records.activities);
    s.accommodations = liveById(records.accommodations);
    return s;
}

CaseFacts CaseSummary::factsOn(const QDate &today, const AlertThresholds &t) const
{
    CaseFacts f;
    f.youngPersonId = youngPersonId;
    f.dateOfBirth = dateOfBirth;
    QList<Allocation> history;
    for (const auto &p : allocations) {
        keepMin(f.firstAllocationFrom, p.from);
        if (p.until && *p.until < today) { // `until` is the last allocated day: ended once it has passed
            keepMax(f.lastAllocationEnded, *p.until);
        }
        Allocation a;
        a.id = p.id;
        a.youngPersonId = youngPersonId;
        a.staffId = p.staffId;
        a.from = p.from;
        a.until = p.until;
        history.append(a);
    }
    if (const auto current = currentAllocation(history, today)) {
        f.currentPaId = current->staffId;
    }
    f.lastContactAt = lastContactAt;
    f.attemptsSinceLastContact = attemptsSinceLastContact;
    f.lastAttemptAt = lastAttemptAt;
    f.lastVisitOn = lastVisitOn;
    f.lastAuthorityMoveOn = lastAuthorityMoveOn;
    f.lastReviewOn = lastReviewOn;
    f.nextReviewDue = nextReviewDue;
    f.firstChangeAfterReviewOn = firstChangeAfterReviewOn;
    f.firstChangeKind = firstChangeKind;
    f.healthHandedOver = healthHandedOver;
    f.documents = documents;
    f.passportExpiresOn = passportExpiresOn;
    for (const auto &w : closedInTouchWindows(dateOfBirth, today, t)) {
        const BirthdayContacts b = birthdays.value(w.age);
        f.inTouch.insert(w.age, (b.lastBefore && *b.lastBefore >= w.first) || (b.firstFrom && *b.firstFrom <= w.last));
    }
    f.openRequests = openRequests;
    f.neetSince = neetSince(activities, today);
    if (f.neetSince) {
        f.neetCode = activityOn(activities, today)->code;
    }
    if (const auto acc = accommodationOn(accommodations, today); acc && !acc->suitable) {
        f.unsuitableAccommodationSince = acc->from;
        f.accommodationCode = acc->accomCode();
    }
    return f;
}

QJsonObject CaseSummary::toJson() const
{
    QJsonArray allocs;
    for (const auto &a : allocations) {
        allocs.append(QJsonObject {{u"id"_s, a.id},
                                   {u"staffId"_s, a.staffId},
                                   {u"from"_s, a.from.toString(Qt::ISODate)},
                                   {u"until"_s, dateValue(a.until)}});
    }
    QJsonObject docs;
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        docs.insert(toCode(it.key()), toCode(it.value()));
    }
    QJsonObject bdays;
    for (auto it = birthdays.cbegin(); it != birthdays.cend(); ++it) {
        bdays.insert(QString::number(it.key()),
                     QJsonObject {{u"before"_s, dateValue(it->lastBefore)}, {u"from"_s, dateValue(it->firstFrom)}});
    }
    QJsonArray requests;
    for (const auto &r : openRequests) {
        requests.append(QJsonObject {
            {u"id"_s, r.id}, {u"requestedAt"_s, instantValue(r.requestedAt)}, {u"urgency"_s, toCode(r.urgency)}});
    }
    return QJsonObject {
        {u"youngPersonId"_s, youngPersonId},
        {u"dateOfBirth"_s, dateValue(dateOfBirth.isValid() ? std::optional(dateOfBirth) : std::nullopt)},
        {u"allocations"_s, allocs},
        {u"lastContactAt"_s, instantValue(lastContactAt)},
        {u"attemptsSinceLastContact"_s, attemptsSinceLastContact},
        {u"lastAttemptAt"_s, instantValue(lastAttemptAt)},
        {u"lastVisitOn"_s, dateValue(lastVisitOn)},
        {u"lastAuthorityMoveOn"_s, dateValue(lastAuthorityMoveOn)},
        {u"lastReviewOn"_s, dateValue(lastReviewOn)},
        {u"nextReviewDue"_s, dateValue(nextReviewDue)},
        {u"firstChangeAfterReviewOn"_s, dateValue(firstChangeAfterReviewOn)},
        {u"firstChangeKind"_s, firstChangeKind},
        {u"healthHandedOver"_s, healthHandedOver},
        {u"documents"_s, docs},
        {u"passportExpiresOn"_s, dateValue(passportExpiresOn)},
        {u"birthdays"_s, bdays},
        {u"openRequests"_s, requests},
        {u"activities"_s, arrayOf(activities)},
        {u"accommodations"_s, arrayOf(accommodations)},
    };
}

std::optional<CaseSummary> CaseSummary::fromJson(const QJsonObject &json)
{
    CaseSummary s;
    s.youngPersonId = json.value(u"youngPersonId"_s).toString();
    if (s.youngPersonId.isEmpty()) {
        return std::nullopt;
    }
    s.dateOfBirth = dateFrom(json.value(u"dateOfBirth"_s)).value_or(QDate());
    for (const auto &v : json.value(u"allocations"_s).toArray()) {
        const QJsonObject o = v.toObject();
        s.allocations.append({o.value(u"staffId"_s).toString(), dateFrom(o.value(u"from"_s)).value_or(QDate()),
                              dateFrom(o.value(u"until"_s)), o.value(u"id"_s).toString()});
    }
    s.lastContactAt = instantFrom(json.value(u"lastContactAt"_s));
    s.attemptsSinceLastContact = json.value(u"attemptsSinceLastContact"_s).toInt();
    s.lastAttemptAt = instantFrom(json.value(u"lastAttemptAt"_s));
    s.lastVisitOn = dateFrom(json.value(u"lastVisitOn"_s));
    s.lastAuthorityMoveOn = dateFrom(json.value(u"lastAuthorityMoveOn"_s));
    s.lastReviewOn = dateFrom(json.value(u"lastReviewOn"_s));
    s.nextReviewDue = dateFrom(json.value(u"nextReviewDue"_s));
    s.firstChangeAfterReviewOn = dateFrom(json.value(u"firstChangeAfterReviewOn"_s));
    s.firstChangeKind = json.value(u"firstChangeKind"_s).toString();
    s.healthHandedOver = json.value(u"healthHandedOver"_s).toBool();
    const QJsonObject docs = json.value(u"documents"_s).toObject();
    for (auto it = docs.begin(); it != docs.end(); ++it) {
        const auto kind = documentKindFromCode(it.key());
        const auto status = documentStatusFromCode(it.value().toString());
        if (kind && status) {
            s.documents.insert(*kind, *status);
        }
    }
    s.passportExpiresOn = dateFrom(json.value(u"passportExpiresOn"_s));
    const QJsonObject bdays = json.value(u"birthdays"_s).toObject();
    for (auto it = bdays.begin(); it != bdays.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        s.birthdays.insert(it.key().toInt(), {dateFrom(o.value(u"before"_s)), dateFrom(o.value(u"from"_s))});
    }
    for (const auto &v : json.value(u"openRequests"_s).toArray()) {
        const QJsonObject o = v.toObject();
        s.openRequests.append(
            {o.value(u"id"_s).toString(), instantFrom(o.value(u"requestedAt"_s)).value_or(QDateTime()),
             requestUrgencyFromCode(o.value(u"urgency"_s).toString()).value_or(RequestUrgency::WhenConvenient)});
    }
    s.activities = listFrom<ActivityPeriod>(json.value(u"activities"_s));
    s.accommodations = listFrom<AccommodationPeriod>(json.value(u"accommodations"_s));
    return s;
}

} // namespace Pathway

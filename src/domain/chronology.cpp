// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "chronology.h"

#include "checks.h"
#include "jsonutil.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

constexpr std::array chronologyKindCodes {
    u"moved_home",
    u"started_education",
    u"left_education",
    u"started_work",
    u"left_work",
    u"custody_start",
    u"custody_end",
    u"pregnancy",
    u"became_parent",
    u"left_care",
    u"asylum_decision",
    u"review_requested",
    u"copy_made",
    u"other",
    u"born",
    u"pa_allocated",
    u"pa_ended",
    u"contact",
    u"attempted_contact",
    u"plan_review",
    u"health_handover",
    u"document_obtained",
};
constexpr std::array accommodationCodes {
    u"B", u"C", u"D", u"E", u"G", u"H", u"K", u"R", u"S", u"T", u"U", u"V", u"W", u"X", u"Y", u"Z",
};

/** Namespace of derived-event ids (a fixed random UUID; never change it). */
const QUuid derivedIdNamespace(u"8f1d7a52-3c4e-4b7a-9d2f-6a0e5c1b2d34"_s);

/** A derived event with a stable id made from its kind and source record. */
ChronologyEvent derived(const QString &youngPersonId,
                        ChronologyKind kind,
                        const QDate &date,
                        const QString &sourceRecordId,
                        const QString &summary,
                        const QString &recordedBy)
{
    ChronologyEvent e;
    e.id = QUuid::createUuidV5(derivedIdNamespace, toCode(kind) + u':' + sourceRecordId).toString(QUuid::WithoutBraces);
    e.youngPersonId = youngPersonId;
    e.date = date;
    e.kind = kind;
    e.summary = summary;
    e.sourceRecordId = sourceRecordId;
    e.recordedBy = recordedBy;
    return e;
}

} // namespace

QString toCode(ChronologyKind k)
{
    return Json::codeOf(chronologyKindCodes, k);
}

std::optional<ChronologyKind> chronologyKindFromCode(const QString &code)
{
    return Json::enumFromCode<ChronologyKind>(chronologyKindCodes, code);
}

bool isSignificantChange(ChronologyKind k)
{
    switch (k) {
    case ChronologyKind::MovedHome:
    case ChronologyKind::StartedEducation:
    case ChronologyKind::LeftEducation:
    case ChronologyKind::StartedWork:
    case ChronologyKind::LeftWork:
    case ChronologyKind::CustodyStart:
    case ChronologyKind::Pregnancy:
    case ChronologyKind::BecameParent:
    case ChronologyKind::ReviewRequested:
    case ChronologyKind::LeftCare:
        return true;
    default:
        return false;
    }
}

bool isDerivedKind(ChronologyKind k)
{
    return static_cast<int>(k) >= static_cast<int>(ChronologyKind::Born);
}

QStringList accommodationTypeCodes()
{
    return Json::codeList(accommodationCodes);
}

QJsonObject ChronologyEvent::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"youngPersonId"_s, youngPersonId);
    w.putIfValid(u"date"_s, date);
    w.put(u"kind"_s, toCode(kind));
    w.putIfNotEmpty(u"summary"_s, summary);
    w.putIfNotEmpty(u"accommodationType"_s, accommodationType);
    w.put(u"authorityProvided"_s, authorityProvided);
    w.putIfNotEmpty(u"sourceRecordId"_s, sourceRecordId);
    w.putIfNotEmpty(u"recordedBy"_s, recordedBy);
    w.put(u"deleted"_s, deleted);
    return w.result();
}

std::optional<ChronologyEvent> ChronologyEvent::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    ChronologyEvent e;
    e.id = r.string(u"id"_s);
    e.youngPersonId = r.string(u"youngPersonId"_s);
    e.date = r.date(u"date"_s);
    e.kind = r.enumeration(u"kind"_s, chronologyKindFromCode, ChronologyKind::Other);
    e.summary = r.string(u"summary"_s);
    e.accommodationType = r.string(u"accommodationType"_s);
    e.authorityProvided = r.boolean(u"authorityProvided"_s);
    e.sourceRecordId = r.string(u"sourceRecordId"_s);
    e.recordedBy = r.string(u"recordedBy"_s);
    e.deleted = r.boolean(u"deleted"_s);
    if (!r.ok())
        return std::nullopt;
    return e;
}

ValidationErrors ChronologyEvent::validate() const
{
    Checks::Collector c;
    c.required(u"id"_s, id);
    c.required(u"youngPersonId"_s, youngPersonId);
    c.required(u"date"_s, date);
    if (kind == ChronologyKind::Other)
        c.required(u"summary"_s, summary);
    if (isDerivedKind(kind))
        c.required(u"sourceRecordId"_s, sourceRecordId);
    c.maxLength(u"summary"_s, summary, MaxLineText);
    c.maxLength(u"recordedBy"_s, recordedBy, MaxShortText);
    const bool move = kind == ChronologyKind::MovedHome;
    c.combination(u"accommodationType"_s, !move && !accommodationType.isEmpty());
    c.combination(u"authorityProvided"_s, !move && authorityProvided);
    if (move)
        c.knownCode(u"accommodationType"_s, accommodationType, accommodationTypeCodes());
    return c.errors();
}

ValidationErrors ChronologyEvent::validateAt(const QDateTime &now) const
{
    Checks::Collector c;
    c.notAfter(u"date"_s, date.isValid() ? std::optional(date) : std::nullopt, now.toUTC().date());
    return validate() + c.errors();
}

QList<ChronologyEvent> buildChronology(const ChronologySources &sources)
{
    const YoungPerson &yp = sources.youngPerson;
    const QString &ypId = yp.id;
    const auto mine = [&](const QString &owner) {
        return owner == ypId;
    };

    struct Entry
    {
        ChronologyEvent event;
        QDateTime time; ///< contacts only: orders events of one day
    };
    QList<Entry> entries;
    entries.reserve(sources.explicitEvents.size() + sources.allocations.size() * 2 + sources.contacts.size()
                    + sources.reviews.size() + sources.documents.size() + 2);

    for (const ChronologyEvent &e : sources.explicitEvents) {
        if (!e.deleted && mine(e.youngPersonId) && e.date.isValid())
            entries.append({e, {}});
    }
    if (yp.dateOfBirth.isValid())
        entries.append({derived(ypId, ChronologyKind::Born, yp.dateOfBirth, ypId, {}, {}), {}});
    for (const Allocation &a : sources.allocations) {
        if (!mine(a.youngPersonId) || !a.from.isValid())
            continue;
        entries.append({derived(ypId, ChronologyKind::PaAllocated, a.from, a.id, a.staffId, a.allocatedBy), {}});
        if (a.until && a.until->isValid())
            entries.append({derived(ypId, ChronologyKind::PaEnded, *a.until, a.id, a.staffId, a.allocatedBy), {}});
    }
    for (const ContactLog &c : sources.contacts) {
        // A contact entered in error did not happen as logged: it is no event of the young person's life.
        if (!mine(c.youngPersonId) || !c.at.isValid() || c.enteredInError)
            continue;
        const ChronologyKind kind = c.countsAsContact() ? ChronologyKind::Contact : ChronologyKind::AttemptedContact;
        entries.append({derived(ypId, kind, c.at.toUTC().date(), c.id, toCode(c.kind), c.staffId), c.at});
    }
    for (const PlanReview &r : sources.reviews) {
        if (mine(r.youngPersonId) && r.heldOn.isValid())
            entries.append(
                {derived(ypId, ChronologyKind::PlanReviewHeld, r.heldOn, r.id, toCode(r.reason), r.reviewedBy), {}});
    }
    if (const auto &h = sources.handover; h && mine(h->youngPersonId) && h->handedOverOn && h->handedOverOn->isValid())
        entries.append(
            {derived(ypId, ChronologyKind::HealthHandedOver, *h->handedOverOn, h->id, {}, h->handedOverBy), {}});
    for (const DocumentItem &d : sources.documents) {
        if (mine(d.youngPersonId) && !d.deleted && d.status == DocumentStatus::Have && d.obtainedOn
            && d.obtainedOn->isValid())
            entries.append(
                {derived(ypId, ChronologyKind::DocumentObtained, *d.obtainedOn, d.id, toCode(d.kind), d.helpingId),
                 {}});
    }

    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.event.date != b.event.date)
            return a.event.date > b.event.date;
        if (a.event.kind != b.event.kind)
            return a.event.kind < b.event.kind;
        if (a.time != b.time)
            return a.time > b.time;
        return a.event.id < b.event.id;
    });

    QList<ChronologyEvent> out;
    out.reserve(entries.size());
    for (Entry &e : entries)
        out.append(std::move(e.event));
    return out;
}

} // namespace Pathway

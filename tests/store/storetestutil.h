// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the store tests: valid sample domain values and a fresh encrypted store.

#include "domain/chronology.h"
#include "domain/contact.h"
#include "domain/documents.h"
#include "domain/health.h"
#include "domain/localoffer.h"
#include "domain/people.h"
#include "domain/plan.h"
#include "domain/record.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QFile>

#include <sodium.h>

namespace Pathway::TestUtil {

using namespace Qt::StringLiterals;

inline QByteArray randomKey()
{
    QByteArray key(32, '\0');
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline YoungPerson youngPerson(const QString &name = u"Sam"_s)
{
    YoungPerson p;
    p.id = newId();
    p.authorityId = u"la-1"_s;
    p.displayName = name;
    p.legalName = name + u" Taylor"_s;
    p.dateOfBirth = QDate(2007, 5, 17);
    p.pronouns = u"they/them"_s;
    p.firstLanguage = u"en"_s;
    p.care.weeksInCareSince14 = 60;
    p.care.lookedAfterAfter16 = true;
    p.care.leftCareOn = QDate(2025, 5, 17);
    return p;
}

inline StaffMember staff()
{
    StaffMember s;
    s.id = newId();
    s.authorityId = u"la-1"_s;
    s.teamId = u"team-north"_s;
    s.displayName = u"Priya"_s;
    s.email = u"priya@example.org"_s;
    return s;
}

inline Allocation allocation(const QString &yp, const QString &pa)
{
    Allocation a;
    a.id = newId();
    a.youngPersonId = yp;
    a.staffId = pa;
    a.from = QDate(2025, 6, 1);
    a.allocatedBy = pa;
    a.reason = u"new PA"_s;
    return a;
}

inline PlanSection planSection(const QString &yp)
{
    PlanSection s;
    s.id = newId();
    s.youngPersonId = yp;
    s.area = PlanArea::ContactAndSupport;
    s.goal = u"Keep in touch every month"_s;
    s.ownWords = u"I like texts better than calls"_s;
    s.updatedBy = yp;
    return s;
}

inline PlanAction planAction(const QString &yp)
{
    PlanAction a;
    a.id = newId();
    a.youngPersonId = yp;
    a.what = u"Open a bank account"_s;
    a.who = u"me"_s;
    a.byWhen = QDate(2026, 3, 1);
    return a;
}

inline PlanReview planReview(const QString &yp, const QString &pa)
{
    PlanReview r;
    r.id = newId();
    r.youngPersonId = yp;
    r.heldOn = QDate(2025, 11, 3);
    r.outcome = u"Plan updated"_s;
    r.youngPersonTookPart = true;
    r.youngPersonViews = u"Happy with it"_s;
    r.nextReviewDue = PlanReview::defaultNextReviewDue(r.heldOn);
    r.reviewedBy = pa;
    return r;
}

inline HealthEntry healthEntry(const QString &yp)
{
    HealthEntry h;
    h.id = newId();
    h.youngPersonId = yp;
    h.title = u"GP registration"_s;
    h.details = u"Registered at the new practice"_s;
    h.date = QDate(2025, 10, 1);
    h.addedBy = yp;
    return h;
}

inline HealthHandover healthHandover(const QString &yp, const QString &pa)
{
    HealthHandover h;
    h.id = newId();
    h.youngPersonId = yp;
    h.consentToShare = true;
    h.handedOverOn = QDate(2025, 5, 20);
    h.youngPersonHasCopy = true;
    h.handedOverBy = pa;
    h.notes = u"Summary given"_s;
    return h;
}

inline OfferItem offerItem()
{
    OfferItem o;
    o.id = newId();
    o.authorityId = u"la-1"_s;
    o.title = u"Setting up home grant"_s;
    o.plainDescription = u"Money to buy things for your first home."_s;
    o.howToClaim = u"Ask your PA."_s;
    o.amountPence = 300000;
    o.amountPeriod = u"once"_s;
    o.category = u"money"_s;
    return o;
}

inline Entitlement entitlement(const QString &yp, const QString &offer)
{
    Entitlement e;
    e.id = newId();
    e.youngPersonId = yp;
    e.offerItemId = offer;
    e.status = EntitlementStatus::Asked;
    e.statusSince = QDate(2025, 9, 1);
    e.notes = u"Asked in September"_s;
    return e;
}

inline DocumentItem document(const QString &yp)
{
    DocumentItem d;
    d.id = newId();
    d.youngPersonId = yp;
    d.kind = DocumentKind::NiNumber;
    d.status = DocumentStatus::Applied;
    d.dueDate = QDate(2026, 2, 1);
    d.notes = u"Applied online"_s;
    return d;
}

inline ContactLog contactLog(const QString &yp, const QString &pa, const QDateTime &at, const QString &notes = {})
{
    ContactLog c;
    c.id = newId();
    c.youngPersonId = yp;
    c.staffId = pa;
    c.at = at;
    c.kind = ContactKind::Visit;
    c.successful = true;
    c.seenAlone = true;
    c.location = u"home"_s;
    c.notes = notes.isEmpty() ? u"Visited at home; all well."_s : notes;
    c.wellbeing = 4;
    return c;
}

inline ContactAmendment contactAmendment(const QString &yp, const QString &logId, const QString &pa)
{
    ContactAmendment a;
    a.id = newId();
    a.youngPersonId = yp;
    a.contactLogId = logId;
    a.amendedBy = pa;
    a.amendedAt = QDateTime(QDate(2025, 11, 2), QTime(9, 0), Qt::UTC);
    a.reason = u"Wrong location"_s;
    a.changes = QJsonObject {{u"location"_s, u"office"_s}};
    return a;
}

inline ContactRequest contactRequest(const QString &yp)
{
    ContactRequest r;
    r.id = newId();
    r.youngPersonId = yp;
    r.requestedAt = QDateTime(QDate(2025, 11, 1), QTime(18, 30), Qt::UTC);
    r.urgency = RequestUrgency::WhenConvenient;
    r.message = u"Can we talk about college?"_s;
    return r;
}

inline ChronologyEvent chronologyEvent(const QString &yp, const QString &pa)
{
    ChronologyEvent e;
    e.id = newId();
    e.youngPersonId = yp;
    e.date = QDate(2025, 7, 1);
    e.kind = ChronologyKind::Other;
    e.summary = u"Started college"_s;
    e.recordedBy = pa;
    return e;
}

} // namespace Pathway::TestUtil

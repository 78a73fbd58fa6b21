// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/evaluator.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Pathway::Test {

/** Builds one young person's records for rule tests: a "quiet" case that raises no alert, then changes. */
struct CaseBuilder
{
    CaseRecords r;
    QDateTime now;
    int counter = 0;

    /** 19 years old on `today`; allocated; contacted 10 days ago and in the last birthday window; all in order. */
    explicit CaseBuilder(QDate today = QDate(2026, 1, 1), QDate dob = QDate(2006, 6, 15))
        : now(today, QTime(12, 0), Qt::UTC)
    {
        r.youngPerson.id = u"yp1"_s;
        r.youngPerson.authorityId = u"la"_s;
        r.youngPerson.displayName = u"Sam"_s;
        r.youngPerson.dateOfBirth = dob;
        allocate(u"pa1"_s, QDate(2022, 1, 1));
        contact(today.addDays(-10));
        int age = 0;
        while (dob.addYears(age + 1) <= today) {
            ++age;
        }
        contact(dob.addYears(age)); // in the latest SSDA903 birthday window
        review(today.addDays(-30));
        HealthHandover h;
        h.id = u"h1"_s;
        h.youngPersonId = r.youngPerson.id;
        h.consentToShare = true;
        h.handedOverOn = dob.addYears(17);
        h.youngPersonHasCopy = true;
        r.handover = h;
        document(DocumentKind::Passport, DocumentStatus::Have, today.addYears(5));
        document(DocumentKind::NiNumber, DocumentStatus::Have);
        document(DocumentKind::BankAccount, DocumentStatus::Have);
    }

    QString nextId(const QString &prefix) { return prefix + QString::number(++counter); }

    Allocation &allocate(const QString &staff, QDate from, std::optional<QDate> until = std::nullopt)
    {
        Allocation a;
        a.id = nextId(u"alloc"_s);
        a.youngPersonId = r.youngPerson.id;
        a.staffId = staff;
        a.from = from;
        a.until = until;
        r.allocations.append(a);
        return r.allocations.last();
    }

    ContactLog &contact(QDate day, ContactKind kind = ContactKind::Visit, bool successful = true)
    {
        ContactLog c;
        c.id = nextId(u"contact"_s);
        c.youngPersonId = r.youngPerson.id;
        c.staffId = u"pa1"_s;
        c.at = QDateTime(day, QTime(10, 0), Qt::UTC);
        c.kind = kind;
        c.successful = successful;
        c.notes = u"Talked about college"_s;
        r.contacts.append(c);
        return r.contacts.last();
    }

    PlanReview &review(QDate heldOn, QDate nextDue = {})
    {
        PlanReview p;
        p.id = nextId(u"review"_s);
        p.youngPersonId = r.youngPerson.id;
        p.heldOn = heldOn;
        p.nextReviewDue = nextDue.isValid() ? nextDue : heldOn.addMonths(6);
        r.reviews.append(p);
        return r.reviews.last();
    }

    ChronologyEvent &event(QDate day, ChronologyKind kind, bool authorityProvided = false)
    {
        ChronologyEvent e;
        e.id = nextId(u"event"_s);
        e.youngPersonId = r.youngPerson.id;
        e.date = day;
        e.kind = kind;
        e.authorityProvided = authorityProvided;
        e.accommodationType = authorityProvided ? u"D"_s : u"B"_s;
        r.events.append(e);
        return r.events.last();
    }

    DocumentItem &document(DocumentKind kind, DocumentStatus status, std::optional<QDate> expires = std::nullopt)
    {
        DocumentItem d;
        d.id = nextId(u"doc"_s);
        d.youngPersonId = r.youngPerson.id;
        d.kind = kind;
        d.status = status;
        d.expiresOn = expires;
        r.documents.append(d);
        return r.documents.last();
    }

    ContactRequest &request(const QDateTime &at, RequestUrgency urgency)
    {
        ContactRequest q;
        q.id = nextId(u"request"_s);
        q.youngPersonId = r.youngPerson.id;
        q.requestedAt = at;
        q.urgency = urgency;
        q.message = u"Can we meet?"_s;
        r.requests.append(q);
        return r.requests.last();
    }

    ActivityPeriod &activity(QDate from, const QString &code)
    {
        ActivityPeriod a;
        a.id = nextId(u"activity"_s);
        a.youngPersonId = r.youngPerson.id;
        a.from = from;
        a.code = code;
        r.activities.append(a);
        return r.activities.last();
    }

    AccommodationPeriod &accommodation(QDate from, const QString &type, bool suitable)
    {
        AccommodationPeriod h;
        h.id = nextId(u"home"_s);
        h.youngPersonId = r.youngPerson.id;
        h.from = from;
        h.type = type;
        h.suitable = suitable;
        r.accommodations.append(h);
        return r.accommodations.last();
    }

    void clearContacts() { r.contacts.clear(); }
    void clearDocuments() { r.documents.clear(); }

    QList<Alert> alerts(const AlertSettings &settings = {}) const { return evaluate(r, now, settings); }
    QList<Alert> alerts(const char *rule, const AlertSettings &settings = {}) const
    {
        QList<Alert> out;
        for (const auto &a : alerts(settings)) {
            if (a.ruleCode == QLatin1StringView(rule)) {
                out.append(a);
            }
        }
        return out;
    }
    void setToday(QDate day) { now = QDateTime(day, QTime(12, 0), Qt::UTC); }
};

inline QString tierOrNone(const QList<Alert> &alerts)
{
    return alerts.isEmpty() ? u"none"_s : toCode(alerts.first().tier);
}

} // namespace Pathway::Test

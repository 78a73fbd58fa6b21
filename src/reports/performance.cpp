// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "performance.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

struct FigureCode
{
    PerformanceFigure figure;
    const char *code;
};

constexpr FigureCode FigureCodes[] = {
    {PerformanceFigure::RecentContact, "recent_contact"},
    {PerformanceFigure::PlanReviewed, "plan_reviewed"},
    {PerformanceFigure::HealthBy18, "health_by_18"},
    {PerformanceFigure::IdAndBankBy18, "id_and_bank_by_18"},
    {PerformanceFigure::Neet, "neet"},
    {PerformanceFigure::InTouch, "in_touch"},
    {PerformanceFigure::Unallocated, "unallocated"},
    {PerformanceFigure::Caseload, "caseload"},
};

bool held(const CaseFacts &f, DocumentKind k)
{
    return f.documents.value(k, DocumentStatus::Missing) == DocumentStatus::Have;
}

bool notNeeded(const CaseFacts &f, DocumentKind k)
{
    return f.documents.value(k, DocumentStatus::Missing) == DocumentStatus::NotNeeded;
}

/** As the missing-ID alert reads it: photo ID (passport or provisional licence) and a bank account, or not needed. */
bool hasIdAndBank(const CaseFacts &f)
{
    const bool photo = held(f, DocumentKind::Passport) || held(f, DocumentKind::ProvisionalLicence)
        || (notNeeded(f, DocumentKind::Passport) && notNeeded(f, DocumentKind::ProvisionalLicence));
    const bool bank = held(f, DocumentKind::BankAccount) || notNeeded(f, DocumentKind::BankAccount);
    return photo && bank;
}

template<typename T, typename DayOf> QList<T> upTo(const QList<T> &all, const QDate &day, DayOf dayOf)
{
    QList<T> out;
    for (const T &r : all) {
        if (dayOf(r) <= day)
            out.append(r);
    }
    return out;
}

} // namespace

QString toCode(PerformanceFigure f)
{
    for (const FigureCode &c : FigureCodes) {
        if (c.figure == f)
            return QString::fromLatin1(c.code);
    }
    return {};
}

std::optional<PerformanceFigure> performanceFigureFromCode(const QString &code)
{
    for (const FigureCode &c : FigureCodes) {
        if (code == QLatin1String(c.code))
            return c.figure;
    }
    return std::nullopt;
}

QList<PerformanceFigure> allPerformanceFigures()
{
    QList<PerformanceFigure> out;
    for (const FigureCode &c : FigureCodes)
        out.append(c.figure);
    return out;
}

bool isShareFigure(PerformanceFigure f)
{
    return f != PerformanceFigure::Unallocated && f != PerformanceFigure::Caseload;
}

std::optional<double> FigureValue::share() const
{
    if (outOf.isEmpty())
        return std::nullopt;
    return double(counted.size()) / double(outOf.size());
}

QList<QDate> Performance::reportingDays(const QDate &today, int months)
{
    QList<QDate> out;
    for (int back = months - 1; back >= 1; --back) {
        const QDate inMonth = today.addMonths(-back);
        out.append(QDate(inMonth.year(), inMonth.month(), inMonth.daysInMonth()));
    }
    if (months > 0)
        out.append(today);
    return out;
}

CaseRecords Performance::asOf(const CaseRecords &records, const QDate &day)
{
    CaseRecords r;
    r.youngPerson = records.youngPerson;
    r.allocations = upTo(records.allocations, day, [](const Allocation &a) { return a.from; });
    // Amendments say what really happened (an `at` corrected, a contact entered in error), so
    // they apply before the contacts are cut at the day.
    r.contacts = upTo(amendedContacts(records), day, [](const ContactLog &c) { return c.at.toUTC().date(); });
    r.reviews = upTo(records.reviews, day, [](const PlanReview &v) { return v.heldOn; });
    r.events = upTo(records.events, day, [](const ChronologyEvent &e) { return e.date; });
    r.requests = upTo(records.requests, day, [](const ContactRequest &q) { return q.requestedAt.toUTC().date(); });
    r.activities = upTo(records.activities, day, [](const ActivityPeriod &a) { return a.from; });
    r.accommodations = upTo(records.accommodations, day, [](const AccommodationPeriod &a) { return a.from; });
    r.inTouch = upTo(records.inTouch, day, [](const InTouchRecord &t) { return t.on; });
    r.handover = records.handover;
    if (r.handover && r.handover->handedOverOn && *r.handover->handedOverOn > day) {
        r.handover->handedOverOn.reset();
        r.handover->format.reset();
        r.handover->youngPersonHasCopy = false;
    }
    for (DocumentItem d : records.documents) {
        if (d.status == DocumentStatus::Have && d.obtainedOn && *d.obtainedOn > day)
            d.status = DocumentStatus::Missing;
        r.documents.append(d);
    }
    return r;
}

PersonStanding Performance::standingOn(const CaseRecords &records, const QDate &day, const AlertThresholds &t)
{
    PersonStanding s;
    const YoungPerson &yp = records.youngPerson;
    s.youngPersonId = yp.id;
    if (yp.legalCategoryOn(day) == LegalCategory::NotACareLeaver)
        return s;
    const CaseRecords then = asOf(records, day);
    const CaseFacts facts = caseFactsFrom(then, day, t);
    s.paId = facts.currentPaId;

    s.figures.insert(PerformanceFigure::RecentContact,
                     facts.lastContactAt && facts.lastContactAt->toUTC().date().daysTo(day) < t.contactOverdueDays);
    s.figures.insert(PerformanceFigure::PlanReviewed,
                     facts.lastReviewOn && *facts.lastReviewOn >= day.addMonths(-t.reviewIntervalMonths));

    // "By 18": the alert rules' own due days, and the facts as they stood on that day.
    const QDate healthDue = yp.dateOfBirth.addMonths(t.healthOverdueAgeMonths);
    if (healthDue <= day)
        s.figures.insert(PerformanceFigure::HealthBy18,
                         caseFactsFrom(asOf(records, healthDue), healthDue, t).healthHandedOver);
    const QDate idDue = yp.dateOfBirth.addYears(t.idCheckAgeYears);
    if (idDue <= day)
        s.figures.insert(PerformanceFigure::IdAndBankBy18, hasIdAndBank(caseFactsFrom(asOf(records, idDue), idDue, t)));

    if (activityOn(then.activities, day))
        s.figures.insert(PerformanceFigure::Neet, facts.neetSince.has_value());

    const QList<InTouchWindow> windows = closedInTouchWindows(yp.dateOfBirth, day, t);
    if (!windows.isEmpty()) {
        const InTouchWindow &latest
            = *std::max_element(windows.begin(), windows.end(),
                                [](const InTouchWindow &a, const InTouchWindow &b) { return a.age < b.age; });
        s.figures.insert(PerformanceFigure::InTouch,
                         inTouchCode(latest.first, latest.last, then.contacts, then.inTouch) == "YES"_L1);
    }

    s.figures.insert(PerformanceFigure::Unallocated, s.paId.isEmpty());
    s.figures.insert(PerformanceFigure::Caseload, !s.paId.isEmpty());
    return s;
}

QMap<PerformanceFigure, FigureValue> Performance::figures(const QList<PersonStanding> &standings, const QString &paId)
{
    QMap<PerformanceFigure, FigureValue> out;
    for (PerformanceFigure f : allPerformanceFigures()) {
        if (f == PerformanceFigure::Unallocated && !paId.isEmpty())
            continue; // nobody allocated to a PA is unallocated
        out.insert(f, {});
    }
    for (const PersonStanding &s : standings) {
        if (!paId.isEmpty() && s.paId != paId)
            continue;
        for (auto it = s.figures.cbegin(); it != s.figures.cend(); ++it) {
            const auto value = out.find(it.key());
            if (value == out.end())
                continue;
            if (it.value())
                value->counted.append(s.youngPersonId);
            if (isShareFigure(it.key()) || it.value())
                value->outOf.append(s.youngPersonId);
        }
    }
    for (FigureValue &v : out) {
        v.counted.sort();
        v.outOf.sort();
    }
    return out;
}

QList<PerformancePoint> Performance::series(const QList<CaseRecords> &people,
                                            const QDate &today,
                                            const QString &paId,
                                            const AlertSettings &settings,
                                            int months)
{
    QList<PerformancePoint> out;
    for (const QDate &day : reportingDays(today, months)) {
        QList<PersonStanding> standings;
        standings.reserve(people.size());
        for (const CaseRecords &r : people)
            standings.append(standingOn(r, day, settings.forYoungPerson(r.youngPerson.id)));
        out.append({day, figures(standings, paId)});
    }
    return out;
}

} // namespace Pathway

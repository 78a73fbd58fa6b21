// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "annexa.h"

#include "domain/circumstances.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

QString genderText(const QString &code)
{
    if (code == "male"_L1)
        return u"Male"_s;
    if (code == "female"_L1)
        return u"Female"_s;
    if (code == "other"_L1)
        return u"Other"_s;
    if (code == "not_known"_L1)
        return u"Not known"_s;
    return {};
}

QString yesNo(bool value)
{
    return value ? u"Yes"_s : u"No"_s;
}

QString categoryText(LegalCategory c)
{
    switch (c) {
    case LegalCategory::Relevant:
        return u"Relevant"_s;
    case LegalCategory::FormerRelevant:
        return u"Former relevant"_s;
    case LegalCategory::Qualifying:
        return u"Qualifying"_s;
    case LegalCategory::Eligible:
    case LegalCategory::NotACareLeaver:
        break;
    }
    return {};
}

QDate latestContactOnOrBefore(const QList<ContactLog> &contacts, const QDate &day)
{
    QDate out;
    for (const ContactLog &c : contacts) {
        const QDate d = c.at.toUTC().date();
        if (c.countsAsContact() && d <= day && (!out.isValid() || d > out))
            out = d;
    }
    return out;
}

QDate latestReviewOnOrBefore(const QList<PlanReview> &reviews, const QDate &day)
{
    QDate out;
    for (const PlanReview &r : reviews) {
        if (r.heldOn.isValid() && r.heldOn <= day && (!out.isValid() || r.heldOn > out))
            out = r.heldOn;
    }
    return out;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(u"dd/MM/yyyy"_s) : QString();
}

/** One CSV field: quoted when it must be, and never read as a formula. */
QString csvField(QString text)
{
    if (!text.isEmpty() && (text[0] == u'=' || text[0] == u'+' || text[0] == u'-' || text[0] == u'@'))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

} // namespace

std::optional<AnnexARow>
AnnexA::rowFor(const ReturnRecords &r, const QHash<QString, AnnexAStaff> &staff, const QDate &asOf)
{
    const YoungPerson &yp = r.youngPerson;
    const QString category = categoryText(yp.legalCategoryOn(asOf));
    if (category.isEmpty())
        return std::nullopt;
    AnnexARow row;
    row.child = yp.caseSystemRef.isEmpty() ? yp.id : yp.caseSystemRef;
    row.gender = genderText(yp.gender);
    row.ethnicity = yp.ethnicity;
    row.dateOfBirth = yp.dateOfBirth;
    row.age = yp.ageOn(asOf);
    row.disability = yp.disability ? yesNo(*yp.disability) : QString();
    row.uasc = yesNo(yp.uasc);
    if (const auto a = currentAllocation(r.allocations, asOf)) {
        const AnnexAStaff pa = staff.value(a->staffId);
        row.allocatedTeam = pa.team;
        row.allocatedPa = pa.name.isEmpty() ? a->staffId : pa.name;
        row.allocatedWorker = row.allocatedPa;
    }
    row.eligibility = category;
    row.inTouch = inTouchCode(asOf.addMonths(-InTouchMonths), asOf, r.contacts, r.inTouch);
    row.latestPlanReview = latestReviewOnOrBefore(r.reviews, asOf);
    row.latestContact = latestContactOnOrBefore(r.contacts, asOf);
    if (const auto h = accommodationOn(r.accommodations, asOf)) {
        row.accommodationType = h->type;
        row.suitability = h->suitable && h->type != "S"_L1 && h->type != "X"_L1 ? u"Suitable"_s : u"Unsuitable"_s;
    }
    if (const auto a = activityOn(r.activities, asOf))
        row.activity = a->code;
    return row;
}

QList<AnnexARow>
AnnexA::rows(const QList<ReturnRecords> &people, const QHash<QString, AnnexAStaff> &staff, const QDate &asOf)
{
    QList<AnnexARow> out;
    for (const ReturnRecords &r : people) {
        if (auto row = rowFor(r, staff, asOf))
            out.append(std::move(*row));
    }
    std::sort(out.begin(), out.end(), [](const AnnexARow &a, const AnnexARow &b) { return a.child < b.child; });
    return out;
}

QStringList AnnexA::headers()
{
    return {u"Child ID"_s,
            u"Gender"_s,
            u"Ethnicity"_s,
            u"Date of birth"_s,
            u"Age"_s,
            u"Disability"_s,
            u"UASC"_s,
            u"Allocated team"_s,
            u"Allocated worker"_s,
            u"Allocated PA"_s,
            u"Eligibility category"_s,
            u"In touch"_s,
            u"Latest pathway plan review date"_s,
            u"Latest contact date"_s,
            u"Accommodation type"_s,
            u"Suitability of accommodation"_s,
            u"Activity"_s};
}

QStringList AnnexA::cells(const AnnexARow &r)
{
    return {r.child,
            r.gender,
            r.ethnicity,
            dateText(r.dateOfBirth),
            QString::number(r.age),
            r.disability,
            r.uasc,
            r.allocatedTeam,
            r.allocatedWorker,
            r.allocatedPa,
            r.eligibility,
            r.inTouch,
            dateText(r.latestPlanReview),
            dateText(r.latestContact),
            r.accommodationType,
            r.suitability,
            r.activity};
}

QByteArray AnnexA::csv(const QList<AnnexARow> &rows)
{
    auto line = [](const QStringList &fields) -> QByteArray {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted.append(csvField(f));
        return quoted.join(u',').toUtf8() + "\r\n";
    };
    QByteArray out = line(headers());
    for (const AnnexARow &r : rows)
        out += line(cells(r));
    return out;
}

QString AnnexA::fileName(const QDate &asOf, const QString &extension)
{
    return u"annex-a-list-9-"_s + asOf.toString(Qt::ISODate) + u'.' + extension;
}

} // namespace Pathway

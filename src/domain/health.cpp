// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "health.h"

#include "checks.h"
#include "jsonutil.h"

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

constexpr std::array healthKindCodes {
    u"birth_details",   u"family_history",   u"development",  u"immunisation",  u"allergy",       u"medicine",
    u"illness",         u"hospital_visit",   u"dental_check", u"optical_check", u"mental_health", u"gp_contact",
    u"dentist_contact", u"optician_contact", u"nhs_guidance", u"appointment",   u"note",
};
constexpr std::array handoverFormatCodes {u"paper", u"digital", u"both"};

} // namespace

QString toCode(HealthKind k)
{
    return Json::codeOf(healthKindCodes, k);
}

std::optional<HealthKind> healthKindFromCode(const QString &code)
{
    return Json::enumFromCode<HealthKind>(healthKindCodes, code);
}

QString toCode(HandoverFormat f)
{
    return Json::codeOf(handoverFormatCodes, f);
}

std::optional<HandoverFormat> handoverFormatFromCode(const QString &code)
{
    return Json::enumFromCode<HandoverFormat>(handoverFormatCodes, code);
}

QList<HandoverFormat> allHandoverFormats()
{
    return Json::allOf<HandoverFormat>(handoverFormatCodes);
}

// ---- HealthEntry ----------------------------------------------------------------------

QJsonObject HealthEntry::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"youngPersonId"_s, youngPersonId);
    w.put(u"kind"_s, toCode(kind));
    w.put(u"title"_s, title);
    w.putIfNotEmpty(u"details"_s, details);
    w.putOptional(u"date"_s, date);
    w.putIfNotEmpty(u"addedBy"_s, addedBy);
    w.put(u"deleted"_s, deleted);
    return w.result();
}

std::optional<HealthEntry> HealthEntry::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    HealthEntry e;
    e.id = r.string(u"id"_s);
    e.youngPersonId = r.string(u"youngPersonId"_s);
    e.kind = r.enumeration(u"kind"_s, healthKindFromCode, HealthKind::Note);
    e.title = r.string(u"title"_s);
    e.details = r.string(u"details"_s);
    e.date = r.optionalDate(u"date"_s);
    e.addedBy = r.string(u"addedBy"_s);
    e.deleted = r.boolean(u"deleted"_s);
    if (!r.ok())
        return std::nullopt;
    return e;
}

ValidationErrors HealthEntry::validate() const
{
    Checks::Collector c;
    c.required(u"id"_s, id);
    c.required(u"youngPersonId"_s, youngPersonId);
    c.required(u"title"_s, title);
    c.maxLength(u"title"_s, title, MaxShortText);
    c.maxLength(u"details"_s, details, MaxLongText);
    c.maxLength(u"addedBy"_s, addedBy, MaxShortText);
    return c.errors();
}

ValidationErrors HealthEntry::validateAt(const QDateTime &now) const
{
    Checks::Collector c;
    if (kind != HealthKind::Appointment)
        c.notAfter(u"date"_s, date, now.toUTC().date());
    return validate() + c.errors();
}

// ---- HealthHandover -------------------------------------------------------------------

QJsonObject HealthHandover::toJson() const
{
    Json::Writer w;
    w.put(u"id"_s, id);
    w.put(u"youngPersonId"_s, youngPersonId);
    w.put(u"consentToShare"_s, consentToShare);
    w.putOptional(u"handedOverOn"_s, handedOverOn);
    if (format)
        w.put(u"format"_s, toCode(*format));
    w.put(u"youngPersonHasCopy"_s, youngPersonHasCopy);
    w.putIfNotEmpty(u"handedOverBy"_s, handedOverBy);
    w.putIfNotEmpty(u"notes"_s, notes);
    return w.result();
}

std::optional<HealthHandover> HealthHandover::fromJson(const QJsonObject &json)
{
    Json::Reader r(json);
    HealthHandover h;
    h.id = r.string(u"id"_s);
    h.youngPersonId = r.string(u"youngPersonId"_s);
    h.consentToShare = r.boolean(u"consentToShare"_s);
    h.handedOverOn = r.optionalDate(u"handedOverOn"_s);
    if (r.has(u"format"_s))
        h.format = r.enumeration(u"format"_s, handoverFormatFromCode, HandoverFormat::Paper);
    h.youngPersonHasCopy = r.boolean(u"youngPersonHasCopy"_s);
    h.handedOverBy = r.string(u"handedOverBy"_s);
    h.notes = r.string(u"notes"_s);
    if (!r.ok())
        return std::nullopt;
    return h;
}

ValidationErrors HealthHandover::validate() const
{
    Checks::Collector c;
    c.required(u"id"_s, id);
    c.required(u"youngPersonId"_s, youngPersonId);
    c.maxLength(u"handedOverBy"_s, handedOverBy, MaxShortText);
    c.maxLength(u"notes"_s, notes, MaxLongText);
    // Having a copy, or someone having handed it over, means it was handed over on some day.
    c.combination(u"youngPersonHasCopy"_s, youngPersonHasCopy && !handedOverOn);
    c.combination(u"handedOverBy"_s, !handedOverBy.isEmpty() && !handedOverOn);
    c.combination(u"format"_s, format.has_value() && !handedOverOn);
    return c.errors();
}

ValidationErrors HealthHandover::validateAt(const QDateTime &now) const
{
    Checks::Collector c;
    c.notAfter(u"handedOverOn"_s, handedOverOn, now.toUTC().date());
    return validate() + c.errors();
}

} // namespace Pathway

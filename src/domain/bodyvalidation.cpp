// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "bodyvalidation.h"

#include "authority.h"
#include "chronology.h"
#include "circumstances.h"
#include "contact.h"
#include "documents.h"
#include "health.h"
#include "localoffer.h"
#include "people.h"
#include "plan.h"
#include "record.h"

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

/** A value no field of any type reads as itself: a string where a boolean, number, date, list or code belongs. */
const QString probeValue = u"\u0001"_s;

/** `body` with `value` at `key`, or at `key`.`nested` when `nested` is given. */
QJsonObject withValue(QJsonObject body, const QString &key, const QString &nested, const QJsonValue &value)
{
    if (nested.isEmpty()) {
        body.insert(key, value);
        return body;
    }
    QJsonObject inner = body.value(key).toObject();
    inner.insert(nested, value);
    body.insert(key, inner);
    return body;
}

/** `body` without `key` (or `key`.`nested`). */
QJsonObject without(QJsonObject body, const QString &key, const QString &nested = {})
{
    if (nested.isEmpty()) {
        body.remove(key);
        return body;
    }
    QJsonObject inner = body.value(key).toObject();
    inner.remove(nested);
    body.insert(key, inner);
    return body;
}

/**
 * Whether type T reads `key` (or `key`.`nested`): with a probe value there, either the body no
 * longer reads, or the probe is written back. A key T ignores changes neither.
 */
template<DomainRecord T> bool reads(const QJsonObject &body, const QString &key, const QString &nested = {})
{
    const auto probed = T::fromJson(withValue(body, key, nested, probeValue));
    if (!probed)
        return true;
    const QJsonObject out = probed->toJson();
    return nested.isEmpty() ? out.contains(key) : out.value(key).toObject().contains(nested);
}

/** The field that stops `body` from reading as T: the first whose removal lets it read. */
template<DomainRecord T> QString unreadableField(const QJsonObject &body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!T::fromJson(without(body, it.key())))
            continue;
        const QJsonObject inner = it.value().toObject();
        for (auto in = inner.begin(); in != inner.end(); ++in) {
            if (T::fromJson(without(body, it.key(), in.key())))
                return it.key() + u'.' + in.key();
        }
        return it.key();
    }
    // Several fields are wrong: report the first of them.
    QJsonObject rest = body;
    for (const QString &key : body.keys()) {
        rest.remove(key);
        if (T::fromJson(rest))
            return key;
    }
    return body.keys().value(0);
}

/** The first key of `body` (or of `body`.`parent`) that T does not have; empty when there is none. */
template<DomainRecord T> QString unknownField(const QJsonObject &body, const QJsonObject &canonical)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.value().isNull())
            continue; // null: cleared, whatever the key
        if (!canonical.contains(it.key())) {
            if (!reads<T>(body, it.key()))
                return it.key();
            continue;
        }
        if (!it.value().isObject())
            continue;
        const QJsonObject inner = it.value().toObject();
        const QJsonObject innerCanonical = canonical.value(it.key()).toObject();
        for (auto in = inner.begin(); in != inner.end(); ++in) {
            if (!in.value().isNull() && !innerCanonical.contains(in.key()) && !reads<T>(body, it.key(), in.key()))
                return it.key() + u'.' + in.key();
        }
    }
    return {};
}

template<DomainRecord T>
ValidationErrors validateAs(const QString &recordId, const QString &ownerId, QJsonObject body, const QDateTime &now)
{
    const QString deleted = u"deleted"_s;
    if (body.contains(deleted)) {
        if (!body.value(deleted).isBool())
            return {{u"invalid_type"_s, deleted}};
        body.remove(deleted);
    }
    const std::optional<T> parsed = T::fromJson(body);
    if (!parsed)
        return {{u"invalid_type"_s, unreadableField<T>(body)}};
    if (const QString unknown = unknownField<T>(body, parsed->toJson()); !unknown.isEmpty())
        return {{u"unknown_field"_s, unknown}};
    ValidationErrors errors;
    if (parsed->id != recordId)
        errors.append({u"invalid_combination"_s, u"id"_s});
    if (parsed->ownerId() != ownerId)
        errors.append({u"invalid_combination"_s, body.contains(u"youngPersonId"_s) ? u"youngPersonId"_s : u"id"_s});
    return errors + validateRecordAt(*parsed, now);
}

} // namespace

ValidationErrors validateRecordBody(const QString &recordType,
                                    const QString &recordId,
                                    const QString &ownerId,
                                    const QJsonObject &body,
                                    const QDateTime &now)
{
    using Validator = ValidationErrors (*)(const QString &, const QString &, QJsonObject, const QDateTime &);
    struct Entry
    {
        const char *type;
        Validator validate;
    };
    static constexpr Entry table[] = {
        {YoungPerson::recordType, &validateAs<YoungPerson>},
        {StaffMember::recordType, &validateAs<StaffMember>},
        {Allocation::recordType, &validateAs<Allocation>},
        {PlanSection::recordType, &validateAs<PlanSection>},
        {PlanAction::recordType, &validateAs<PlanAction>},
        {PlanReview::recordType, &validateAs<PlanReview>},
        {HealthEntry::recordType, &validateAs<HealthEntry>},
        {HealthHandover::recordType, &validateAs<HealthHandover>},
        {OfferItem::recordType, &validateAs<OfferItem>},
        {Entitlement::recordType, &validateAs<Entitlement>},
        {DocumentItem::recordType, &validateAs<DocumentItem>},
        {ContactLog::recordType, &validateAs<ContactLog>},
        {ContactAmendment::recordType, &validateAs<ContactAmendment>},
        {ContactRequest::recordType, &validateAs<ContactRequest>},
        {ChronologyEvent::recordType, &validateAs<ChronologyEvent>},
        {AuthoritySettings::recordType, &validateAs<AuthoritySettings>},
        {ActivityPeriod::recordType, &validateAs<ActivityPeriod>},
        {AccommodationPeriod::recordType, &validateAs<AccommodationPeriod>},
        {InTouchRecord::recordType, &validateAs<InTouchRecord>},
    };
    for (const Entry &e : table) {
        if (recordType == QLatin1StringView(e.type))
            return e.validate(recordId, ownerId, body, now);
    }
    return {{u"unknown_record_type"_s, u"recordType"_s}};
}

} // namespace Pathway

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// The record validators: every record type's fromJson() and validate()/validateAt() on any JSON
// object. What parses keeps its meaning through toJson() and back, and validates the same way.
#include "fuzzcheck.h"

#include "domain/authority.h"
#include "domain/chronology.h"
#include "domain/contact.h"
#include "domain/documents.h"
#include "domain/health.h"
#include "domain/localoffer.h"
#include "domain/people.h"
#include "domain/plan.h"
#include "domain/record.h"

#include <QJsonObject>

using namespace Pathway;

namespace {

template<typename T> void fuzzType(const QJsonObject &json)
{
    const std::optional<T> record = T::fromJson(json);
    if (!record) {
        return;
    }
    const QJsonObject written = record->toJson();
    const std::optional<T> again = T::fromJson(written);
    Fuzz::check(again.has_value(), "a parsed record parses again from its own JSON");
    Fuzz::check(again->toJson() == written, "a parsed record's JSON is stable");
    const ValidationErrors errors = record->validate();
    Fuzz::check(again->validate() == errors, "validation does not change through JSON");
    if constexpr (DomainRecord<T>) {
        const QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        const ValidationErrors atNow = validateRecordAt(*record, now);
        for (const ValidationError &e : errors) {
            Fuzz::check(atNow.contains(e), "validateAt() keeps every error of validate()");
        }
        (void)record->ownerId();
    }
}

/** Every synced record type, so the target follows the domain when one is added. */
template<typename... Ts> void fuzzAll(const QJsonObject &json)
{
    (fuzzType<Ts>(json), ...);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonValue json = Fuzz::jsonValue(data, size);
    if (!json.isObject()) {
        return 0;
    }
    fuzzAll<AuthoritySettings, ChronologyEvent, ContactLog, ContactAmendment, ContactRequest, DocumentItem, HealthEntry,
            HealthHandover, OfferItem, Entitlement, YoungPerson, StaffMember, Allocation, PlanSection, PlanAction,
            PlanReview>(json.toObject());
    return 0;
}

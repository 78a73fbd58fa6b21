// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <concepts>
#include <optional>

namespace Pathway {

/**
 * What every synced domain type provides. Stores and sync treat records generically
 * through this: a type name, an id, the young person the record belongs to (empty for
 * authority-wide records such as staff or the local offer), JSON both ways and validation.
 *
 * JSON uses camelCase keys; dates are ISO "yyyy-MM-dd", instants ISO 8601 UTC with "Z";
 * enums are the lower_snake_case codes listed next to each enum. Unknown JSON keys are
 * ignored by fromJson() so older clients survive newer servers.
 */
// clang-format 14 cannot lay out requires-expressions.
// clang-format off
template<typename T>
concept DomainRecord = requires(const T &t, const QJsonObject &json) {
    { T::recordType } -> std::convertible_to<const char *>;
    { t.id } -> std::convertible_to<QString>;
    { t.ownerId() } -> std::convertible_to<QString>;
    { t.toJson() } -> std::same_as<QJsonObject>;
    { T::fromJson(json) } -> std::same_as<std::optional<T>>;
    { t.validate() } -> std::same_as<ValidationErrors>;
};
// clang-format on

/** A new record id: a time-ordered UUID (version 7, without braces), unique and unguessable. */
QString newId();

/**
 * validate() plus the rules that need "now" (dates not in the future), for any record:
 * types with such rules have a validateAt(now) member; the others have none to add.
 */
template<DomainRecord T> ValidationErrors validateRecordAt(const T &record, const QDateTime &now)
{
    if constexpr (requires { record.validateAt(now); })
        return record.validateAt(now);
    else
        return record.validate();
}

} // namespace Pathway

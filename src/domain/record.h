#pragma once

#include "validation.h"

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
template<typename T>
concept DomainRecord = requires(const T &t, const QJsonObject &json) {
    { T::recordType } -> std::convertible_to<const char *>;
    { t.id } -> std::convertible_to<QString>;
    { t.ownerId() } -> std::convertible_to<QString>;
    { t.toJson() } -> std::same_as<QJsonObject>;
    { T::fromJson(json) } -> std::same_as<std::optional<T>>;
    { t.validate() } -> std::same_as<ValidationErrors>;
};

/** A new random record id (UUID without braces). */
QString newId();

} // namespace Pathway

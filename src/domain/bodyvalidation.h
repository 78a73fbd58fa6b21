// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Pathway {

/**
 * Validates a record body received from elsewhere (the server checks every pushed change with
 * it): the body must read as its record type (every value of the right JSON type, code lists,
 * dates that exist), hold no key the type does not have, name the record it is stored as (`id`)
 * and the young person it belongs to (`ownerId()` equal to `ownerId`), and pass the type's own
 * validateRecordAt(now). A JSON null is an absent (cleared) value; `deleted` is the soft-delete
 * flag every stored body may carry.
 *
 * Besides the codes of validation.h, it answers "invalid_type" (a value that does not read as
 * its field: a string where a boolean belongs, a number too large, a date that does not exist),
 * "unknown_field" (a key the type does not have) and "unknown_record_type". An empty list means
 * valid. The first error names the field to report. (The server adds two codes of its own for
 * allocations: "not_a_pa", a staffId that is not a PA of the young person's authority, and
 * "overlap", a period that overlaps another of the same young person.)
 */
ValidationErrors validateRecordBody(const QString &recordType,
                                    const QString &recordId,
                                    const QString &ownerId,
                                    const QJsonObject &body,
                                    const QDateTime &now);

} // namespace Pathway

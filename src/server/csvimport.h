// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"
#include "server/serverstore.h"

#include <QString>
#include <QStringList>

namespace Pathway::Server {

/**
 * CSV import of young people and allocations (docs/server-admin.md lists the columns). Every row
 * is validated first; any error means nothing is imported. Idempotent by case_ref: importing the
 * same file again changes nothing.
 */
struct CsvImportResult
{
    QStringList errors; ///< "line 3: dob: invalid_date" — codes, no row contents
    int created = 0;
    int updated = 0;
    int allocated = 0;
    int unchanged = 0;
    bool ok() const { return errors.isEmpty(); }
};

enum class CsvKind
{
    YoungPeople,
    Allocations
};

CsvImportResult
importCsv(ServerStore &store, const Clock &clock, CsvKind kind, const QString &authorityId, const QByteArray &csv);

/**
 * What allocating a young person to a PA from day `from` does to their allocation periods
 * (`until` is the last allocated day, inclusive). Shared by the CSV import and the admin CLI's
 * `allocate`, so both hand over the same way: the other PA's period ends the day before.
 */
struct AllocationPlan
{
    bool alreadyHeld = false; ///< the PA is allocated on `from` already: nothing to write
    bool blocked = false; ///< a period starts on or after `from`: an earlier one cannot be put before it
    QStringList toEnd; ///< ids of other PAs' periods running on `from`: they end with `until` = from - 1
};

AllocationPlan planAllocation(const QList<AllocationRow> &existing, const QString &staffId, const QDate &from);

/**
 * Carries out a plan that is neither held nor blocked: ends the periods in `toEnd` and adds the
 * PA's period from `from` with `reason`. Change ids derive from `source` and the content, so a
 * repeat is a no-op.
 */
void applyAllocation(ServerStore &store,
                     const Clock &clock,
                     const AllocationPlan &plan,
                     const QString &source,
                     const QString &youngPersonId,
                     const QString &staffId,
                     const QDate &from,
                     const QString &reason);

/** Splits CSV text into rows of fields (RFC 4180 quoting); each row keeps its 1-based line number. */
QList<std::pair<int, QStringList>> parseCsv(const QString &text);

} // namespace Pathway::Server

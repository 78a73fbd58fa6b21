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

/** Splits CSV text into rows of fields (RFC 4180 quoting); each row keeps its 1-based line number. */
QList<std::pair<int, QStringList>> parseCsv(const QString &text);

} // namespace Pathway::Server

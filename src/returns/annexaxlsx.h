// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "annexa.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Pathway {

/**
 * Annex A list 9 as an XLSX workbook (libxlsxwriter): one sheet, a bold header row frozen at the
 * top with a filter, text and numbers as real cells, dates as Excel dates shown dd/mm/yyyy, and
 * each column as wide as its widest cell (within limits). Only the server links it.
 */
class AnnexAXlsx
{
public:
    /** The workbook's bytes, or empty with @p error set when it could not be written. */
    static QByteArray write(const QList<AnnexARow> &rows, const QDate &asOf, QString *error = nullptr);
};

} // namespace Pathway

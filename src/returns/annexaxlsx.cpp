// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "annexaxlsx.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

/** Columns that hold dates: date of birth, latest plan review, latest contact. */
constexpr int DateColumns[] = {3, 12, 13};
constexpr int AgeColumn = 4;
constexpr double MinWidth = 8;
constexpr double MaxWidth = 40;
constexpr double DateWidth = 12;

bool isDateColumn(int column)
{
    return std::find(std::begin(DateColumns), std::end(DateColumns), column) != std::end(DateColumns);
}

QDate dateIn(const AnnexARow &row, int column)
{
    switch (column) {
    case 3:
        return row.dateOfBirth;
    case 12:
        return row.latestPlanReview;
    case 13:
        return row.latestContact;
    default:
        return {};
    }
}

lxw_datetime excelDate(const QDate &d)
{
    return lxw_datetime {d.year(), d.month(), d.day(), 0, 0, 0};
}

} // namespace

QByteArray AnnexAXlsx::write(const QList<AnnexARow> &rows, const QDate &asOf, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(u"no temporary folder"_s);
    const QByteArray path = QFile::encodeName(dir.filePath(u"annex-a.xlsx"_s));
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE; // rows go straight to disk: an authority of any size fits
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *book = workbook_new_opt(path.constData(), &options);
    if (!book)
        return fail(u"the workbook could not be created"_s);

    const QByteArray title = "Annex A list 9 (care leavers) on " + asOf.toString(Qt::ISODate).toUtf8();
    lxw_doc_properties properties {};
    properties.title = const_cast<char *>(title.constData());
    workbook_set_properties(book, &properties);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "List 9 care leavers");
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");

    const QStringList headers = AnnexA::headers();
    const auto columns = int(headers.size());
    QList<double> widths(columns, MinWidth);
    for (const AnnexARow &row : rows) {
        const QStringList cells = AnnexA::cells(row);
        for (int c = 0; c < columns; ++c)
            widths[c] = std::max(widths[c], double(cells[c].size()) + 2);
    }
    for (int c = 0; c < columns; ++c) {
        const double width = isDateColumn(c) ? DateWidth : std::min(widths[c], MaxWidth);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, isDateColumn(c) ? date : nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(columns - 1));

    lxw_error status = LXW_NO_ERROR;
    for (int c = 0; c < columns && status == LXW_NO_ERROR; ++c)
        status = worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c].toUtf8().constData(), header);
    lxw_row_t r = 1;
    for (const AnnexARow &row : rows) {
        const QStringList cells = AnnexA::cells(row);
        for (int c = 0; c < columns && status == LXW_NO_ERROR; ++c) {
            const auto col = lxw_col_t(c);
            if (isDateColumn(c)) {
                if (const QDate d = dateIn(row, c); d.isValid()) {
                    lxw_datetime when = excelDate(d);
                    status = worksheet_write_datetime(sheet, r, col, &when, date);
                }
            } else if (c == AgeColumn) {
                status = worksheet_write_number(sheet, r, col, row.age, nullptr);
            } else if (!cells[c].isEmpty()) {
                status = worksheet_write_string(sheet, r, col, cells[c].toUtf8().constData(), nullptr);
            }
        }
        ++r;
    }
    const lxw_error closed = workbook_close(book);
    if (status != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(status)));
    if (closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closed)));
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"the workbook could not be read back"_s);
    return file.readAll();
}

} // namespace Pathway

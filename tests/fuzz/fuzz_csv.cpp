// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// The CSV import of young people and allocations, against a real (embedded, encrypted) server
// store with a seeded directory. The parser's rows survive being written out quoted and read
// again; an import with any error imports nothing.
#include "fuzzcheck.h"

#include "server/csvimport.h"
#include "serverfixture.h"

using namespace Pathway;
using namespace Pathway::Server;

namespace {

QString quoted(const QList<std::pair<int, QStringList>> &rows)
{
    QString out;
    for (const auto &[line, fields] : rows) {
        QStringList cells;
        for (QString f : fields) {
            cells.append(QLatin1Char('"') + f.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"'));
        }
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out;
}

QStringList fieldsOf(const QList<std::pair<int, QStringList>> &rows)
{
    QStringList out;
    for (const auto &row : rows) {
        out.append(row.second.join(QChar(0x1f)) + QChar(0x1e) + QString::number(row.second.size()));
    }
    return out;
}

Test::Fixture &fixture()
{
    static Test::Fixture *fx = [] {
        auto *f = new Test::Fixture;
        f->seedDirectory();
        return f;
    }();
    return *fx;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray csv = Fuzz::bytes(data, size);
    const auto rows = parseCsv(QString::fromUtf8(csv));
    for (qsizetype i = 1; i < rows.size(); ++i) {
        Fuzz::check(rows.at(i).first > rows.at(i - 1).first, "row line numbers increase");
    }
    Fuzz::check(fieldsOf(parseCsv(quoted(rows))) == fieldsOf(rows), "quoted rows parse back to the same fields");

    Test::Fixture &fx = fixture();
    for (const CsvKind kind : {CsvKind::YoungPeople, CsvKind::Allocations}) {
        const qsizetype before = fx.store->allRecords().size();
        const CsvImportResult result = importCsv(*fx.store, fx.clock, kind, QStringLiteral("a1"), csv);
        if (!result.ok()) {
            Fuzz::check(fx.store->allRecords().size() == before, "an import with errors imports nothing");
            Fuzz::check(result.created == 0 && result.updated == 0 && result.allocated == 0,
                        "an import with errors reports nothing imported");
        }
    }
    return 0;
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// bench_returns: times Ofsted's Annex A list 9 for 100,000 young people with 10 contact logs each
// (the scaled demo authority): working out the rows, writing the CSV and writing the XLSX, from
// records already in memory (reading them from the server's store is not timed here). Target:
// rows and XLSX together within 10 s. PATHWAY_BENCH_QUICK=1 runs 10,000 young people (CI).
// Prints PASS or MISS; fails only when it cannot run.
#include "domain/demodata.h"
#include "returns/annexaxlsx.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Pathway;

namespace {

constexpr qint64 TargetMs = 10000;
constexpr int ContactsEach = 10;

/** The authority's records grouped per young person, as the server's ReturnsSource gives them. */
QList<ReturnRecords> recordsOf(const DemoAuthority &la)
{
    QHash<QString, qsizetype> index;
    QList<ReturnRecords> out;
    out.reserve(la.youngPeople.size());
    for (const YoungPerson &yp : la.youngPeople) {
        index.insert(yp.id, out.size());
        out.append({yp, {}, {}, {}, {}, {}, {}});
    }
    for (const ContactLog &c : la.contacts)
        out[index.value(c.youngPersonId)].contacts.append(c);
    for (const Allocation &a : la.allocations)
        out[index.value(a.youngPersonId)].allocations.append(a);
    for (const PlanReview &r : la.reviews)
        out[index.value(r.youngPersonId)].reviews.append(r);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const bool quick = qEnvironmentVariable("PATHWAY_BENCH_QUICK") == u"1"_s;
    const int people = quick ? 10000 : 100000;
    const QDate today(2026, 3, 2);
    out << "bench_returns: " << (quick ? "QUICK mode (PATHWAY_BENCH_QUICK=1): " : "") << people << " young people, "
        << ContactsEach << " contact logs each" << Qt::endl;

    const DemoAuthority la = makeScaledAuthority(today, people, ContactsEach, 1);
    const QList<ReturnRecords> records = recordsOf(la);
    QHash<QString, AnnexAStaff> staff;
    for (const StaffMember &s : la.staff)
        staff.insert(s.id, {s.displayName, u"Leaving care"_s});

    QElapsedTimer timer;
    timer.start();
    const QList<AnnexARow> rows = AnnexA::rows(records, staff, today);
    const qint64 rowsMs = timer.restart();
    const QByteArray csv = AnnexA::csv(rows);
    const qint64 csvMs = timer.restart();
    QString error;
    const QByteArray xlsx = AnnexAXlsx::write(rows, today, &error);
    const qint64 xlsxMs = timer.elapsed();
    if (rows.isEmpty() || xlsx.isEmpty()) {
        out << "bench_returns: cannot run: " << (rows.isEmpty() ? u"no care leavers"_s : error) << Qt::endl;
        return 1;
    }
    out << "  Annex A rows: " << rows.size() << " care leavers in " << rowsMs << " ms" << Qt::endl;
    out << "  CSV: " << csv.size() / 1024 << " KiB in " << csvMs << " ms" << Qt::endl;
    out << "  XLSX: " << xlsx.size() / 1024 << " KiB in " << xlsxMs << " ms" << Qt::endl;
    const qint64 total = rowsMs + xlsxMs;
    out << "  Annex A as XLSX for " << people << " young people: " << total << " ms (target " << TargetMs
        << " ms): " << (total <= TargetMs ? "PASS" : "MISS") << (quick ? " (quick workload)" : "") << Qt::endl;
    return 0;
}

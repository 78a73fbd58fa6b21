// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "domain/demodata.h"
#include "returns/annexaxlsx.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {

/** The demo authority's records as the returns read them. */
QList<ReturnRecords> demoRecords(const DemoAuthority &demo)
{
    QList<ReturnRecords> out;
    for (const YoungPerson &yp : demo.youngPeople) {
        ReturnRecords r;
        r.youngPerson = yp;
        for (const ContactLog &c : demo.contacts)
            if (c.youngPersonId == yp.id)
                r.contacts.append(c);
        for (const Allocation &a : demo.allocations)
            if (a.youngPersonId == yp.id)
                r.allocations.append(a);
        for (const PlanReview &v : demo.reviews)
            if (v.youngPersonId == yp.id)
                r.reviews.append(v);
        for (const ActivityPeriod &a : demo.activities)
            if (a.youngPersonId == yp.id)
                r.activities.append(a);
        for (const AccommodationPeriod &h : demo.accommodations)
            if (h.youngPersonId == yp.id)
                r.accommodations.append(h);
        for (const InTouchRecord &t : demo.inTouch)
            if (t.youngPersonId == yp.id)
                r.inTouch.append(t);
        out.append(r);
    }
    return out;
}

/**
 * Reads the workbook back with openpyxl: the sheet's frozen cell, the header row's boldness, each
 * column's width and every cell as {"t": "s"|"n"|"d"|"", "v": value, "f": number format}.
 */
constexpr auto ReadBack = R"(
import json, sys, datetime, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
def cell(c):
    if c.value is None: return {"t": "", "v": None, "f": c.number_format}
    if isinstance(c.value, datetime.datetime): return {"t": "d", "v": c.value.date().isoformat(), "f": c.number_format}
    if isinstance(c.value, (int, float)): return {"t": "n", "v": c.value, "f": c.number_format}
    return {"t": "s", "v": c.value, "f": c.number_format}
print(json.dumps({
    "title": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
    "bold": all(c.font.b for c in ws[1]),
    "widths": [ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i in range(ws.max_column)],
    "rows": [[cell(c) for c in row] for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=17)]}))
)";

QJsonObject readBack(const QString &path)
{
    // Debian's python3 first (python3-openpyxl installs there), then the one on PATH.
    for (const QString &python : {QStandardPaths::findExecutable(u"python3"_s, {u"/usr/bin"_s}),
                                  QStandardPaths::findExecutable(u"python3"_s)}) {
        if (python.isEmpty())
            continue;
        QProcess p;
        p.start(python, {u"-c"_s, QString::fromLatin1(ReadBack), path});
        if (p.waitForFinished(60000) && p.exitCode() == 0)
            return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        qWarning().noquote() << python << "could not read the workbook:" << p.readAllStandardError();
    }
    return {};
}

} // namespace

/** Annex A as XLSX, read back with openpyxl (python3-openpyxl): real cells, dates, a frozen header. */
class TestAnnexAXlsx : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyCellOfAKnownDemoRow()
    {
        const QDate today(2026, 3, 2);
        const DemoAuthority demo = makeDemoAuthority(today);
        QHash<QString, AnnexAStaff> staff;
        for (const StaffMember &s : demo.staff)
            staff.insert(s.id, {s.displayName, u"Leaving care"_s});
        const QList<AnnexARow> rows = AnnexA::rows(demoRecords(demo), staff, today);
        QVERIFY(rows.size() > 20);

        QString error;
        const QByteArray xlsx = AnnexAXlsx::write(rows, today, &error);
        QVERIFY2(!xlsx.isEmpty(), qPrintable(error));
        QVERIFY(xlsx.startsWith("PK")); // a zip container
        const QString path = m_dir.filePath(u"annex-a.xlsx"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(xlsx) == xlsx.size());
        file.close();
        const QJsonObject book = readBack(path);
        QVERIFY2(!book.isEmpty(), "python3 with openpyxl (python3-openpyxl) reads the workbook");

        QCOMPARE(book.value(u"title"_s).toString(), u"List 9 care leavers"_s);
        QCOMPARE(book.value(u"freeze"_s).toString(), u"A2"_s); // the header row stays in view
        QCOMPARE(book.value(u"filter"_s).toString(), u"A1:Q"_s + QString::number(rows.size() + 1));
        QVERIFY(book.value(u"bold"_s).toBool());
        const QJsonArray widths = book.value(u"widths"_s).toArray();
        QCOMPARE(widths.size(), 17);
        for (const QJsonValue &w : widths)
            QVERIFY2(w.toDouble() >= 8 && w.toDouble() <= 41, qPrintable(QString::number(w.toDouble())));

        const QJsonArray sheet = book.value(u"rows"_s).toArray();
        QCOMPARE(sheet.size(), rows.size() + 1);
        const QJsonArray header = sheet.at(0).toArray();
        for (int c = 0; c < 17; ++c)
            QCOMPARE(header.at(c).toObject().value(u"v"_s).toString(), AnnexA::headers().at(c));

        // NB40618: 19, former UASC, former relevant, allocated to Amina Yusuf, visited within the
        // last three months, in her own flat and in work. Every cell: its type and value as a
        // spreadsheet reads it.
        const auto at
            = std::find_if(rows.cbegin(), rows.cend(), [](const AnnexARow &r) { return r.child == "NB40618"_L1; });
        QVERIFY(at != rows.cend());
        const QJsonArray known = sheet.at(int(at - rows.cbegin()) + 1).toArray();
        const QStringList expected {u"s:NB40618"_s,
                                    u"s:Female"_s,
                                    u"s:AOTH"_s,
                                    u"d:2006-11-22"_s,
                                    u"n:19"_s,
                                    u"s:No"_s,
                                    u"s:Yes"_s,
                                    u"s:Leaving care"_s,
                                    u"s:Amina Yusuf"_s,
                                    u"s:Amina Yusuf"_s,
                                    u"s:Former relevant"_s,
                                    u"s:YES"_s,
                                    u"d:2025-11-02"_s,
                                    u"d:2026-02-02"_s,
                                    u"s:U"_s,
                                    u"s:Suitable"_s,
                                    u"s:F5"_s};
        QCOMPARE(known.size(), expected.size());
        for (int c = 0; c < expected.size(); ++c) {
            const QJsonObject cell = known.at(c).toObject();
            const QJsonValue v = cell.value(u"v"_s);
            const QString got
                = cell.value(u"t"_s).toString() + u':' + (v.isDouble() ? QString::number(v.toDouble()) : v.toString());
            QVERIFY2(got == expected[c], qPrintable(AnnexA::headers().at(c) + u": "_s + got));
            if (cell.value(u"t"_s) == "d"_L1)
                QCOMPARE(cell.value(u"f"_s).toString(), u"dd/mm/yyyy"_s);
        }
        // Every other row holds what the CSV says, cell by cell.
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QStringList cells = AnnexA::cells(rows[r]);
            const QJsonArray got = sheet.at(int(r) + 1).toArray();
            for (int c = 0; c < 17; ++c) {
                const QJsonObject cell = got.at(c).toObject();
                QString text = cell.value(u"v"_s).toString();
                if (cell.value(u"t"_s) == "d"_L1)
                    text = QDate::fromString(text, Qt::ISODate).toString(u"dd/MM/yyyy"_s);
                else if (cell.value(u"t"_s) == "n"_L1)
                    text = QString::number(cell.value(u"v"_s).toInt());
                QCOMPARE(text, cells[c]);
            }
        }
    }

    void anEmptyListIsAHeaderOnly()
    {
        const QByteArray xlsx = AnnexAXlsx::write({}, QDate(2026, 3, 2));
        const QString path = m_dir.filePath(u"empty.xlsx"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(xlsx) == xlsx.size());
        file.close();
        const QJsonObject book = readBack(path);
        QCOMPARE(book.value(u"rows"_s).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAnnexAXlsx)
#include "tst_annexaxlsx.moc"

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "serverfixture.h"

#include "server/access.h"
#include "server/csvimport.h"

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;

/** CSV import: good files import, any bad row imports nothing (with line numbers), re-import is a no-op. */
class TestCsvImport : public QObject
{
    Q_OBJECT

    static QByteArray dump(ServerStore &store)
    {
        QByteArray out;
        for (const auto &r : store.allRecords()) {
            out += QJsonDocument(r.toPulled().toJson()).toJson(QJsonDocument::Compact) + '\n';
        }
        return out;
    }

    /** The PAs (of pa1..pa3) who see the young person's records on `day`. */
    static QStringList pasWhoSee(ServerStore &store, const QString &youngPersonId, const QDate &day)
    {
        QStringList pas;
        for (const auto &pa : {u"pa1"_s, u"pa2"_s, u"pa3"_s}) {
            Principal who;
            who.role = Role::PersonalAdviser;
            who.subjectId = pa;
            who.authorityId = u"a1"_s;
            who.teamId = pa == "pa3"_L1 ? u"t2"_s : u"t1"_s;
            if (buildAccessContext(store, who, day).visibleOwners.contains(youngPersonId)) {
                pas.append(pa);
            }
        }
        return pas;
    }

    static int admin(Test::Fixture &fx, const QStringList &args, QString *errors = nullptr)
    {
        QString input, output, error;
        QTextStream in(&input), out(&output), err(&error);
        const int code = runAdmin(*fx.store, fx.clock, args, {}, in, out, err);
        if (errors) {
            *errors = error;
        }
        return code;
    }

private Q_SLOTS:
    void goodFileAndReimport()
    {
        Test::Fixture fx;
        fx.seedDirectory();
        const QByteArray csv = "case_ref,display_name,legal_name,dob,uasc,first_language,pa_email,allocated_from\r\n"
                               "CL-001,Sam,Samuel Test,01/02/2007,N,en,pa1@example.org,01/09/2025\r\n"
                               "CL-002,\"Ayo, junior\",Ayodele Test,15/11/2006,yes,yo,,\r\n"
                               "CL-003,Mehari,Mehari Test,30/06/2008,Y,ti,PA2@example.org,\r\n";
        const auto r = importCsv(*fx.store, fx.clock, CsvKind::YoungPeople, u"a1"_s, csv);
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u"; "_s)));
        QCOMPARE(r.created, 3);
        QCOMPARE(r.allocated, 2);
        const auto yp = fx.store->youngPersonByCaseRef(u"a1"_s, u"CL-002"_s);
        QVERIFY(yp);
        const auto rec = fx.store->record(u"young_person"_s, yp->id);
        QCOMPARE(rec->state.body.value(u"displayName"_s).toString(), u"Ayo, junior"_s);
        QCOMPARE(rec->state.body.value(u"dateOfBirth"_s).toString(), u"2006-11-15"_s);
        QCOMPARE(rec->state.body.value(u"uasc"_s).toBool(), true);
        const auto sam = fx.store->youngPersonByCaseRef(u"a1"_s, u"CL-001"_s);
        QCOMPARE(fx.store->allocationsOfYoungPerson(sam->id).size(), 1);
        QCOMPARE(fx.store->allocationsOfYoungPerson(sam->id).first().staffId, u"pa1"_s);
        const auto before = dump(*fx.store);
        const auto again = importCsv(*fx.store, fx.clock, CsvKind::YoungPeople, u"a1"_s, csv);
        QVERIFY(again.ok());
        QCOMPARE(again.created, 0);
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(again.allocated, 0);
        QCOMPARE(dump(*fx.store), before);
        // An allocations file moves Sam to pa2: the old allocation ends the day before the new one starts.
        const QByteArray moves = "case_ref,pa_email,allocated_from\nCL-001,pa2@example.org,01/03/2026\n";
        const auto m = importCsv(*fx.store, fx.clock, CsvKind::Allocations, u"a1"_s, moves);
        QVERIFY2(m.ok(), qPrintable(m.errors.join(u"; "_s)));
        QCOMPARE(m.allocated, 1);
        const auto allocs = fx.store->allocationsOfYoungPerson(sam->id);
        QCOMPARE(allocs.size(), 2);
        for (const auto &a : allocs) {
            if (a.staffId == "pa1"_L1) {
                QCOMPARE(a.until, std::optional(QDate(2026, 2, 28))); // the last day pa1 is allocated
            } else {
                QCOMPARE(a.from, QDate(2026, 3, 1));
                QVERIFY(!a.until);
            }
        }
        // One PA on each side of the handover, none overlapping on the day itself.
        QCOMPARE(pasWhoSee(*fx.store, sam->id, QDate(2026, 2, 28)), QStringList {u"pa1"_s});
        QCOMPARE(pasWhoSee(*fx.store, sam->id, QDate(2026, 3, 1)), QStringList {u"pa2"_s});
        // Importing the same moves, or the older young-people file, again changes nothing.
        const auto moved = dump(*fx.store);
        const auto m2 = importCsv(*fx.store, fx.clock, CsvKind::Allocations, u"a1"_s, moves);
        QVERIFY(m2.ok());
        QCOMPARE(m2.allocated, 0);
        const auto stale = importCsv(*fx.store, fx.clock, CsvKind::YoungPeople, u"a1"_s, csv);
        QVERIFY2(stale.ok(), qPrintable(stale.errors.join(u"; "_s)));
        QCOMPARE(stale.allocated, 0);
        QCOMPARE(dump(*fx.store), moved);
    }

    void allocationCannotStartBeforeALaterOne()
    {
        Test::Fixture fx;
        fx.seedDirectory();
        const QByteArray csv = "case_ref,display_name,dob,pa_email,allocated_from\n"
                               "CL-001,Sam,01/02/2007,pa1@example.org,01/09/2025\n";
        QVERIFY(importCsv(*fx.store, fx.clock, CsvKind::YoungPeople, u"a1"_s, csv).ok());
        const auto sam = fx.store->youngPersonByCaseRef(u"a1"_s, u"CL-001"_s);
        QVERIFY(sam);
        const auto before = dump(*fx.store);
        // pa2 from the day pa1's period began, or before it: pa1's period cannot end the day before.
        for (const char *from : {"01/09/2025", "31/08/2025"}) {
            const QByteArray moves = "case_ref,pa_email,allocated_from\nCL-001,pa2@example.org," + QByteArray(from);
            const auto r = importCsv(*fx.store, fx.clock, CsvKind::Allocations, u"a1"_s, moves);
            QCOMPARE(r.errors, QStringList {u"line 2: allocated_from: not_after_existing_allocation"_s});
            QCOMPARE(dump(*fx.store), before);
        }
        // The day after it began is fine: pa1 keeps one day, pa2 has it from then on.
        const auto r = importCsv(*fx.store, fx.clock, CsvKind::Allocations, u"a1"_s,
                                 "case_ref,pa_email,allocated_from\nCL-001,pa2@example.org,02/09/2025\n");
        QVERIFY2(r.ok(), qPrintable(r.errors.join(u"; "_s)));
        QCOMPARE(pasWhoSee(*fx.store, sam->id, QDate(2025, 9, 1)), QStringList {u"pa1"_s});
        QCOMPARE(pasWhoSee(*fx.store, sam->id, QDate(2025, 9, 2)), QStringList {u"pa2"_s});
    }

    void adminAllocateHandsOverTheDayBefore()
    {
        Test::Fixture fx;
        fx.seedDirectory();
        fx.addYoungPerson(u"yp1"_s);
        QCOMPARE(admin(fx, {u"allocate"_s, u"yp1"_s, u"pa1"_s, u"2026-01-05"_s}), 0);
        QCOMPARE(admin(fx, {u"allocate"_s, u"yp1"_s, u"pa2"_s, u"2026-03-02"_s}), 0);
        QCOMPARE(pasWhoSee(*fx.store, u"yp1"_s, QDate(2026, 1, 5)), QStringList {u"pa1"_s});
        QCOMPARE(pasWhoSee(*fx.store, u"yp1"_s, QDate(2026, 3, 1)), QStringList {u"pa1"_s});
        QCOMPARE(pasWhoSee(*fx.store, u"yp1"_s, QDate(2026, 3, 2)), QStringList {u"pa2"_s});
        for (const auto &a : fx.store->allocationsOfYoungPerson(u"yp1"_s)) {
            QCOMPARE(a.until, a.staffId == "pa1"_L1 ? std::optional(QDate(2026, 3, 1)) : std::nullopt);
        }
        // The same command again is a no-op; one that would end a period before it began is refused.
        const auto after = dump(*fx.store);
        QCOMPARE(admin(fx, {u"allocate"_s, u"yp1"_s, u"pa2"_s, u"2026-03-02"_s}), 0);
        QString error;
        QCOMPARE(admin(fx, {u"allocate"_s, u"yp1"_s, u"pa3"_s, u"2026-03-02"_s}, &error), 1);
        QVERIFY(error.contains(u"not_after_existing_allocation"_s));
        QCOMPARE(dump(*fx.store), after);
        // The next day works, and pa2 keeps their one day.
        QCOMPARE(admin(fx, {u"allocate"_s, u"yp1"_s, u"pa3"_s, u"2026-03-03"_s}), 0);
        QCOMPARE(pasWhoSee(*fx.store, u"yp1"_s, QDate(2026, 3, 2)), QStringList {u"pa2"_s});
        QCOMPARE(pasWhoSee(*fx.store, u"yp1"_s, QDate(2026, 3, 3)), QStringList {u"pa3"_s});
    }

    void badRowsImportNothing()
    {
        Test::Fixture fx;
        fx.seedDirectory();
        const QByteArray csv = "case_ref,display_name,dob,uasc,pa_email\n"
                               "CL-010,Ok Person,01/02/2007,n,pa1@example.org\n"
                               "CL-011,,31/02/2007,maybe,\n"
                               "\n"
                               "CL-010,Twice,01/01/2007,n,mgr1@example.org\n"
                               "CL-012,Future,01/01/2099,n,nobody@example.org\n";
        const auto r = importCsv(*fx.store, fx.clock, CsvKind::YoungPeople, u"a1"_s, csv);
        QVERIFY(!r.ok());
        const QStringList expected {u"line 3: display_name: required"_s, u"line 3: dob: invalid_date"_s,
                                    u"line 3: uasc: invalid_value"_s,    u"line 5: case_ref: duplicate_in_file"_s,
                                    u"line 5: pa_email: unknown_pa"_s,   u"line 6: dob: date_in_future"_s,
                                    u"line 6: pa_email: unknown_pa"_s};
        QCOMPARE(r.errors, expected);
        // Nothing at all was imported, not even the good first row.
        QVERIFY(!fx.store->youngPersonByCaseRef(u"a1"_s, u"CL-010"_s));
        QVERIFY(fx.store->youngPeopleOfAuthority(u"a1"_s).isEmpty());
        // Errors hold codes and line numbers, never the row's personal data.
        QVERIFY(!r.errors.join(u' ').contains(u"Twice"_s));
    }

    void missingColumnsAndUnknownAuthority()
    {
        Test::Fixture fx;
        fx.seedDirectory();
        auto r = importCsv(*fx.store, fx.clock, CsvKind::YoungPeople, u"a1"_s, "case_ref,name\nX,Y\n");
        QCOMPARE(r.errors, QStringList {u"line 1: display_name: missing_column"_s} << u"line 1: dob: missing_column"_s);
        r = importCsv(*fx.store, fx.clock, CsvKind::YoungPeople, u"nope"_s, "case_ref,display_name,dob\n");
        QCOMPARE(r.errors, QStringList {u"authority: unknown_authority"_s});
        r = importCsv(*fx.store, fx.clock, CsvKind::Allocations, u"a1"_s,
                      "case_ref,pa_email,allocated_from\nCL-404,pa1@example.org,01/01/2026\n");
        QCOMPARE(r.errors, QStringList {u"line 2: case_ref: unknown_young_person"_s});
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csv_import.moc"

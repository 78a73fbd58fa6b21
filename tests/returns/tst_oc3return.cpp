// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "returns/oc3return.h"

#include <QFile>
#include <QTest>

using namespace Pathway;
using namespace Qt::StringLiterals;

namespace {

/** A former relevant young person who left care at 18 (born on `dob`), with the given reference. */
ReturnRecords leaver(const QString &ref, const QDate &dob)
{
    ReturnRecords r;
    r.youngPerson.id = u"id-"_s + ref;
    r.youngPerson.caseSystemRef = ref;
    r.youngPerson.dateOfBirth = dob;
    r.youngPerson.care.lookedAfterAfter16 = true;
    r.youngPerson.care.weeksInCareSince14 = 100;
    r.youngPerson.care.leftCareOn = dob.addYears(16).addDays(30);
    return r;
}

void contact(ReturnRecords &r, const QDate &day, bool successful = true)
{
    ContactLog c;
    c.id = u"c"_s + QString::number(r.contacts.size());
    c.at = QDateTime(day, QTime(11, 0), Qt::UTC);
    c.kind = successful ? ContactKind::Visit : ContactKind::Attempted;
    c.successful = successful;
    r.contacts.append(c);
}

void activity(ReturnRecords &r, const QDate &from, const QString &code)
{
    ActivityPeriod a;
    a.id = u"a"_s + QString::number(r.activities.size());
    a.from = from;
    a.code = code;
    r.activities.append(a);
}

void home(ReturnRecords &r, const QDate &from, const QString &type, bool suitable)
{
    AccommodationPeriod h;
    h.id = u"h"_s + QString::number(r.accommodations.size());
    h.from = from;
    h.type = type;
    h.suitable = suitable;
    r.accommodations.append(h);
}

void recorded(ReturnRecords &r, const QDate &on, const QString &status)
{
    InTouchRecord t;
    t.id = u"t"_s + QString::number(r.inTouch.size());
    t.on = on;
    t.status = status;
    r.inTouch.append(t);
}

Oc3Row row(const QString &inTouch, const QString &activ, const QString &accom, int age = 19)
{
    return {u"C1"_s, QDate(2006, 6, 1), age, inTouch, activ, accom};
}

QStringList rulesOf(const QList<Oc3Row> &rows, int year = 2025, const QStringList &died = {})
{
    QStringList out;
    for (const Oc3Problem &p : Oc3Return::validate(rows, year, died))
        out.append(p.rule);
    return out;
}

/** Compares with tests/data/returns/<name>; writes <name>.fail on a mismatch. */
bool matchesGolden(const QString &name, const QByteArray &actual)
{
    const QString path = QStringLiteral(PATHWAY_TEST_DATA_DIR "/returns/") + name;
    QFile golden(path);
    if (golden.open(QIODevice::ReadOnly) && golden.readAll() == actual) {
        QFile::remove(path + u".fail"_s);
        return true;
    }
    QFile fail(path + u".fail"_s);
    if (fail.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail.write(actual);
    qWarning().noquote() << "golden mismatch: diff -u" << path << fail.fileName();
    return false;
}

} // namespace

/** The SSDA903 OC3 return: who is due a row, what it says, each validation rule, and the file. */
class TestOc3Return : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collectionYearRunsAprilToMarch()
    {
        QCOMPARE(Oc3Return::yearStart(2025), QDate(2025, 4, 1));
        QCOMPARE(Oc3Return::yearEnd(2025), QDate(2026, 3, 31));
    }

    void whoIsDue()
    {
        // 19th birthday in the year: due. 16th: not. 22nd: due from 2023 only.
        QVERIFY(Oc3Return::rowFor(leaver(u"A"_s, QDate(2006, 5, 1)), 2025));
        QCOMPARE(Oc3Return::rowFor(leaver(u"A"_s, QDate(2006, 5, 1)), 2025)->age, 19);
        QCOMPARE(Oc3Return::rowFor(leaver(u"A"_s, QDate(2007, 3, 31)), 2025)->age, 19); // 31 March 2026
        QCOMPARE(Oc3Return::rowFor(leaver(u"A"_s, QDate(2007, 4, 1)), 2025)->age, 18); // 1 April 2025
        QVERIFY(!Oc3Return::rowFor(leaver(u"A"_s, QDate(2009, 5, 1)), 2025));
        QVERIFY(Oc3Return::rowFor(leaver(u"A"_s, QDate(2003, 5, 1)), 2025));
        QVERIFY(!Oc3Return::rowFor(leaver(u"A"_s, QDate(2000, 5, 1)), 2022));
        QVERIFY(!Oc3Return::rowFor(leaver(u"A"_s, QDate(1999, 5, 1)), 2025)); // 26
        // Never eligible (a short time in care), or still looked after on the birthday: not due.
        auto shortCare = leaver(u"B"_s, QDate(2006, 5, 1));
        shortCare.youngPerson.care.weeksInCareSince14 = 10;
        QVERIFY(!Oc3Return::rowFor(shortCare, 2025));
        auto inCare = leaver(u"B"_s, QDate(2008, 5, 1));
        inCare.youngPerson.care.leftCareOn.reset();
        inCare.youngPerson.care.stillLookedAfter = true;
        QVERIFY(!Oc3Return::rowFor(inCare, 2025));
    }

    void inTouchAroundTheBirthday()
    {
        auto r = leaver(u"A"_s, QDate(2006, 6, 15)); // 19 on 15 June 2025
        QCOMPARE(Oc3Return::rowFor(r, 2025)->inTouch, u"NO"_s);
        contact(r, QDate(2025, 3, 14), true); // a day before the window opens
        contact(r, QDate(2025, 7, 16), true); // a day after it closes
        contact(r, QDate(2025, 6, 1), false); // an attempt
        QCOMPARE(Oc3Return::rowFor(r, 2025)->inTouch, u"NO"_s);
        contact(r, QDate(2025, 3, 15), true);
        const auto inTouch = Oc3Return::rowFor(r, 2025);
        QCOMPARE(inTouch->inTouch, u"YES"_s);
        // In touch with nothing recorded: 0, which the validation reports.
        QCOMPARE(inTouch->activ, u"0"_s);
        QCOMPARE(rulesOf({*inTouch}), QStringList {u"yes_not_zero"_s});
        activity(r, QDate(2024, 9, 1), u"F2"_s);
        activity(r, QDate(2025, 6, 16), u"G5"_s); // after the birthday: not what counts
        home(r, QDate(2024, 1, 1), u"E"_s, true);
        const auto full = Oc3Return::rowFor(r, 2025);
        QCOMPARE(full->activ, u"F2"_s);
        QCOMPARE(full->accom, u"E1"_s);
        QVERIFY(rulesOf({*full}).isEmpty());
    }

    void notInTouchDiedAndReturnedHomeAreZero()
    {
        auto r = leaver(u"A"_s, QDate(2006, 6, 15));
        activity(r, QDate(2024, 9, 1), u"F2"_s);
        home(r, QDate(2024, 1, 1), u"E"_s, true);
        recorded(r, QDate(2025, 1, 1), u"RHOM"_s);
        auto row = Oc3Return::rowFor(r, 2025);
        QCOMPARE(row->inTouch, u"RHOM"_s);
        QCOMPARE(row->activ, u"0"_s);
        QCOMPARE(row->accom, u"0"_s);
        recorded(r, QDate(2024, 1, 1), u"DIED"_s);
        contact(r, QDate(2025, 6, 1)); // a mistaken log after death does not undo it
        QCOMPARE(Oc3Return::rowFor(r, 2025)->inTouch, u"DIED"_s);
    }

    void over21sInTouchAtTheLatestContactInTheYear()
    {
        auto r = leaver(u"A"_s, QDate(2003, 5, 1)); // 22 on 1 May 2025
        r.youngPerson.care.inAgreedEducation = true;
        activity(r, QDate(2024, 9, 1), u"F1"_s);
        activity(r, QDate(2025, 12, 1), u"F5"_s);
        home(r, QDate(2024, 1, 1), u"U"_s, true);
        QCOMPARE(Oc3Return::rowFor(r, 2025)->inTouch, u"NO"_s);
        contact(r, QDate(2026, 1, 20));
        const auto row = Oc3Return::rowFor(r, 2025);
        QCOMPARE(row->inTouch, u"YES"_s);
        QCOMPARE(row->activ, u"F5"_s); // as at the latest contact, not the birthday
        QCOMPARE(row->accom, u"U1"_s);
    }

    // One test per rule DOMAIN.md lists.
    void ruleAllOrNone()
    {
        QVERIFY(rulesOf({row(u""_s, u""_s, u""_s)}).isEmpty());
        QCOMPARE(rulesOf({row(u"NO"_s, u""_s, u"0"_s)}), QStringList {u"all_or_none"_s});
    }
    void ruleDiedAndReturnedHomeNeedZero()
    {
        QVERIFY(rulesOf({row(u"DIED"_s, u"0"_s, u"0"_s)}).isEmpty());
        QCOMPARE(rulesOf({row(u"DIED"_s, u"F1"_s, u"0"_s)}), QStringList {u"died_rhom_zero"_s});
        QCOMPARE(rulesOf({row(u"RHOM"_s, u"0"_s, u"B1"_s)}), QStringList {u"died_rhom_zero"_s});
    }
    void ruleYesNeedsNeitherZero()
    {
        QVERIFY(rulesOf({row(u"YES"_s, u"P4"_s, u"U1"_s)}).isEmpty());
        QCOMPARE(rulesOf({row(u"YES"_s, u"0"_s, u"U1"_s)}), QStringList {u"yes_not_zero"_s});
        QCOMPARE(rulesOf({row(u"YES"_s, u"F1"_s, u"0"_s)}), QStringList {u"yes_not_zero"_s});
    }
    void ruleNoStayingPutAt17()
    {
        QCOMPARE(rulesOf({row(u"YES"_s, u"F2"_s, u"Z1"_s, 17)}), QStringList {u"no_z_at_17"_s});
        QVERIFY(rulesOf({row(u"YES"_s, u"F2"_s, u"Z1"_s, 18)}).isEmpty());
    }
    void ruleNoFoyerUnder18()
    {
        QCOMPARE(rulesOf({row(u"YES"_s, u"F2"_s, u"T1"_s, 17)}), QStringList {u"no_t_under_18"_s});
        QVERIFY(rulesOf({row(u"YES"_s, u"F2"_s, u"T1"_s, 18)}).isEmpty());
    }
    void ruleOnceDiedAlwaysDied()
    {
        QCOMPARE(rulesOf({row(u"NO"_s, u"0"_s, u"0"_s)}, 2025, {u"C1"_s}), QStringList {u"once_died"_s});
        QVERIFY(rulesOf({row(u"DIED"_s, u"0"_s, u"0"_s)}, 2025, {u"C1"_s}).isEmpty());
    }
    void ruleAges()
    {
        QCOMPARE(rulesOf({row(u"NO"_s, u"0"_s, u"0"_s, 16)}), QStringList {u"age_range"_s});
        QVERIFY(rulesOf({row(u"NO"_s, u"0"_s, u"0"_s, 25)}, 2023).isEmpty());
        QCOMPARE(rulesOf({row(u"NO"_s, u"0"_s, u"0"_s, 22)}, 2022), QStringList {u"age_range"_s});
    }
    void ruleCodesFromTheDfEsLists()
    {
        QCOMPARE(rulesOf({row(u"MAYBE"_s, u"0"_s, u"0"_s)}), QStringList {u"unknown_code"_s});
        QCOMPARE(rulesOf({row(u"YES"_s, u"F3"_s, u"U1"_s)}), QStringList {u"unknown_code"_s});
        QCOMPARE(rulesOf({row(u"YES"_s, u"F2"_s, u"S1"_s)}), QStringList {u"unknown_code"_s});
        QCOMPARE(rulesOf({row(u"YES"_s, u"F2"_s, u"X1"_s)}), QStringList {u"unknown_code"_s});
        QVERIFY(rulesOf({row(u"YES"_s, u"F2"_s, u"S2"_s)}).isEmpty());
    }
    void derivedRowsPassEveryRule()
    {
        // Whatever is recorded, a derived row breaks no rule except "in touch with nothing recorded".
        const QStringList activities {u"F1"_s, u"P2"_s, u"G4"_s, u"G6"_s};
        const QStringList homes {u"B"_s, u"S"_s, u"T"_s, u"X"_s, u"Z"_s};
        QList<Oc3Row> rows;
        for (int i = 0; i < 60; ++i) {
            auto r = leaver(u"R"_s + QString::number(i), QDate(2004 + i % 5, 1 + i % 12, 1 + i % 28));
            activity(r, QDate(2020, 1, 1), activities.at(i % activities.size()));
            const QString type = homes.at(i % homes.size());
            home(r, QDate(2020, 1, 1), type, type != "S"_L1 && type != "X"_L1);
            if (i % 3 != 0)
                contact(r, r.youngPerson.dateOfBirth.addYears(2025 - r.youngPerson.dateOfBirth.year()));
            if (i % 7 == 0)
                recorded(r, QDate(2020, 1, 1), i % 2 ? u"DIED"_s : u"RHOM"_s);
            if (auto row = Oc3Return::rowFor(r, 2025))
                rows.append(*row);
        }
        QVERIFY(rows.size() > 30);
        for (const Oc3Problem &p : Oc3Return::validate(rows, 2025)) {
            // Only the rules that depend on what the PA recorded at a young age remain possible.
            QVERIFY2(p.rule == "no_z_at_17"_L1 || p.rule == "no_t_under_18"_L1, qPrintable(p.rule));
        }
    }

    void csvMatchesGolden()
    {
        QList<ReturnRecords> people;
        auto a = leaver(u"NB40100"_s, QDate(2006, 6, 15));
        contact(a, QDate(2025, 6, 1));
        activity(a, QDate(2024, 9, 1), u"F2"_s);
        home(a, QDate(2024, 1, 1), u"E"_s, true);
        people.append(a);
        auto b = leaver(u"NB40137"_s, QDate(2008, 1, 9)); // 18, not in touch
        people.append(b);
        auto c = leaver(u"NB40174"_s, QDate(2004, 11, 30));
        recorded(c, QDate(2025, 1, 1), u"RHOM"_s);
        people.append(c);
        auto d = leaver(u"NB40211"_s, QDate(2003, 2, 2)); // 23: latest contact in the year
        contact(d, QDate(2025, 8, 8));
        activity(d, QDate(2025, 1, 1), u"G5"_s);
        home(d, QDate(2025, 5, 1), u"W"_s, false);
        people.append(d);
        people.append(leaver(u"NB40248"_s, QDate(2010, 3, 3))); // 15: not due
        const QList<Oc3Row> rows = Oc3Return::rows(people, 2025);
        QCOMPARE(rows.size(), 4);
        QVERIFY(Oc3Return::validate(rows, 2025).isEmpty());
        QVERIFY(matchesGolden(u"oc3_2025.csv"_s, Oc3Return::csv(rows)));
    }
};

QTEST_GUILESS_MAIN(TestOc3Return)
#include "tst_oc3return.moc"

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "oc3return.h"

#include "domain/chronology.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

/** The first collection year that asks about 22 to 25-year-olds. */
constexpr int FirstYearWithOver21s = 2023;
constexpr int WindowMonthsBefore = 3;
constexpr int WindowMonthsAfter = 1;

/** Was eligible (DOMAIN.md): looked after after 16, 13 weeks or more since 14, not an SGO. */
bool wasEligible(const YoungPerson &yp)
{
    const CareHistory &c = yp.care;
    return (c.lookedAfterAfter16 || c.stillLookedAfter) && c.weeksInCareSince14 >= 13 && !c.specialGuardianshipOrder;
}

bool lookedAfterOn(const YoungPerson &yp, const QDate &day)
{
    return yp.care.stillLookedAfter || (yp.care.leftCareOn && *yp.care.leftCareOn > day);
}

bool ageInScope(int age, int year)
{
    return (age >= 17 && age <= 21) || (year >= FirstYearWithOver21s && age >= 22 && age <= 25);
}

std::optional<QDate> latestContactIn(const QList<ContactLog> &contacts, const QDate &first, const QDate &last)
{
    std::optional<QDate> out;
    for (const ContactLog &c : contacts) {
        const QDate day = c.at.toUTC().date();
        if (c.countsAsContact() && day >= first && day <= last && (!out || day > *out))
            out = day;
    }
    return out;
}

} // namespace

std::optional<Oc3Row> Oc3Return::rowFor(const ReturnRecords &r, int year)
{
    const YoungPerson &yp = r.youngPerson;
    if (!yp.dateOfBirth.isValid() || !wasEligible(yp))
        return std::nullopt;
    const QDate first = yearStart(year);
    const QDate last = yearEnd(year);
    int age = 0;
    QDate birthday;
    for (int a : {year - yp.dateOfBirth.year(), year + 1 - yp.dateOfBirth.year()}) {
        const QDate b = yp.dateOfBirth.addYears(a);
        if (b >= first && b <= last) {
            age = a;
            birthday = b;
        }
    }
    if (!birthday.isValid() || !ageInScope(age, year) || lookedAfterOn(yp, birthday))
        return std::nullopt;

    Oc3Row row;
    row.child = yp.caseSystemRef.isEmpty() ? yp.id : yp.caseSystemRef;
    row.dateOfBirth = yp.dateOfBirth;
    row.age = age;
    QDate reference = birthday;
    if (age <= 21) {
        row.inTouch = inTouchCode(birthday.addMonths(-WindowMonthsBefore), birthday.addMonths(WindowMonthsAfter),
                                  r.contacts, r.inTouch);
    } else {
        row.inTouch = inTouchCode(first, last, r.contacts, r.inTouch);
        reference = latestContactIn(r.contacts, first, last).value_or(birthday);
    }
    row.activ = u"0"_s;
    row.accom = u"0"_s;
    if (row.inTouch == "YES"_L1) {
        if (const auto a = activityOn(r.activities, reference))
            row.activ = a->code;
        if (const auto h = accommodationOn(r.accommodations, reference))
            row.accom = h->accomCode();
    }
    return row;
}

QList<Oc3Row> Oc3Return::rows(const QList<ReturnRecords> &people, int year)
{
    QList<Oc3Row> out;
    for (const ReturnRecords &r : people) {
        if (auto row = rowFor(r, year))
            out.append(*row);
    }
    std::sort(out.begin(), out.end(), [](const Oc3Row &a, const Oc3Row &b) { return a.child < b.child; });
    return out;
}

QList<Oc3Problem> Oc3Return::validate(const QList<Oc3Row> &rows, int year, const QStringList &previousDied)
{
    QStringList accomCodes {u"0"_s};
    for (const QString &letter : accommodationTypeCodes()) {
        if (letter != "X"_L1 && letter != "S"_L1)
            accomCodes.append(letter + u'1');
        accomCodes.append(letter + u'2');
    }
    QList<Oc3Problem> out;
    for (const Oc3Row &r : rows) {
        auto fail = [&](const char *rule) {
            out.append({r.child, QString::fromLatin1(rule)});
        };
        const int filled = int(!r.inTouch.isEmpty()) + int(!r.activ.isEmpty()) + int(!r.accom.isEmpty());
        if (filled != 0 && filled != 3)
            fail("all_or_none");
        if ((!r.inTouch.isEmpty() && !inTouchCodes().contains(r.inTouch))
            || (!r.activ.isEmpty() && !activityCodes().contains(r.activ))
            || (!r.accom.isEmpty() && !accomCodes.contains(r.accom)))
            fail("unknown_code");
        if ((r.inTouch == "DIED"_L1 || r.inTouch == "RHOM"_L1) && (r.activ != "0"_L1 || r.accom != "0"_L1))
            fail("died_rhom_zero");
        if (r.inTouch == "YES"_L1 && (r.activ == "0"_L1 || r.accom == "0"_L1))
            fail("yes_not_zero");
        if (r.age == 17 && r.accom.startsWith(u'Z'))
            fail("no_z_at_17");
        if (r.age < 18 && r.accom.startsWith(u'T'))
            fail("no_t_under_18");
        if (previousDied.contains(r.child) && r.inTouch != "DIED"_L1)
            fail("once_died");
        if (!ageInScope(r.age, year))
            fail("age_range");
    }
    return out;
}

QByteArray Oc3Return::csv(const QList<Oc3Row> &rows)
{
    QByteArray out = "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\r\n";
    for (const Oc3Row &r : rows) {
        QString child = r.child;
        if (child.contains(u',') || child.contains(u'"'))
            child = u'"' + child.replace(u"\""_s, u"\"\""_s) + u'"';
        out += QStringList {child, r.dateOfBirth.toString(u"dd/MM/yyyy"_s), r.inTouch, r.activ, r.accom}
                   .join(u',')
                   .toUtf8();
        out += "\r\n";
    }
    return out;
}

} // namespace Pathway

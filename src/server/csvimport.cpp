// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/csvimport.h"

#include "server/systemwriter.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

QList<std::pair<int, QStringList>> parseCsv(const QString &text)
{
    QList<std::pair<int, QStringList>> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool rowHasData = false;
    int line = 1;
    int rowLine = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            rowHasData = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            rowHasData = true;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row.append(field);
            if (rowHasData || !field.isEmpty()) {
                rows.append({rowLine, row});
            }
            row.clear();
            field.clear();
            rowHasData = false;
            rowLine = ++line;
        } else {
            field += c;
            rowHasData = true;
        }
    }
    if (rowHasData || !field.isEmpty()) {
        row.append(field);
        rows.append({rowLine, row});
    }
    return rows;
}

namespace {

struct Row
{
    int line = 0;
    QString caseRef, displayName, legalName, firstLanguage, paEmail;
    QDate dob, allocatedFrom;
    bool uasc = false;
    QString staffId;
};

std::optional<bool> parseBool(const QString &s)
{
    const auto v = s.trimmed().toLower();
    if (v.isEmpty() || v == "n"_L1 || v == "no"_L1 || v == "false"_L1 || v == "0"_L1) {
        return false;
    }
    if (v == "y"_L1 || v == "yes"_L1 || v == "true"_L1 || v == "1"_L1) {
        return true;
    }
    return std::nullopt;
}

} // namespace

AllocationPlan planAllocation(const QList<AllocationRow> &existing, const QString &staffId, const QDate &from)
{
    AllocationPlan plan;
    for (const auto &a : existing) {
        if (a.staffId == staffId && a.from <= from && (!a.until || *a.until >= from)) {
            plan.alreadyHeld = true;
        } else if (a.from >= from) {
            plan.blocked = true; // ending it the day before `from` would end it before it began
        } else if (!a.until || *a.until >= from) {
            plan.toEnd.append(a.id);
        }
    }
    return plan;
}

void applyAllocation(ServerStore &store,
                     const Clock &clock,
                     const AllocationPlan &plan,
                     const QString &source,
                     const QString &youngPersonId,
                     const QString &staffId,
                     const QDate &from,
                     const QString &reason)
{
    const QJsonObject end {{u"until"_s, from.addDays(-1).toString(Qt::ISODate)}};
    for (const auto &id : plan.toEnd) {
        writeAsServer(store, clock, contentChangeId(source + u"-end"_s, u"allocation"_s, id, end), u"allocation"_s, id,
                      youngPersonId, end);
    }
    const QString id = stableId(u"allocation|"_s + youngPersonId + u'|' + staffId + u'|' + from.toString(Qt::ISODate));
    const QJsonObject fields {{u"id"_s, id},
                              {u"youngPersonId"_s, youngPersonId},
                              {u"staffId"_s, staffId},
                              {u"from"_s, from.toString(Qt::ISODate)},
                              {u"reason"_s, reason}};
    writeAsServer(store, clock, contentChangeId(source, u"allocation"_s, id, fields), u"allocation"_s, id,
                  youngPersonId, fields);
}

CsvImportResult
importCsv(ServerStore &store, const Clock &clock, CsvKind kind, const QString &authorityId, const QByteArray &csv)
{
    CsvImportResult result;
    if (!store.authorityExists(authorityId)) {
        result.errors.append(u"authority: unknown_authority"_s);
        return result;
    }
    auto rows = parseCsv(QString::fromUtf8(csv));
    if (rows.isEmpty()) {
        result.errors.append(u"line 1: header: missing_header"_s);
        return result;
    }
    const auto [headerLine, header] = rows.takeFirst();
    QHash<QString, int> col;
    for (int i = 0; i < header.size(); ++i) {
        col.insert(header.at(i).trimmed().toLower(), i);
    }
    const QStringList required = kind == CsvKind::YoungPeople
        ? QStringList {u"case_ref"_s, u"display_name"_s, u"dob"_s}
        : QStringList {u"case_ref"_s, u"pa_email"_s, u"allocated_from"_s};
    for (const auto &r : required) {
        if (!col.contains(r)) {
            result.errors.append(u"line %1: %2: missing_column"_s.arg(headerLine).arg(r));
        }
    }
    if (!result.errors.isEmpty()) {
        return result;
    }
    const QDate today = clock.today();
    QList<Row> parsed;
    QSet<QString> seen;
    for (const auto &entry : rows) {
        // Named copies, not a structured binding: clang 14 (the fuzz build) cannot capture those.
        const auto &line = entry.first;
        const auto &fields = entry.second;
        auto get = [&](const QString &name) {
            return col.contains(name) ? fields.value(col.value(name)).trimmed() : QString();
        };
        auto err = [&](const QString &field, const QString &code) {
            result.errors.append(u"line %1: %2: %3"_s.arg(line).arg(field, code));
        };
        Row r;
        r.line = line;
        r.caseRef = get(u"case_ref"_s);
        if (r.caseRef.isEmpty() || r.caseRef.size() > 64) {
            err(u"case_ref"_s, r.caseRef.isEmpty() ? u"required"_s : u"too_long"_s);
        } else if (seen.contains(r.caseRef)) {
            err(u"case_ref"_s, u"duplicate_in_file"_s);
        }
        seen.insert(r.caseRef);
        if (kind == CsvKind::YoungPeople) {
            r.displayName = get(u"display_name"_s);
            r.legalName = get(u"legal_name"_s);
            r.firstLanguage = get(u"first_language"_s);
            if (r.displayName.isEmpty()) {
                err(u"display_name"_s, u"required"_s);
            }
            r.dob = QDate::fromString(get(u"dob"_s), u"dd/MM/yyyy"_s);
            if (!r.dob.isValid()) {
                err(u"dob"_s, u"invalid_date"_s);
            } else if (r.dob > today) {
                err(u"dob"_s, u"date_in_future"_s);
            }
            const auto uasc = parseBool(get(u"uasc"_s));
            if (!uasc) {
                err(u"uasc"_s, u"invalid_value"_s);
            }
            r.uasc = uasc.value_or(false);
        }
        r.paEmail = get(u"pa_email"_s).toLower();
        if (!r.paEmail.isEmpty()) {
            const auto staff = store.staffByEmail(r.paEmail);
            if (!staff || staff->authorityId != authorityId || staff->role != "pa"_L1) {
                err(u"pa_email"_s, u"unknown_pa"_s);
            } else {
                r.staffId = staff->id;
            }
            const auto from = get(u"allocated_from"_s);
            r.allocatedFrom = from.isEmpty() ? today : QDate::fromString(from, u"dd/MM/yyyy"_s);
            if (!r.allocatedFrom.isValid()) {
                err(u"allocated_from"_s, u"invalid_date"_s);
            }
        } else if (kind == CsvKind::Allocations) {
            err(u"pa_email"_s, u"required"_s);
        }
        // A known young person's new allocation must come after their existing ones (see planAllocation).
        const bool lookUp = !r.caseRef.isEmpty() && (kind == CsvKind::Allocations || !r.staffId.isEmpty());
        const auto existing = lookUp ? store.youngPersonByCaseRef(authorityId, r.caseRef) : std::nullopt;
        if (kind == CsvKind::Allocations && !r.caseRef.isEmpty() && !existing) {
            err(u"case_ref"_s, u"unknown_young_person"_s);
        }
        if (existing && !r.staffId.isEmpty() && r.allocatedFrom.isValid()) {
            const auto plan = planAllocation(store.allocationsOfYoungPerson(existing->id), r.staffId, r.allocatedFrom);
            if (!plan.alreadyHeld && plan.blocked) {
                err(u"allocated_from"_s, u"not_after_existing_allocation"_s);
            }
        }
        parsed.append(r);
    }
    if (!result.errors.isEmpty()) {
        return result; // nothing partial
    }
    for (const auto &r : parsed) {
        const auto existing = store.youngPersonByCaseRef(authorityId, r.caseRef);
        const QString ypId = existing ? existing->id : stableId(u"young_person|"_s + authorityId + u'|' + r.caseRef);
        if (kind == CsvKind::YoungPeople) {
            QJsonObject fields {{u"id"_s, ypId},
                                {u"authorityId"_s, authorityId},
                                {u"displayName"_s, r.displayName},
                                {u"legalName"_s, r.legalName},
                                {u"dateOfBirth"_s, r.dob.toString(Qt::ISODate)},
                                {u"firstLanguage"_s, r.firstLanguage},
                                {u"uasc"_s, r.uasc},
                                {u"caseSystemRef"_s, r.caseRef}};
            const auto res = writeAsServer(store, clock, contentChangeId(u"csv"_s, u"young_person"_s, ypId, fields),
                                           u"young_person"_s, ypId, ypId, fields);
            if (res.status == Sync::PushStatus::Duplicate) {
                ++result.unchanged;
            } else if (existing) {
                ++result.updated;
            } else {
                ++result.created;
            }
        }
        if (r.staffId.isEmpty()) {
            continue;
        }
        const auto plan = planAllocation(store.allocationsOfYoungPerson(ypId), r.staffId, r.allocatedFrom);
        if (plan.alreadyHeld) {
            continue;
        }
        applyAllocation(store, clock, plan, u"csv"_s, ypId, r.staffId, r.allocatedFrom, u"import"_s);
        ++result.allocated;
    }
    return result;
}

} // namespace Pathway::Server

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/recordrows.h"
#include "domain/bodyvalidation.h"
#include "protocol/jsonwriter.h"
#include "server/serverlog.h"
#include "server/storepool.h"
#include "store/recordstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Pathway::Server::RecordRows {

QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(Sync::compactJson(o));
}

/** Field HLCs as stored and sent: the same compact form as the device's store (store/recordstore.h). */
QJsonObject compactFieldHlc(const Sync::RecordState &state)
{
    return Pathway::compactFieldHlc(state.fieldHlc, state.body, state.hlc);
}

void expandFieldHlc(Sync::RecordState &state)
{
    state.fieldHlc = Pathway::expandFieldHlc(state.fieldHlc, state.body, state.hlc);
}

QJsonObject objectFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/** A record from a row of recordColumns; `expand` fills in the field HLCs storage leaves out. */
ServerRecord recordFrom(const SqlRows &r, qsizetype i, bool expand)
{
    ServerRecord s;
    s.recordType = r.text(i, 0);
    s.recordId = r.text(i, 1);
    s.ownerId = r.text(i, 2);
    s.authorityId = r.text(i, 3);
    s.state.exists = true;
    s.state.body = objectFrom(r.text(i, 4));
    s.state.fieldHlc = objectFrom(r.text(i, 5));
    s.state.hlc = r.text(i, 6);
    if (expand) {
        expandFieldHlc(s.state);
    }
    s.state.deleted = r.int64(i, 7) != 0;
    s.staffOnly = r.int64(i, 8) != 0;
    s.serverSeq = r.int64(i, 10);
    return s;
}

bool loadConflicts(SqlConnection &db, ServerRecord &rec)
{
    SqlRows c;
    if (db.exec(u"SELECT id, field, other_value, other_hlc, change_id FROM conflicts WHERE record_type = ? AND "
                "record_id = ? AND resolved = 0 ORDER BY created_at, id"_s,
                {rec.recordType, rec.recordId}, &c)
        != SqlError::Ok) {
        return false;
    }
    for (qsizetype i = 0; i < c.size(); ++i) {
        const auto wrapped = QJsonDocument::fromJson(c.text(i, 2).toUtf8()).object();
        rec.conflicts.append({c.text(i, 0), c.text(i, 1), wrapped.value(u"v"_s), c.text(i, 3), c.text(i, 4)});
    }
    return true;
}

/** Keeps the server's indexes (young people, allocations, staff roles) in step with records. */
bool updateProjections(SqlConnection &db, const Sync::Change &change, const QJsonObject &body, bool deleted)
{
    if (change.recordType == "young_person"_L1) {
        return db.exec(u"INSERT INTO young_people (id, authority_id, case_ref) VALUES (?, ?, ?) ON CONFLICT (id) "
                       "DO UPDATE SET case_ref = excluded.case_ref"_s,
                       {change.recordId, body.value(u"authorityId"_s).toString(),
                        body.value(u"caseSystemRef"_s).toString()})
            == SqlError::Ok;
    }
    if (change.recordType == "allocation"_L1) {
        const auto until = body.value(u"until"_s).toString();
        return db.exec(u"INSERT INTO allocations (id, young_person_id, staff_id, from_date, until_date, deleted) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET staff_id = excluded.staff_id, "
                       "from_date = excluded.from_date, until_date = excluded.until_date, deleted = excluded.deleted"_s,
                       {change.recordId, change.ownerId, body.value(u"staffId"_s).toString(),
                        body.value(u"from"_s).toString(), until.isEmpty() ? SqlValue {} : SqlValue {until},
                        qint64(deleted ? 1 : 0)})
            == SqlError::Ok;
    }
    if (change.recordType == "staff"_L1) {
        // Team, role and active flag follow the staff record; the login (email, password) does not.
        return db.exec(u"UPDATE staff SET team_id = COALESCE(?, team_id), role = COALESCE(?, role), "
                       "active = COALESCE(?, active) WHERE id = ?"_s,
                       {body.contains(u"teamId"_s) ? SqlValue {body.value(u"teamId"_s).toString()} : SqlValue {},
                        body.contains(u"role"_s) ? SqlValue {body.value(u"role"_s).toString()} : SqlValue {},
                        body.contains(u"active"_s) ? SqlValue {qint64(body.value(u"active"_s).toBool() ? 1 : 0)}
                                                   : SqlValue {},
                        change.recordId})
            == SqlError::Ok;
    }
    return true;
}

Sync::PushResult rejected(const Sync::Change &change, const QString &reason)
{
    return {change.changeId, Sync::PushStatus::Rejected, reason, 0, {}, {}, {}};
}

/** Refused because the record it would make is not valid: "invalid_field", naming the field. */
Sync::PushResult invalidField(const Sync::Change &change, const ValidationError &error)
{
    return {change.changeId,
            Sync::PushStatus::Rejected,
            QString::fromLatin1(Sync::Reason::InvalidField),
            0,
            {},
            error.field,
            error.code};
}

/**
 * Dates a little ahead of the server's clock are still "not in the future": a device's today
 * (in its own time zone, up to 14 hours ahead of UTC) may be the server's tomorrow.
 */
constexpr qint64 FutureDateGraceSecs = 24 * 60 * 60;

/** The first reason `body` is not a valid record of the change's type, if any. */
std::optional<ValidationError> firstInvalid(const Sync::Change &change, const QJsonObject &body, qint64 nowMs)
{
    const auto now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).addSecs(FutureDateGraceSecs);
    const auto errors = validateRecordBody(change.recordType, change.recordId, change.ownerId, body, now);
    if (errors.isEmpty()) {
        return std::nullopt;
    }
    return errors.first();
}

/** The key applied_changes keeps a change under: its id within the scope of who sent it. */
QString scopedChangeKey(const QString &scope, const QString &changeId)
{
    return scope + QChar(0x1f) + changeId;
}

/** `one` repeated `n` times, comma-separated: "?, ?, ?" or "(?, ?), (?, ?)". */
QString repeated(qsizetype n, const QString &one)
{
    QString out;
    out.reserve(n * (one.size() + 2));
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0) {
            out += u", "_s;
        }
        out += one;
    }
    return out;
}

QString recordKey(const QString &recordType, const QString &recordId)
{
    return recordType + QChar(0x1f) + recordId;
}

/** A PostgreSQL array literal of texts, every element quoted: {"a","b \"c\""}. */
QString pgTextArray(const QStringList &items)
{
    QString out;
    out.reserve(items.size() * 40);
    out += u'{';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0) {
            out += u',';
        }
        out += u'"';
        for (const QChar c : items.at(i)) {
            if (c == u'"' || c == u'\\') {
                out += u'\\';
            }
            out += c;
        }
        out += u'"';
    }
    out += u'}';
    return out;
}

bool retryable(SqlError rc)
{
    return rc == SqlError::UniqueViolation || rc == SqlError::Retry || rc == SqlError::ConnectionLost;
}

} // namespace Pathway::Server::RecordRows

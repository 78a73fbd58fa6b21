// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/validation.h"
#include "protocol/protocol.h"
#include "server/serverstore.h"
#include "server/sqlconnection.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

/** Rows of the server's record tables, shared by BatchApplier (push) and SqlServerStore (pull). */
namespace Pathway::Server::RecordRows {

/** Compact JSON text of a body or field-HLC map, as stored. */
QString toJsonText(const QJsonObject &o);
/** Field HLCs as stored and sent: the same compact form as the device's store (store/recordstore.h). */
QJsonObject compactFieldHlc(const Sync::RecordState &state);
/** The columns recordFrom() reads, in order. */
inline const QString recordColumns = QStringLiteral(
    "record_type, record_id, owner_id, authority_id, body, field_hlc, hlc, deleted, staff_only, conflict_count, "
    "server_seq");
/** A record from a row of recordColumns; `expand` fills in the field HLCs storage leaves out. */
ServerRecord recordFrom(const SqlRows &r, qsizetype i, bool expand = true);
/** Loads the open conflicts of @p rec. */
bool loadConflicts(SqlConnection &db, ServerRecord &rec);
/** Keeps the projection tables (contact times, allocations, ...) in step with a change. */
bool updateProjections(SqlConnection &db, const Sync::Change &change, const QJsonObject &body, bool deleted);
/** A change refused with @p reason. */
Sync::PushResult rejected(const Sync::Change &change, const QString &reason);
/** A change refused as invalid_field, naming the field and the validation code. */
Sync::PushResult invalidField(const Sync::Change &change, const ValidationError &error);
/** The first problem of a record body as the domain validates it, or none. */
std::optional<ValidationError> firstInvalid(const Sync::Change &change, const QJsonObject &body, qint64 nowMs);
/** A change id as de-duplicated: scoped to its sender. */
QString scopedChangeKey(const QString &scope, const QString &changeId);
/**
 * IN lists and multi-row VALUES come in a few fixed sizes, so both backends reuse prepared
 * statements (SQLite's per-connection cache, PostgreSQL's server-side PREPARE) instead of
 * parsing a new statement text for every batch size.
 */
constexpr std::array<qsizetype, 4> ChunkSizes {64, 16, 4, 1};

/** Calls `fn(offset, count)` over [0, total) in chunks of ChunkSizes; stops at the first false. */
template<typename Fn> bool forChunks(qsizetype total, Fn &&fn)
{
    qsizetype offset = 0;
    for (const qsizetype size : ChunkSizes) {
        while (total - offset >= size) {
            if (!fn(offset, size)) {
                return false;
            }
            offset += size;
        }
    }
    return true;
}
/** @p n copies of @p one, comma separated (placeholders of an IN list). */
QString repeated(qsizetype n, const QString &one);
/** The key of a record in a batch's maps. */
QString recordKey(const QString &recordType, const QString &recordId);
/** A PostgreSQL text[] literal of @p items. */
QString pgTextArray(const QStringList &items);
/** Whether a failed transaction may be tried again (busy, serialisation). */
bool retryable(SqlError rc);

} // namespace Pathway::Server::RecordRows

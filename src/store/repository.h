// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/record.h"
#include "recordstore.h"

#include <QList>
#include <QString>

#include <optional>

namespace Pathway {

/**
 * Typed persistence for one domain type on top of RecordStore: validates before saving,
 * returns errors instead of throwing, and hides soft-deleted records.
 */
template<DomainRecord T> class Repository
{
public:
    explicit Repository(RecordStore &store)
        : m_store(store)
    {
    }

    static QString recordType() { return QString::fromLatin1(T::recordType); }

    /** Validates and saves; only the fields that differ from the stored copy go into the change. */
    StoreResult save(const T &value)
    {
        StoreResult result;
        result.validation = value.validate();
        if (!result.validation.isEmpty()) {
            result.error = StoreError::Invalid;
            return result;
        }
        QJsonObject fields = value.toJson();
        if (const auto existing = m_store.get(recordType(), value.id)) {
            // A field the new value no longer has (e.g. an optional cleared) is removed explicitly.
            for (auto it = existing->body.constBegin(); it != existing->body.constEnd(); ++it) {
                if (!fields.contains(it.key()))
                    fields.insert(it.key(), QJsonValue::Null);
            }
        }
        return m_store.saveLocal(recordType(), value.id, value.ownerId(), fields);
    }

    /** The record, unless missing, soft-deleted or unreadable. */
    std::optional<T> get(const QString &id) const
    {
        const auto stored = m_store.get(recordType(), id);
        if (!stored || stored->deleted)
            return std::nullopt;
        return T::fromJson(stored->body);
    }

    QList<T> listForOwner(const QString &ownerId) const { return decode(m_store.listByOwner(recordType(), ownerId)); }
    QList<T> listAll() const { return decode(m_store.listByType(recordType())); }

    /** Soft delete (an error for append-only types). */
    StoreResult remove(const QString &id) { return m_store.saveLocal(recordType(), id, {}, {}, WriteOp::Delete); }

private:
    static QList<T> decode(const QList<StoredRecord> &rows)
    {
        QList<T> out;
        out.reserve(rows.size());
        for (const StoredRecord &r : rows) {
            if (auto value = T::fromJson(r.body))
                out.append(std::move(*value));
        }
        return out;
    }

    RecordStore &m_store;
};

} // namespace Pathway

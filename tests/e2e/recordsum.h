// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/jsonwriter.h"
#include "protocol/protocol.h"
#include "store/recordstore.h"

#include <QCryptographicHash>
#include <QMap>

namespace Pathway::Testing {

/** Every record a device holds, "type/id" -> compact body, deleted ones too. */
inline QMap<QString, QByteArray> everyRecord(RecordStore &store)
{
    QMap<QString, QByteArray> out;
    for (const QString &type : Sync::knownRecordTypes()) {
        for (const auto &r : store.listByType(type, true))
            out.insert(type + u'/' + r.recordId, Sync::compactJson(r.body));
    }
    return out;
}

/** One checksum (hex SHA-256) of records as everyRecord() lists them: equal sets, equal sums. */
inline QByteArray recordsChecksum(const QMap<QString, QByteArray> &records)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (auto it = records.begin(); it != records.end(); ++it) {
        hash.addData(it.key().toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(it.value());
        hash.addData(QByteArrayView("\n", 1));
    }
    return hash.result().toHex();
}

} // namespace Pathway::Testing

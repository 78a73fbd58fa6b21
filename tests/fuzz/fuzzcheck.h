// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

/**
 * Helpers shared by the libFuzzer targets: a property check that aborts (so libFuzzer keeps the
 * input as a crash) and the fuzz input as Qt types.
 */
namespace Pathway::Fuzz {

/** Aborts with @p what when @p ok is false: a broken property is a finding, like a crash. */
inline void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "property failed: %s\n", what);
        std::abort();
    }
}

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** The input parsed as a JSON document's top-level value; undefined when it is not JSON. */
inline QJsonValue jsonValue(const std::uint8_t *data, std::size_t size)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes(data, size), &error);
    if (error.error != QJsonParseError::NoError) {
        return QJsonValue(QJsonValue::Undefined);
    }
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace Pathway::Fuzz

#include <QtGlobal>

namespace Pathway::Fuzz {

/** Drops Qt log output (the server logs each request), so libFuzzer's own report stays readable. */
inline void quietLogs()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

} // namespace Pathway::Fuzz

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared helpers of the domain tests: readable validation errors and golden JSON files.

#include "domain/record.h"
#include "domain/validation.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace QTest {
template<> inline char *toString(const Pathway::ValidationErrors &errors)
{
    QByteArray out = "[";
    for (const Pathway::ValidationError &e : errors) {
        out += ' ';
        out += e.code.toUtf8();
        out += '@';
        out += e.field.toUtf8();
    }
    out += " ]";
    return qstrdup(out.constData());
}
} // namespace QTest

namespace DomainTest {

/** A fixed "now" for validateAt(): noon UTC on 1 June 2026. */
inline QDateTime now()
{
    return QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
}

/** Whether validate() of `value` reports exactly `code` on `field` (among possibly others). */
template<typename T> bool reports(const T &value, const QString &code, const QString &field)
{
    return Pathway::hasError(value.validate(), code, field);
}

/** The JSON of `value` read back and written again is the same, and so is the value's own JSON. */
template<Pathway::DomainRecord T> bool roundTrips(const T &value)
{
    const QJsonObject json = value.toJson();
    const std::optional<T> back = T::fromJson(json);
    if (!back)
        return false;
    // Through text too, as on the wire.
    const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    const std::optional<T> fromText = T::fromJson(reparsed);
    return fromText && back->toJson() == json && fromText->toJson() == json;
}

/**
 * Compares `actual` with the golden file tests/data/domain/<name>. On a mismatch (or a
 * missing golden file) writes the actual JSON next to it as <name>.fail and fails.
 */
inline bool matchesGolden(const QString &name, const QJsonObject &actual)
{
    const QString path = QStringLiteral(PATHWAY_TEST_DATA_DIR "/domain/") + name;
    const QByteArray actualText = QJsonDocument(actual).toJson(QJsonDocument::Indented);
    QFile golden(path);
    QJsonObject expected;
    if (golden.open(QIODevice::ReadOnly))
        expected = QJsonDocument::fromJson(golden.readAll()).object();
    if (!expected.isEmpty() && expected == actual) {
        QFile::remove(path + QStringLiteral(".fail"));
        return true;
    }
    QFile fail(path + QStringLiteral(".fail"));
    if (fail.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail.write(actualText);
    qWarning().noquote() << "golden mismatch:" << path << "\nactual output written to" << fail.fileName()
                         << "\ncompare with: diff -u" << path << fail.fileName();
    return false;
}

} // namespace DomainTest

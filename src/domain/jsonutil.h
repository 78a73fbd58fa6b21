// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <array>
#include <cstddef>
#include <optional>

namespace Pathway::Json {

/** The code of enum value `e` from a table listing every code in enum order. */
template<typename E, std::size_t N> QString codeOf(const std::array<const char16_t *, N> &codes, E e)
{
    const auto i = static_cast<std::size_t>(e);
    return i < N ? QString::fromUtf16(codes[i]) : QString();
}

/** The enum value whose code is `code` in a table listing every code in enum order. */
template<typename E, std::size_t N>
std::optional<E> enumFromCode(const std::array<const char16_t *, N> &codes, QStringView code)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (code == QStringView(codes[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

/** Every value of an enum whose values are 0..N-1. */
template<typename E, std::size_t N> QList<E> allOf(const std::array<const char16_t *, N> &)
{
    QList<E> out;
    out.reserve(static_cast<qsizetype>(N));
    for (std::size_t i = 0; i < N; ++i)
        out.append(static_cast<E>(i));
    return out;
}

/** The codes of a table as a list. */
template<std::size_t N> QStringList codeList(const std::array<const char16_t *, N> &codes)
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(N));
    for (const char16_t *c : codes)
        out.append(QString::fromUtf16(c));
    return out;
}

/** "yyyy-MM-dd", or an empty string for an invalid date. */
QString dateToString(const QDate &date);
/** A valid date from "yyyy-MM-dd", or nothing. */
std::optional<QDate> parseDate(const QString &text);
/** ISO 8601 in UTC with milliseconds and "Z", e.g. "2026-01-01T12:00:00.000Z"; empty if invalid. */
QString instantToString(const QDateTime &instant);
/** A valid instant from ISO 8601 text with an explicit offset or "Z", converted to UTC; or nothing. */
std::optional<QDateTime> parseInstant(const QString &text);

/**
 * Builds a record's JSON object: required values always written, optional ones only when
 * they hold something (non-empty text or list, a value in the optional).
 */
class Writer
{
public:
    void put(const QString &key, const QString &value) { m_json.insert(key, value); }
    void put(const QString &key, bool value) { m_json.insert(key, value); }
    void put(const QString &key, int value) { m_json.insert(key, value); }
    void put(const QString &key, const QJsonObject &value) { m_json.insert(key, value); }
    void put(const QString &key, const QJsonArray &value) { m_json.insert(key, value); }
    void putDate(const QString &key, const QDate &value);
    void putInstant(const QString &key, const QDateTime &value);

    void putIfNotEmpty(const QString &key, const QString &value);
    void putIfNotEmpty(const QString &key, const QStringList &value);
    void putIfValid(const QString &key, const QDate &value);
    void putIfValid(const QString &key, const QDateTime &value);
    void putOptional(const QString &key, const std::optional<QDate> &value);
    void putOptional(const QString &key, const std::optional<QDateTime> &value);
    void putOptional(const QString &key, const std::optional<int> &value);
    void putOptional(const QString &key, const std::optional<qint64> &value);
    void putOptional(const QString &key, const std::optional<bool> &value);

    QJsonObject result() const { return m_json; }

private:
    QJsonObject m_json;
};

/**
 * Reads a record's JSON object field by field. A missing key or a JSON null leaves the
 * default; a value of the wrong type (or an unknown enum code, or an unparseable date)
 * marks the whole read as failed, so fromJson() can return nothing. Unknown keys are ignored.
 */
class Reader
{
public:
    explicit Reader(const QJsonObject &json)
        : m_json(json)
    {
    }

    bool ok() const { return m_ok; }
    /** Marks the read as failed (for checks the helpers below do not cover). */
    void fail() { m_ok = false; }
    bool has(const QString &key) const;

    QString string(const QString &key);
    bool boolean(const QString &key, bool fallback = false);
    int integer(const QString &key, int fallback = 0);
    QStringList stringList(const QString &key);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key);
    QDate date(const QString &key);
    QDateTime instant(const QString &key);
    std::optional<QDate> optionalDate(const QString &key);
    std::optional<QDateTime> optionalInstant(const QString &key);
    std::optional<int> optionalInt(const QString &key);
    std::optional<qint64> optionalInt64(const QString &key);
    std::optional<bool> optionalBool(const QString &key);

    /** An enum from its code with `fromCode`; missing keeps `fallback`, unknown codes fail. */
    template<typename E, typename FromCode> E enumeration(const QString &key, FromCode fromCode, E fallback)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString()) {
            m_ok = false;
            return fallback;
        }
        const std::optional<E> e = fromCode(v.toString());
        if (!e) {
            m_ok = false;
            return fallback;
        }
        return *e;
    }

private:
    /** The value, or an undefined one (missing or null). */
    QJsonValue value(const QString &key) const;
    /** A non-empty string value; nothing when missing, null or empty; fails on another type. */
    std::optional<QString> nonEmptyString(const QString &key);

    QJsonObject m_json;
    bool m_ok = true;
};

} // namespace Pathway::Json

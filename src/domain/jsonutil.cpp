// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "jsonutil.h"

#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Pathway::Json {

QString dateToString(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

std::optional<QDate> parseDate(const QString &text)
{
    // Exactly yyyy-MM-dd: Qt::ISODate would also accept a trailing time part.
    if (text.size() != 10)
        return std::nullopt;
    const QDate d = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString instantToString(const QDateTime &instant)
{
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODateWithMs) : QString();
}

std::optional<QDateTime> parseInstant(const QString &text)
{
    // An instant needs a date, a time and an explicit offset; local times are ambiguous.
    if (text.size() < 17 || text.at(10) != u'T')
        return std::nullopt;
    const bool hasOffset = text.endsWith(u'Z') || text.lastIndexOf(u'+') > 10 || text.lastIndexOf(u'-') > 10;
    if (!hasOffset)
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

void Writer::putDate(const QString &key, const QDate &value)
{
    m_json.insert(key, dateToString(value));
}

void Writer::putInstant(const QString &key, const QDateTime &value)
{
    m_json.insert(key, instantToString(value));
}

void Writer::putIfNotEmpty(const QString &key, const QString &value)
{
    if (!value.isEmpty())
        m_json.insert(key, value);
}

void Writer::putIfNotEmpty(const QString &key, const QStringList &value)
{
    if (!value.isEmpty())
        m_json.insert(key, QJsonArray::fromStringList(value));
}

void Writer::putIfValid(const QString &key, const QDate &value)
{
    if (value.isValid())
        m_json.insert(key, dateToString(value));
}

void Writer::putIfValid(const QString &key, const QDateTime &value)
{
    if (value.isValid())
        m_json.insert(key, instantToString(value));
}

void Writer::putOptional(const QString &key, const std::optional<QDate> &value)
{
    if (value && value->isValid())
        m_json.insert(key, dateToString(*value));
}

void Writer::putOptional(const QString &key, const std::optional<QDateTime> &value)
{
    if (value && value->isValid())
        m_json.insert(key, instantToString(*value));
}

void Writer::putOptional(const QString &key, const std::optional<int> &value)
{
    if (value)
        m_json.insert(key, *value);
}

void Writer::putOptional(const QString &key, const std::optional<qint64> &value)
{
    if (value)
        m_json.insert(key, *value);
}

void Writer::putOptional(const QString &key, const std::optional<bool> &value)
{
    if (value)
        m_json.insert(key, *value);
}

QJsonValue Reader::value(const QString &key) const
{
    const QJsonValue v = m_json.value(key);
    return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
}

bool Reader::has(const QString &key) const
{
    return !value(key).isUndefined();
}

QString Reader::string(const QString &key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        m_ok = false;
        return {};
    }
    return v.toString();
}

bool Reader::boolean(const QString &key, bool fallback)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        m_ok = false;
        return fallback;
    }
    return v.toBool();
}

std::optional<qint64> Reader::optionalInt64(const QString &key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isDouble()) {
        m_ok = false;
        return std::nullopt;
    }
    // JSON numbers are doubles: accept only whole numbers that a double holds exactly.
    const double d = v.toDouble();
    constexpr double exactLimit = 9007199254740992.0; // 2^53
    if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > exactLimit) {
        m_ok = false;
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

std::optional<int> Reader::optionalInt(const QString &key)
{
    const std::optional<qint64> v = optionalInt64(key);
    if (!v)
        return std::nullopt;
    if (*v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max()) {
        m_ok = false;
        return std::nullopt;
    }
    return static_cast<int>(*v);
}

int Reader::integer(const QString &key, int fallback)
{
    return optionalInt(key).value_or(fallback);
}

std::optional<bool> Reader::optionalBool(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    return boolean(key);
}

QStringList Reader::stringList(const QString &key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        m_ok = false;
        return {};
    }
    QStringList out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const auto &item : a) {
        if (!item.isString()) {
            m_ok = false;
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

QJsonObject Reader::object(const QString &key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        m_ok = false;
        return {};
    }
    return v.toObject();
}

QJsonArray Reader::array(const QString &key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        m_ok = false;
        return {};
    }
    return v.toArray();
}

std::optional<QString> Reader::nonEmptyString(const QString &key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString()) {
        m_ok = false;
        return std::nullopt;
    }
    if (v.toString().isEmpty())
        return std::nullopt;
    return v.toString();
}

std::optional<QDate> Reader::optionalDate(const QString &key)
{
    const std::optional<QString> text = nonEmptyString(key);
    if (!text)
        return std::nullopt;
    std::optional<QDate> d = parseDate(*text);
    if (!d)
        m_ok = false;
    return d;
}

std::optional<QDateTime> Reader::optionalInstant(const QString &key)
{
    const std::optional<QString> text = nonEmptyString(key);
    if (!text)
        return std::nullopt;
    std::optional<QDateTime> t = parseInstant(*text);
    if (!t)
        m_ok = false;
    return t;
}

QDate Reader::date(const QString &key)
{
    return optionalDate(key).value_or(QDate());
}

QDateTime Reader::instant(const QString &key)
{
    return optionalInstant(key).value_or(QDateTime());
}

} // namespace Pathway::Json

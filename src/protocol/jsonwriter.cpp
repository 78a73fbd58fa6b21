// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "protocol/jsonwriter.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <limits>

namespace Pathway::Sync {

namespace {

/**
 * Appends @p text as a JSON string, encoding UTF-16 to UTF-8 straight into a small buffer (no
 * temporary QByteArray per string). Unpaired surrogates are written as \u-escapes, as QJsonDocument does.
 */
void appendString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    char buf[512];
    int used = 0;
    auto flush = [&] {
        out.append(buf, used);
        used = 0;
    };
    auto put = [&](char c) {
        if (used == int(sizeof buf)) {
            flush();
        }
        buf[used++] = c;
    };
    put('"');
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                put(char(c));
                continue;
            }
            put('\\');
            switch (c) {
            case u'"':
                put('"');
                break;
            case u'\\':
                put('\\');
                break;
            case u'\b':
                put('b');
                break;
            case u'\f':
                put('f');
                break;
            case u'\n':
                put('n');
                break;
            case u'\r':
                put('r');
                break;
            case u'\t':
                put('t');
                break;
            default:
                put('u');
                put('0');
                put('0');
                put(hex[c >> 4]);
                put(hex[c & 0xf]);
            }
            continue;
        }
        char32_t code = c;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && p[i + 1] >= 0xdc00 && p[i + 1] <= 0xdfff) {
            code = 0x10000 + ((char32_t(c) - 0xd800) << 10) + (char32_t(p[i + 1]) - 0xdc00);
            ++i;
        } else if (c >= 0xd800 && c <= 0xdfff) {
            // An unpaired surrogate has no UTF-8 form: escaped, as QJsonDocument writes it, so
            // it reads back as the same string.
            put('\\');
            put('u');
            put(hex[c >> 12]);
            put(hex[(c >> 8) & 0xf]);
            put(hex[(c >> 4) & 0xf]);
            put(hex[c & 0xf]);
            continue;
        }
        if (code < 0x800) {
            put(char(0xc0 | (code >> 6)));
            put(char(0x80 | (code & 0x3f)));
        } else if (code < 0x10000) {
            put(char(0xe0 | (code >> 12)));
            put(char(0x80 | ((code >> 6) & 0x3f)));
            put(char(0x80 | (code & 0x3f)));
        } else {
            put(char(0xf0 | (code >> 18)));
            put(char(0x80 | ((code >> 12) & 0x3f)));
            put(char(0x80 | ((code >> 6) & 0x3f)));
            put(char(0x80 | (code & 0x3f)));
        }
    }
    put('"');
    flush();
}

void appendNumber(QByteArray &out, const QJsonValue &value)
{
    // Whole numbers (stored as integers, or doubles with a whole value that fits): plain digits,
    // exact even beyond 2^53, never "1e+15".
    constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
    const double d = value.toDouble();
    if (const qint64 whole = value.toInteger(notWhole); whole != notWhole || d == double(notWhole)) {
        out += QByteArray::number(whole == notWhole ? notWhole : whole);
        return;
    }
    if (!std::isfinite(d)) {
        out += "null"; // as QJsonDocument writes them (RFC 8259 has no NaN or infinity)
        return;
    }
    out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

void appendObject(QByteArray &out, const QJsonObject &object)
{
    out += '{';
    bool first = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!first) {
            out += ',';
        }
        first = false;
        appendString(out, it.key());
        out += ':';
        appendJson(out, it.value());
    }
    out += '}';
}

} // namespace

void appendJson(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        appendNumber(out, value);
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            appendJson(out, array.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    }
}

QByteArray compactJson(const QJsonObject &object)
{
    QByteArray out;
    out.reserve(256);
    appendObject(out, object);
    return out;
}

} // namespace Pathway::Sync

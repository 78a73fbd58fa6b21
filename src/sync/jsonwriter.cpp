#include "sync/jsonwriter.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <limits>

namespace Pathway::Sync {

namespace {

void appendString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    qsizetype start = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue;
        }
        out.append(utf8.constData() + start, i - start);
        start = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(utf8.constData() + start, utf8.size() - start);
    out += '"';
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

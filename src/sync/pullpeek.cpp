// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "sync/pullpeek.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway::Sync {

namespace {

/** A cursor over JSON text that steps over whole values without building them. */
class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_p(text.constData())
        , m_end(text.constData() + text.size())
    {
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r')) {
            ++m_p;
        }
    }
    /** Consumes @p c after any white space. */
    bool take(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }
    /** A string's raw text between its quotes (escapes left as they are); false if it is not one. */
    bool string(const char **start, const char **stop)
    {
        if (!take('"')) {
            return false;
        }
        *start = m_p;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\') {
                ++m_p; // the escaped character, which may be a quote
            }
            ++m_p;
        }
        if (m_p >= m_end) {
            return false;
        }
        *stop = m_p++;
        return true;
    }
    /** Steps over one value; its text (from its first character) is [*start, position()). */
    bool value(const char **start)
    {
        skipSpace();
        *start = m_p;
        int depth = 0;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                const char *a = nullptr;
                const char *b = nullptr;
                if (!string(&a, &b)) {
                    return false;
                }
            } else if (c == '{' || c == '[') {
                ++depth;
                ++m_p;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    break; // the end of the enclosing container: a scalar ended just before it
                }
                --depth;
                ++m_p;
            } else if (c == ',' && depth == 0) {
                break;
            } else {
                ++m_p;
            }
            if (depth == 0 && (c == '"' || c == '}' || c == ']')) {
                break;
            }
        }
        return depth == 0 && m_p > *start;
    }
    const char *position() const { return m_p; }

private:
    const char *m_p;
    const char *m_end;
};

/** Parses one small member's text (a cursors map, a list of owners, a boolean) with Qt's parser. */
std::optional<QJsonValue> parseMember(const char *start, const char *stop)
{
    // Wrapped in an array, so a scalar (true, false) parses too.
    QByteArray text;
    text.reserve(stop - start + 2);
    text.append('[').append(start, stop - start).append(']');
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        return std::nullopt;
    }
    return doc.array().at(0);
}

/** Whether a string's raw text holds an escape (its decoded name may differ from the raw one). */
bool hasEscape(const char *start, const char *stop)
{
    return std::find(start, stop, '\\') != stop;
}

/** The body member of the record object at the scanner (its last, as QJsonDocument keeps the last). */
bool recordBody(Scanner &s, QByteArray &body)
{
    if (!s.take('{')) {
        return false;
    }
    bool first = true;
    bool found = false;
    while (!s.take('}')) {
        if (!first && !s.take(',')) {
            return false;
        }
        first = false;
        const char *keyStart = nullptr;
        const char *keyStop = nullptr;
        const char *valueStart = nullptr;
        if (!s.string(&keyStart, &keyStop) || !s.take(':') || !s.value(&valueStart)) {
            return false;
        }
        if (hasEscape(keyStart, keyStop)) {
            return false; // a name written with escapes may be "body" too: the full parse decides
        }
        if (QByteArrayView(keyStart, keyStop - keyStart) == QByteArrayView("body")) {
            if (*valueStart != '{') {
                return false;
            }
            const char *stop = s.position();
            while (stop > valueStart && stop[-1] != '}') {
                --stop; // white space after the object
            }
            body = QByteArray(valueStart, stop - valueStart);
            found = true;
        }
    }
    return found;
}

/** The records array at the scanner: each record's body text, or false (the scanner is then anywhere inside it). */
bool recordsArray(Scanner &s, QList<QByteArray> &bodies)
{
    if (!s.take('[')) {
        return false;
    }
    bodies.clear();
    while (!s.take(']')) {
        if (!bodies.isEmpty() && !s.take(',')) {
            return false;
        }
        QByteArray body;
        if (!recordBody(s, body)) {
            return false;
        }
        bodies.append(std::move(body));
    }
    return true;
}

} // namespace

std::optional<PullPeek> PullPeek::read(const QByteArray &json)
{
    Scanner s(json);
    if (!s.take('{')) {
        return std::nullopt;
    }
    PullPeek out;
    bool first = true;
    while (!s.take('}')) {
        if (!first && !s.take(',')) {
            return std::nullopt;
        }
        first = false;
        const char *keyStart = nullptr;
        const char *keyStop = nullptr;
        const char *valueStart = nullptr;
        if (!s.string(&keyStart, &keyStop) || !s.take(':') || hasEscape(keyStart, keyStop)) {
            return std::nullopt; // a member's name written with escapes: only the full parse reads it
        }
        const QByteArrayView key(keyStart, keyStop - keyStart);
        if (key == "records") {
            const Scanner at = s;
            if (recordsArray(s, out.bodies)) {
                continue;
            }
            out.bodies.clear(); // not records with object bodies: stepped over as a whole below
            s = at;
        }
        if (!s.value(&valueStart)) {
            return std::nullopt;
        }
        if (key != "cursors" && key != "hasMore" && key != "removeOwners" && key != "wipe") {
            continue; // the records: stepped over, not parsed
        }
        const auto value = parseMember(valueStart, s.position());
        if (!value) {
            return std::nullopt;
        }
        if (key == "cursors") {
            if (!value->isObject()) {
                return std::nullopt;
            }
            out.cursors.clear();
            const QJsonObject o = value->toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!it.value().isString()) {
                    return std::nullopt;
                }
                out.cursors.insert(it.key(), it.value().toString());
            }
        } else if (key == "removeOwners") {
            if (!value->isArray()) {
                return std::nullopt;
            }
            out.removeOwners.clear();
            for (const auto &v : value->toArray()) {
                if (!v.isString()) {
                    return std::nullopt;
                }
                out.removeOwners.append(v.toString());
            }
        } else if (!value->isBool()) {
            return std::nullopt;
        } else {
            (key == "hasMore" ? out.hasMore : out.wipe) = value->toBool();
        }
    }
    return out;
}

} // namespace Pathway::Sync

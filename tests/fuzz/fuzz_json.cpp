// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// The JSON reader: Qt's parser as Pathway feeds it, Pathway's compact writer (what the server
// stores and serves) and the domain's field reader. Whatever parses is written back to text that
// parses to an equal value, and no reader accessor crashes on any value.
#include "fuzzcheck.h"

#include "domain/jsonutil.h"
#include "protocol/jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Pathway;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonValue json = Fuzz::jsonValue(data, size);
    if (json.isUndefined()) {
        return 0;
    }
    QByteArray text;
    Sync::appendJson(text, json);
    const auto parse = [](const QByteArray &t) {
        return Fuzz::jsonValue(reinterpret_cast<const std::uint8_t *>(t.constData()), std::size_t(t.size()));
    };
    Fuzz::check(parse(text) == json, "compact JSON parses back to an equal value");
    if (json.isObject()) {
        const QJsonObject object = json.toObject();
        Fuzz::check(Sync::compactJson(object) == text, "compactJson and appendJson agree");
        // Every accessor on every key; a fresh Reader each time so one failure does not hide another.
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString &key = it.key();
            Json::Reader r(object);
            (void)r.has(key);
            (void)r.string(key);
            (void)r.boolean(key);
            (void)r.integer(key);
            (void)r.stringList(key);
            (void)r.object(key);
            (void)r.array(key);
            (void)r.date(key);
            (void)r.instant(key);
            (void)r.optionalDate(key);
            (void)r.optionalInstant(key);
            (void)r.optionalInt(key);
            (void)r.optionalInt64(key);
            (void)r.optionalBool(key);
            if (it.value().isString()) {
                const QString s = it.value().toString();
                if (const auto d = Json::parseDate(s)) {
                    Fuzz::check(Json::parseDate(Json::dateToString(*d)) == d, "a parsed date round-trips");
                }
                if (const auto t = Json::parseInstant(s)) {
                    Fuzz::check(Json::parseInstant(Json::instantToString(*t)) == t, "a parsed instant round-trips");
                }
            }
        }
    }
    return 0;
}

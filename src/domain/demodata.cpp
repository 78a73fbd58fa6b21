// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "demodata.h"

#include "bodyvalidation.h"
#include "record.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

// Reads a demo authority file (docs/demo-data.md) into records.

namespace Pathway {

namespace {

/** Namespace of demo record ids (a fixed random UUID; never change it, or demo ids change). */
const QUuid demoNamespace(u"3b8c1f0e-7d2a-4e51-9a6b-2f4d8c0e1a93"_s);

const QString builtInDemo = u":/pathway/demo/northbrook.json"_s;

/** Calls f(list) for each record list of @p a. */
template<typename F> void forEachList(DemoAuthority &a, F &&f)
{
    f(a.settings);
    f(a.staff);
    f(a.youngPeople);
    f(a.allocations);
    f(a.planSections);
    f(a.planActions);
    f(a.reviews);
    f(a.health);
    f(a.handovers);
    f(a.offer);
    f(a.entitlements);
    f(a.documents);
    f(a.contacts);
    f(a.amendments);
    f(a.requests);
    f(a.events);
    f(a.activities);
    f(a.accommodations);
    f(a.inTouch);
}

/** One demo file read on one day: resolves offsets and references, validates, remembers the first problem. */
class DemoFileReader
{
public:
    DemoFileReader(const QString &path, const QDate &today, quint32 seed)
        : m_path(path)
        , m_today(today)
        , m_now(QDateTime(today, QTime(12, 0), Qt::UTC))
        , m_seed(seed)
    {
    }

    DemoLoadResult read()
    {
        DemoLoadResult out;
        const QJsonObject root = readObject(m_path);
        if (m_error.isEmpty()
            && (root.value(u"format"_s) != u"pathway-demo-authority"_s || root.value(u"formatVersion"_s) != 1))
            fail(u"format"_s, u"not a demo authority file (format \"pathway-demo-authority\", formatVersion 1)"_s);
        DemoAuthority &a = out.authority;
        const QJsonObject authority = resolve(root.value(u"authority"_s), u"authority"_s).toObject();
        a.authorityId = authority.value(u"id"_s).toString();
        a.authorityName = authority.value(u"name"_s).toString();
        if (a.authorityId.isEmpty() || a.authorityName.isEmpty())
            fail(u"authority"_s, u"needs an id and a name"_s);
        m_defined.insert(a.authorityId);
        const QJsonArray teams = resolve(root.value(u"teams"_s), u"teams"_s).toArray();
        for (const auto &t : teams) {
            a.teams.append({t[u"id"_s].toString(), t[u"name"_s].toString()});
            if (a.teams.last().id.isEmpty() || a.teams.last().name.isEmpty())
                fail(u"teams"_s, u"each needs an id and a name"_s);
            m_defined.insert(a.teams.last().id);
        }
        const QJsonObject records = root.value(u"records"_s).toObject();
        const QString offerFile = root.value(u"offerFile"_s).toString();
        QSet<QString> known;
        forEachList(a, [&](auto &list) {
            using T = typename std::decay_t<decltype(list)>::value_type;
            const QString type = QString::fromLatin1(T::recordType);
            known.insert(type);
            if constexpr (std::is_same_v<T, OfferItem>)
                readRecords(offerFileItems(offerFile, a.authorityId), offerFile + u" items"_s, list);
            readRecords(records.value(type), u"records."_s + type, list);
        });
        for (const QString &type : records.keys()) {
            if (!known.contains(type))
                fail(u"records."_s + type, u"unknown record type"_s);
        }
        for (const auto &[where, id] : std::as_const(m_references)) {
            if (!m_defined.contains(id))
                fail(where, u"names no record, team or authority of the file"_s);
        }
        if (!m_error.isEmpty())
            out = {{}, m_error};
        return out;
    }

private:
    /** Remembers the first problem. */
    void fail(const QString &where, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QFileInfo(m_path).fileName() + u": "_s + where + u": "_s + what;
    }

    /** The JSON object in the file at @p path (the demo file, or a file it names). */
    QJsonObject readObject(const QString &path)
    {
        const QString name = path == m_path ? QString() : QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(name.isEmpty() ? u"file"_s : name, file.errorString());
            return {};
        }
        const QByteArray data = file.readAll();
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            const qsizetype line = data.left(error.offset).count('\n') + 1;
            fail((name.isEmpty() ? QString() : name + u' ') + u"line "_s + QString::number(line),
                 error.error != QJsonParseError::NoError ? error.errorString() : u"not a JSON object"_s);
        }
        return doc.object();
    }

    /** The published items of the offer file (the import-offer format) as offer_item records. */
    QJsonArray offerFileItems(const QString &name, const QString &authorityId)
    {
        if (name.isEmpty())
            return {};
        const QJsonObject file = readObject(QFileInfo(m_path).dir().filePath(name));
        QJsonArray out;
        for (QJsonValue value : file.value(u"items"_s).toArray()) {
            QJsonObject item = value.toObject();
            item.insert(u"id"_s, QString(u"@offer/"_s + item.value(u"key"_s).toString()));
            item.insert(u"authorityId"_s, authorityId);
            item.insert(u"catalogueVersion"_s, file.value(u"catalogueVersion"_s));
            out.append(item);
        }
        return out;
    }

    /** @p value with every "@kind/key" reference and every relative date resolved. */
    QJsonValue resolve(const QJsonValue &value, const QString &where)
    {
        if (value.isObject()) {
            QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                it.value() = resolve(it.value(), where + u'.' + it.key());
            return o;
        }
        if (value.isArray()) {
            QJsonArray a = value.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                a[i] = resolve(a.at(i), where + u'[' + QString::number(i) + u']');
            return a;
        }
        return value.isString() ? resolveString(value.toString(), where) : value;
    }

    QJsonValue resolveString(const QString &s, const QString &where)
    {
        static const QRegularExpression reference(u"^@([a-z_]+/\\S+)$"_s);
        static const QRegularExpression offset(
            u"^([+-]?)P(?=\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?: (\\d\\d):(\\d\\d)(?::(\\d\\d))?)?$"_s);
        if (s.startsWith(u'@')) {
            const QRegularExpressionMatch m = reference.match(s);
            if (!m.hasMatch()) {
                fail(where, u"\""_s + s + u"\" is not a reference (@kind/key)"_s);
                return s;
            }
            const QString id = QUuid::createUuidV5(demoNamespace,
                                                   u"pathway-demo/"_s + QString::number(m_seed) + u'/' + m.captured(1))
                                   .toString(QUuid::WithoutBraces);
            m_references.append({where + u" ("_s + s + u')', id});
            return id;
        }
        const QRegularExpressionMatch m = offset.match(s);
        if (!m.hasMatch())
            return s;
        const int sign = m.captured(1) == u"-"_s ? -1 : 1;
        const QDate day = m_today.addYears(sign * m.captured(2).toInt())
                              .addMonths(sign * m.captured(3).toInt())
                              .addDays(sign * m.captured(4).toInt());
        if (m.captured(5).isEmpty())
            return day.toString(Qt::ISODate);
        const QTime time(m.captured(5).toInt(), m.captured(6).toInt(), m.captured(7).toInt());
        if (!time.isValid())
            fail(where, u"\""_s + s + u"\": no such time of day"_s);
        return QDateTime(day, time, Qt::UTC).toString(Qt::ISODate);
    }

    /** Appends the records of @p value (an array of bodies of type T) to @p out, each validated as sync would. */
    template<DomainRecord T> void readRecords(const QJsonValue &value, const QString &where, QList<T> &out)
    {
        if (!value.isUndefined() && !value.isArray())
            fail(where, u"not a list of records"_s);
        const QJsonArray bodies = value.toArray();
        const QString type = QString::fromLatin1(T::recordType);
        for (qsizetype i = 0; i < bodies.size() && m_error.isEmpty(); ++i) {
            const QString at = where + u'[' + QString::number(i) + u']';
            if (!bodies.at(i).isObject()) {
                fail(at, u"not a record (a JSON object)"_s);
                return;
            }
            const QString written = bodies.at(i)[u"id"_s].toString();
            const QJsonObject body = resolve(bodies.at(i), at).toObject();
            const std::optional<T> record = T::fromJson(body);
            const QString id = body.value(u"id"_s).toString();
            const ValidationErrors errors
                = validateRecordBody(type, id, record ? record->ownerId() : QString(), body, m_now);
            if (!errors.isEmpty())
                fail(at + u" ("_s + written + u")."_s + errors.first().field, errors.first().code);
            else if (m_ids[type].contains(id))
                fail(at + u" ("_s + written + u')', u"a second record with this id"_s);
            if (!m_error.isEmpty())
                return;
            m_ids[type].insert(id);
            m_defined.insert(id);
            out.append(*record);
        }
    }

    QString m_path;
    QDate m_today;
    QDateTime m_now;
    quint32 m_seed;
    QString m_error;
    QHash<QString, QSet<QString>> m_ids; ///< record type -> ids
    QSet<QString> m_defined; ///< every id a reference may name
    QList<std::pair<QString, QString>> m_references; ///< where, id
};

} // namespace

DemoLoadResult loadDemoAuthority(const QString &path, const QDate &today, quint32 seed)
{
    return DemoFileReader(path, today, seed).read();
}

DemoAuthority makeDemoAuthority(const QDate &today, quint32 seed)
{
    DemoLoadResult r = loadDemoAuthority(builtInDemo, today, seed);
    if (!r.ok())
        qFatal("The built-in demo authority does not load: %s", qPrintable(r.error));
    return std::move(r.authority);
}

} // namespace Pathway

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "protocol/protocol.h"

#include <cmath>

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway::Sync {

namespace {

/** Small reader that validates one JSON object and records the first error. */
class Reader
{
public:
    Reader(const QJsonValue &value, ProtocolError *error, QString path)
        : m_error(error)
        , m_path(std::move(path))
    {
        if (!value.isObject()) {
            fail(u"wrong_type"_s, {});
        } else {
            m_obj = value.toObject();
        }
    }

    bool ok() const { return m_ok; }
    const QJsonObject &object() const { return m_obj; }
    QString path(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    void fail(const QString &code, const QString &key)
    {
        if (m_ok && m_error) {
            *m_error = {code, key.isEmpty() ? m_path : path(key)};
        }
        m_ok = false;
    }

    QString string(const QString &key, bool required, int maxLength = 256)
    {
        const auto v = m_obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                fail(u"missing_field"_s, key);
            }
            return {};
        }
        if (!v.isString()) {
            fail(u"wrong_type"_s, key);
            return {};
        }
        const auto s = v.toString();
        if (s.size() > maxLength) {
            fail(u"invalid_value"_s, key);
        }
        return s;
    }

    bool boolean(const QString &key, bool required)
    {
        const auto v = m_obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                fail(u"missing_field"_s, key);
            }
            return false;
        }
        if (!v.isBool()) {
            fail(u"wrong_type"_s, key);
        }
        return v.toBool();
    }

    qint64 integer(const QString &key, bool required, qint64 min, qint64 max, qint64 fallback)
    {
        const auto v = m_obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                fail(u"missing_field"_s, key);
            }
            return fallback;
        }
        if (!v.isDouble()) {
            fail(u"wrong_type"_s, key);
            return fallback;
        }
        const double d = v.toDouble();
        // Range first: converting a double outside qint64 (1e300, infinity) is undefined behaviour.
        if (!(d >= static_cast<double>(min) && d <= static_cast<double>(max)) || std::trunc(d) != d) {
            fail(u"invalid_value"_s, key);
            return fallback;
        }
        return static_cast<qint64>(d);
    }

    QJsonObject object(const QString &key, bool required)
    {
        const auto v = m_obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                fail(u"missing_field"_s, key);
            }
            return {};
        }
        if (!v.isObject()) {
            fail(u"wrong_type"_s, key);
        }
        return v.toObject();
    }

    QJsonArray array(const QString &key, bool required)
    {
        const auto v = m_obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                fail(u"missing_field"_s, key);
            }
            return {};
        }
        if (!v.isArray()) {
            fail(u"wrong_type"_s, key);
        }
        return v.toArray();
    }

    QMap<QString, QString> stringMap(const QString &key)
    {
        QMap<QString, QString> out;
        const auto obj = object(key, false);
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!it.value().isString() || it.key().size() > 128 || it.value().toString().size() > 64) {
                fail(u"wrong_type"_s, key + u'.' + it.key());
                return {};
            }
            out.insert(it.key(), it.value().toString());
        }
        return out;
    }

private:
    QJsonObject m_obj;
    ProtocolError *m_error;
    QString m_path;
    bool m_ok = true;
};

bool isValidId(const QString &id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_.:-]{1,64}$"_s);
    return re.match(id).hasMatch();
}

QString indexPath(const QString &base, qsizetype i)
{
    return base + u'[' + QString::number(i) + u']';
}

QJsonObject stringMapToJson(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

} // namespace

// --- HLC ---------------------------------------------------------------------------------

QString Hlc::toString() const
{
    return u"%1-%2-%3"_s.arg(millis, 16, 10, QLatin1Char('0')).arg(counter, 5, 10, QLatin1Char('0')).arg(node);
}

std::optional<Hlc> Hlc::parse(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{16})-(\\d{5})-([A-Za-z0-9_.:-]{1,64})$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    return Hlc {m.captured(1).toLongLong(), m.captured(2).toInt(), m.captured(3)};
}

bool isValidHlc(const QString &text)
{
    return Hlc::parse(text).has_value();
}

Hlc Hlc::next(const std::optional<Hlc> &last, qint64 nowMillis, const QString &node)
{
    if (!last || nowMillis > last->millis) {
        return {nowMillis, 0, node};
    }
    return {last->millis, last->counter + 1, node};
}

Hlc Hlc::receive(const std::optional<Hlc> &last, const Hlc &remote, qint64 nowMillis, const QString &node)
{
    const qint64 lastMs = last ? last->millis : 0;
    const qint64 ms = std::max({lastMs, remote.millis, nowMillis});
    int counter = 0;
    if (ms == lastMs && ms == remote.millis) {
        counter = std::max(last->counter, remote.counter) + 1;
    } else if (ms == lastMs) {
        counter = last->counter + 1;
    } else if (ms == remote.millis) {
        counter = remote.counter + 1;
    }
    return {ms, counter, node};
}

// --- record types ------------------------------------------------------------------------

QStringList knownRecordTypes()
{
    return {u"young_person"_s,      u"staff"_s,           u"allocation"_s,       u"plan_section"_s,
            u"plan_action"_s,       u"plan_review"_s,     u"health_entry"_s,     u"health_handover"_s,
            u"offer_item"_s,        u"entitlement"_s,     u"document"_s,         u"contact_log"_s,
            u"contact_amendment"_s, u"contact_request"_s, u"chronology_event"_s, u"authority_settings"_s,
            u"activity"_s,          u"accommodation"_s,   u"in_touch"_s};
}

bool isKnownRecordType(const QString &type)
{
    return knownRecordTypes().contains(type);
}

bool isAuthorityWideType(const QString &type)
{
    return type == "staff"_L1 || type == "offer_item"_L1 || type == "authority_settings"_L1;
}

bool isAppendOnlyType(const QString &type)
{
    return type == "contact_log"_L1 || type == "contact_amendment"_L1;
}

bool isLongTextField(const QString &field)
{
    static const QStringList fields {u"notes"_s,   u"ownWords"_s,         u"goal"_s,        u"details"_s,
                                     u"outcome"_s, u"youngPersonViews"_s, u"contingency"_s, u"message"_s};
    return fields.contains(field);
}

QString toCode(ChangeOp op)
{
    return op == ChangeOp::Delete ? u"delete"_s : u"upsert"_s;
}

// --- Change ------------------------------------------------------------------------------

QJsonObject Change::toJson() const
{
    return {{u"changeId"_s, changeId}, {u"recordType"_s, recordType}, {u"recordId"_s, recordId},
            {u"ownerId"_s, ownerId},   {u"op"_s, toCode(op)},         {u"hlc"_s, hlc},
            {u"baseHlc"_s, baseHlc},   {u"fields"_s, fields}};
}

std::optional<Change> Change::fromJson(const QJsonValue &json, ProtocolError *error, const QString &path)
{
    Reader r(json, error, path);
    if (!r.ok()) {
        return std::nullopt;
    }
    Change c;
    c.changeId = r.string(u"changeId"_s, true);
    if (r.ok() && !isValidId(c.changeId)) {
        r.fail(u"invalid_value"_s, u"changeId"_s);
    }
    c.recordType = r.string(u"recordType"_s, true);
    if (r.ok() && !isKnownRecordType(c.recordType)) {
        r.fail(u"unknown_record_type"_s, u"recordType"_s);
    }
    c.recordId = r.string(u"recordId"_s, true);
    if (r.ok() && !isValidId(c.recordId)) {
        r.fail(u"invalid_value"_s, u"recordId"_s);
    }
    c.ownerId = r.string(u"ownerId"_s, true);
    if (r.ok()) {
        const bool wide = isAuthorityWideType(c.recordType);
        if ((wide && !c.ownerId.isEmpty()) || (!wide && !isValidId(c.ownerId))) {
            r.fail(u"invalid_value"_s, u"ownerId"_s);
        }
    }
    const auto op = r.string(u"op"_s, true);
    if (r.ok()) {
        if (op == "upsert"_L1) {
            c.op = ChangeOp::Upsert;
        } else if (op == "delete"_L1) {
            c.op = ChangeOp::Delete;
        } else {
            r.fail(u"invalid_value"_s, u"op"_s);
        }
    }
    c.hlc = r.string(u"hlc"_s, true);
    if (r.ok() && !isValidHlc(c.hlc)) {
        r.fail(u"invalid_value"_s, u"hlc"_s);
    }
    c.baseHlc = r.string(u"baseHlc"_s, false);
    if (r.ok() && !c.baseHlc.isEmpty() && !isValidHlc(c.baseHlc)) {
        r.fail(u"invalid_value"_s, u"baseHlc"_s);
    }
    c.fields = r.object(u"fields"_s, c.op == ChangeOp::Upsert);
    if (r.ok() && c.fields.contains(u"id"_s) && c.fields.value(u"id"_s) != QJsonValue(c.recordId)) {
        r.fail(u"invalid_value"_s, u"fields.id"_s);
    }
    if (!r.ok()) {
        return std::nullopt;
    }
    return c;
}

// --- Push --------------------------------------------------------------------------------

QJsonObject PushRequest::toJson() const
{
    QJsonArray arr;
    for (const auto &c : changes) {
        arr.append(c.toJson());
    }
    return {{u"deviceId"_s, deviceId}, {u"changes"_s, arr}};
}

std::optional<PushRequest> PushRequest::fromJson(const QJsonValue &json, ProtocolError *error)
{
    Reader r(json, error, {});
    if (!r.ok()) {
        return std::nullopt;
    }
    PushRequest p;
    p.deviceId = r.string(u"deviceId"_s, false, 64);
    const auto arr = r.array(u"changes"_s, true);
    if (r.ok() && arr.size() > MaxChangesPerPush) {
        r.fail(u"too_many"_s, u"changes"_s);
    }
    if (!r.ok()) {
        return std::nullopt;
    }
    for (qsizetype i = 0; i < arr.size(); ++i) {
        auto c = Change::fromJson(arr.at(i), error, indexPath(u"changes"_s, i));
        if (!c) {
            return std::nullopt;
        }
        p.changes.append(std::move(*c));
    }
    return p;
}

QString toCode(PushStatus s)
{
    switch (s) {
    case PushStatus::Applied:
        return u"applied"_s;
    case PushStatus::Duplicate:
        return u"duplicate"_s;
    case PushStatus::Conflict:
        return u"conflict"_s;
    case PushStatus::Rejected:
        return u"rejected"_s;
    }
    return {};
}

std::optional<PushStatus> pushStatusFromCode(const QString &code)
{
    for (auto s : {PushStatus::Applied, PushStatus::Duplicate, PushStatus::Conflict, PushStatus::Rejected}) {
        if (toCode(s) == code) {
            return s;
        }
    }
    return std::nullopt;
}

QJsonObject PushResult::toJson() const
{
    QJsonObject o {{u"changeId"_s, changeId},
                   {u"status"_s, toCode(status)},
                   {u"reason"_s, reason},
                   {u"serverSeq"_s, serverSeq},
                   {u"hlc"_s, hlc}};
    if (!field.isEmpty()) {
        o.insert(u"field"_s, field);
    }
    if (!detail.isEmpty()) {
        o.insert(u"detail"_s, detail);
    }
    return o;
}

std::optional<PushResult> PushResult::fromJson(const QJsonValue &json, ProtocolError *error, const QString &path)
{
    Reader r(json, error, path);
    if (!r.ok()) {
        return std::nullopt;
    }
    PushResult p;
    p.changeId = r.string(u"changeId"_s, true);
    const auto status = r.string(u"status"_s, true);
    if (r.ok()) {
        if (auto s = pushStatusFromCode(status)) {
            p.status = *s;
        } else {
            r.fail(u"invalid_value"_s, u"status"_s);
        }
    }
    p.reason = r.string(u"reason"_s, false);
    p.serverSeq = r.integer(u"serverSeq"_s, false, 0, (qint64(1) << 53), 0);
    p.hlc = r.string(u"hlc"_s, false);
    p.field = r.string(u"field"_s, false);
    p.detail = r.string(u"detail"_s, false);
    if (!r.ok()) {
        return std::nullopt;
    }
    return p;
}

QString storedReason(const PushResult &result)
{
    if (result.reason != QLatin1StringView(Reason::InvalidField)) {
        return result.reason;
    }
    return result.reason + u':' + result.detail + u':' + result.field;
}

QStringList refusalParts(const QString &stored)
{
    return {stored.section(u':', 0, 0), stored.section(u':', 1, 1), stored.section(u':', 2)};
}

QJsonObject PushResponse::toJson() const
{
    QJsonArray arr;
    for (const auto &res : results) {
        arr.append(res.toJson());
    }
    return {{u"results"_s, arr}, {u"wipe"_s, wipe}};
}

std::optional<PushResponse> PushResponse::fromJson(const QJsonValue &json, ProtocolError *error)
{
    Reader r(json, error, {});
    if (!r.ok()) {
        return std::nullopt;
    }
    PushResponse p;
    const auto arr = r.array(u"results"_s, true);
    p.wipe = r.boolean(u"wipe"_s, false);
    if (!r.ok()) {
        return std::nullopt;
    }
    for (qsizetype i = 0; i < arr.size(); ++i) {
        auto res = PushResult::fromJson(arr.at(i), error, indexPath(u"results"_s, i));
        if (!res) {
            return std::nullopt;
        }
        p.results.append(std::move(*res));
    }
    return p;
}

// --- Pull --------------------------------------------------------------------------------

QString authorityScope()
{
    return u"authority"_s;
}

QString ownerScope(const QString &ownerId)
{
    return u"owner:"_s + ownerId;
}

QString ownerFromScope(const QString &scope)
{
    return scope.startsWith("owner:"_L1) ? scope.mid(6) : QString();
}

QJsonObject PullRequest::toJson() const
{
    return {{u"cursors"_s, stringMapToJson(cursors)}, {u"limit"_s, limit}};
}

std::optional<PullRequest> PullRequest::fromJson(const QJsonValue &json, ProtocolError *error)
{
    Reader r(json, error, {});
    if (!r.ok()) {
        return std::nullopt;
    }
    PullRequest p;
    p.cursors = r.stringMap(u"cursors"_s);
    // Above MaxPullLimit is refused (invalid_value), not quietly capped: the caller learns the limit.
    p.limit = static_cast<int>(r.integer(u"limit"_s, false, 1, MaxPullLimit, DefaultPullLimit));
    if (r.ok() && p.cursors.size() > 10000) {
        r.fail(u"too_many"_s, u"cursors"_s);
    }
    if (!r.ok()) {
        return std::nullopt;
    }
    return p;
}

QJsonObject ConflictInfo::toJson() const
{
    return {{u"conflictId"_s, conflictId},
            {u"field"_s, field},
            {u"otherValue"_s, otherValue},
            {u"otherHlc"_s, otherHlc},
            {u"changeId"_s, changeId}};
}

std::optional<ConflictInfo> ConflictInfo::fromJson(const QJsonValue &json, ProtocolError *error, const QString &path)
{
    Reader r(json, error, path);
    if (!r.ok()) {
        return std::nullopt;
    }
    ConflictInfo c;
    c.conflictId = r.string(u"conflictId"_s, true);
    c.field = r.string(u"field"_s, true);
    c.otherValue = r.object().value(u"otherValue"_s);
    c.otherHlc = r.string(u"otherHlc"_s, false);
    c.changeId = r.string(u"changeId"_s, false);
    if (!r.ok()) {
        return std::nullopt;
    }
    return c;
}

QJsonObject PulledRecord::toJson() const
{
    QJsonArray arr;
    for (const auto &c : conflicts) {
        arr.append(c.toJson());
    }
    return {{u"recordType"_s, recordType},
            {u"recordId"_s, recordId},
            {u"ownerId"_s, ownerId},
            {u"body"_s, body},
            {u"hlc"_s, hlc},
            {u"fieldHlc"_s, fieldHlc},
            {u"deleted"_s, deleted},
            {u"serverSeq"_s, serverSeq},
            {u"conflicts"_s, arr}};
}

std::optional<PulledRecord> PulledRecord::fromJson(const QJsonValue &json, ProtocolError *error, const QString &path)
{
    Reader r(json, error, path);
    if (!r.ok()) {
        return std::nullopt;
    }
    PulledRecord p;
    p.recordType = r.string(u"recordType"_s, true);
    p.recordId = r.string(u"recordId"_s, true);
    p.ownerId = r.string(u"ownerId"_s, true);
    p.body = r.object(u"body"_s, true);
    p.hlc = r.string(u"hlc"_s, true);
    p.fieldHlc = r.object(u"fieldHlc"_s, false);
    p.deleted = r.boolean(u"deleted"_s, false);
    p.serverSeq = r.integer(u"serverSeq"_s, true, 0, (qint64(1) << 53), 0);
    const auto arr = r.array(u"conflicts"_s, false);
    if (!r.ok()) {
        return std::nullopt;
    }
    for (qsizetype i = 0; i < arr.size(); ++i) {
        auto c = ConflictInfo::fromJson(arr.at(i), error, indexPath(r.path(u"conflicts"_s), i));
        if (!c) {
            return std::nullopt;
        }
        p.conflicts.append(std::move(*c));
    }
    return p;
}

QJsonObject PullResponse::toJson() const
{
    QJsonArray recs;
    for (const auto &rec : records) {
        recs.append(rec.toJson());
    }
    return {{u"records"_s, recs},
            {u"cursors"_s, stringMapToJson(cursors)},
            {u"hasMore"_s, hasMore},
            {u"removeOwners"_s, QJsonArray::fromStringList(removeOwners)},
            {u"wipe"_s, wipe}};
}

std::optional<PullResponse> PullResponse::fromJson(const QJsonValue &json, ProtocolError *error)
{
    Reader r(json, error, {});
    if (!r.ok()) {
        return std::nullopt;
    }
    PullResponse p;
    const auto recs = r.array(u"records"_s, true);
    p.cursors = r.stringMap(u"cursors"_s);
    p.hasMore = r.boolean(u"hasMore"_s, false);
    p.wipe = r.boolean(u"wipe"_s, false);
    const auto removed = r.array(u"removeOwners"_s, false);
    for (qsizetype i = 0; r.ok() && i < removed.size(); ++i) {
        if (!removed.at(i).isString()) {
            r.fail(u"wrong_type"_s, indexPath(u"removeOwners"_s, i));
        }
        p.removeOwners.append(removed.at(i).toString());
    }
    if (!r.ok()) {
        return std::nullopt;
    }
    for (qsizetype i = 0; i < recs.size(); ++i) {
        auto rec = PulledRecord::fromJson(recs.at(i), error, indexPath(u"records"_s, i));
        if (!rec) {
            return std::nullopt;
        }
        p.records.append(std::move(*rec));
    }
    return p;
}

} // namespace Pathway::Sync

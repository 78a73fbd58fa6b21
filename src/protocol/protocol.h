// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * The sync wire protocol shared by the app's sync client and pathway-server (docs/api/openapi.yaml).
 *
 * Every message converts to and from JSON. fromJson() validates shape and values and returns
 * std::nullopt with a ProtocolError (stable code + field, never text) when the input is wrong.
 * Unknown keys are ignored so older peers survive newer ones.
 */
namespace Pathway::Sync {

/** Why a message failed to parse: a stable code and the JSON field (dotted path) concerned. */
struct ProtocolError
{
    QString code; ///< "missing_field", "wrong_type", "invalid_value", "too_many", "unknown_record_type"
    QString field; ///< e.g. "changes[3].hlc"
    friend bool operator==(const ProtocolError &, const ProtocolError &) = default;
};

/** Most changes one push may carry. */
inline constexpr int MaxChangesPerPush = 500;
/** Most records one pull page may return; larger limits are clamped. */
inline constexpr int MaxPullLimit = 1000;
/** Default pull page size when the request gives none. */
inline constexpr int DefaultPullLimit = 200;

/** Hybrid logical clock value "<16-digit ms>-<5-digit counter>-<node>"; compares as a string. */
struct Hlc
{
    qint64 millis = 0;
    int counter = 0;
    QString node;

    QString toString() const;
    static std::optional<Hlc> parse(const QString &text);
    /** The next HLC after `last` for a local event at wall time `nowMillis` on `node`. */
    static Hlc next(const std::optional<Hlc> &last, qint64 nowMillis, const QString &node);
    /** The HLC after receiving `remote`, so local events order after what was seen. */
    static Hlc receive(const std::optional<Hlc> &last, const Hlc &remote, qint64 nowMillis, const QString &node);
};
bool isValidHlc(const QString &text);

/** Record types of docs/records-and-changes.md. */
QStringList knownRecordTypes();
bool isKnownRecordType(const QString &type);
/** Authority-wide types have an empty ownerId ("staff", "offer_item", "authority_settings"). */
bool isAuthorityWideType(const QString &type);
/** Types whose records are never edited once saved ("contact_log", "contact_amendment"). */
bool isAppendOnlyType(const QString &type);
/** Long free-text fields whose concurrent edits keep both versions (a visible conflict). */
bool isLongTextField(const QString &field);

enum class ChangeOp
{
    Upsert,
    Delete
};
QString toCode(ChangeOp op);

/** One local write, as stored in the outbox and sent in a push (docs/records-and-changes.md). */
struct Change
{
    QString changeId;
    QString recordType;
    QString recordId;
    QString ownerId;
    ChangeOp op = ChangeOp::Upsert;
    QString hlc;
    QString baseHlc;
    QJsonObject fields;

    QJsonObject toJson() const;
    static std::optional<Change>
    fromJson(const QJsonValue &json, ProtocolError *error = nullptr, const QString &path = {});
    friend bool operator==(const Change &, const Change &) = default;
};

/** POST /v1/sync/push body. */
struct PushRequest
{
    QString deviceId;
    QList<Change> changes;

    QJsonObject toJson() const;
    static std::optional<PushRequest> fromJson(const QJsonValue &json, ProtocolError *error = nullptr);
};

/** Outcome of one pushed change. */
enum class PushStatus
{
    Applied,
    Duplicate,
    Conflict,
    Rejected
};
QString toCode(PushStatus s);
std::optional<PushStatus> pushStatusFromCode(const QString &code);

/**
 * Reason codes of rejected changes: "forbidden", "append_only", "clock_skew", "invalid",
 * "invalid_field" (the record, as it would be stored, fails the domain's validation; the result's
 * `field` names the field and `detail` the validation code of domain/validation.h),
 * "owner_mismatch", "unknown_owner", "device_revoked" (a revoked device's change past its final
 * upload window); "text_conflict" for a Conflict (applied, both texts kept).
 */
namespace Reason {
inline constexpr auto Forbidden = "forbidden";
inline constexpr auto AppendOnly = "append_only";
inline constexpr auto ClockSkew = "clock_skew";
inline constexpr auto Invalid = "invalid";
inline constexpr auto InvalidField = "invalid_field";
inline constexpr auto OwnerMismatch = "owner_mismatch";
inline constexpr auto UnknownOwner = "unknown_owner";
inline constexpr auto DeviceRevoked = "device_revoked";
inline constexpr auto TextConflict = "text_conflict";
} // namespace Reason

/** The server's answer for one change. Duplicates repeat the original result. */
struct PushResult
{
    QString changeId;
    PushStatus status = PushStatus::Applied;
    QString reason; ///< empty when applied without conflict
    qint64 serverSeq = 0; ///< sequence number of the record version this change produced (0 if rejected)
    QString hlc; ///< the record's HLC after the change
    QString field {}; ///< "invalid_field": the JSON field concerned (dotted path), else empty
    QString detail {}; ///< "invalid_field": the validation code (domain/validation.h), else empty

    QJsonObject toJson() const;
    static std::optional<PushResult>
    fromJson(const QJsonValue &json, ProtocolError *error = nullptr, const QString &path = {});
    friend bool operator==(const PushResult &, const PushResult &) = default;
};

/**
 * A rejection as the device keeps it with the change (the outbox's last_error): the reason
 * code, and for "invalid_field" also the validation code and the field, "invalid_field:too_long:notes".
 * refusalParts() splits it again: {reason, detail, field}.
 */
QString storedReason(const PushResult &result);
QStringList refusalParts(const QString &stored);

/** POST /v1/sync/push answer: one result per change, in request order. */
struct PushResponse
{
    QList<PushResult> results;
    bool wipe = false; ///< the device was revoked: this was its final accepted batch; wipe local data

    QJsonObject toJson() const;
    static std::optional<PushResponse> fromJson(const QJsonValue &json, ProtocolError *error = nullptr);
};

/**
 * POST /v1/sync/pull body. Cursors are opaque strings per scope: "authority" for authority-wide
 * records and "owner:<youngPersonId>" per young person. A scope missing from the map starts at
 * the beginning, so a newly visible young person's whole history arrives.
 */
struct PullRequest
{
    QMap<QString, QString> cursors;
    int limit = DefaultPullLimit;

    QJsonObject toJson() const;
    static std::optional<PullRequest> fromJson(const QJsonValue &json, ProtocolError *error = nullptr);
};

/** Scope names used as cursor keys. */
QString authorityScope();
QString ownerScope(const QString &ownerId);
/** The owner id of an "owner:<id>" scope, or empty. */
QString ownerFromScope(const QString &scope);

/** A visible record conflict: the version that lost LWW for a long text field, kept for a human. */
struct ConflictInfo
{
    QString conflictId;
    QString field;
    QJsonValue otherValue; ///< the text that is NOT the record's current value
    QString otherHlc;
    QString changeId;

    QJsonObject toJson() const;
    static std::optional<ConflictInfo>
    fromJson(const QJsonValue &json, ProtocolError *error = nullptr, const QString &path = {});
    friend bool operator==(const ConflictInfo &, const ConflictInfo &) = default;
};

/** One record's merged current state, as pulled. */
struct PulledRecord
{
    QString recordType;
    QString recordId;
    QString ownerId;
    QJsonObject body; ///< merged current fields
    QString hlc;
    QJsonObject fieldHlc; ///< field -> HLC of its current value
    bool deleted = false;
    qint64 serverSeq = 0;
    QList<ConflictInfo> conflicts;

    QJsonObject toJson() const;
    static std::optional<PulledRecord>
    fromJson(const QJsonValue &json, ProtocolError *error = nullptr, const QString &path = {});
    friend bool operator==(const PulledRecord &, const PulledRecord &) = default;
};

/** POST /v1/sync/pull answer. */
struct PullResponse
{
    QList<PulledRecord> records;
    QMap<QString, QString> cursors; ///< new cursor per visible scope; store with the page in one transaction
    bool hasMore = false;
    QStringList
        removeOwners; ///< young people this device must drop (access ended) once their pending changes are pushed
    bool wipe = false; ///< the device was revoked: wipe all local data
    /**
     * On the device, not on the wire: each record's body as the page's text holds it (compact
     * JSON from the server), in the order of records, so the store keeps it without writing the
     * parsed body out again. Empty when not known; toJson() and fromJson() leave it alone.
     */
    QList<QByteArray> bodyTexts;

    QJsonObject toJson() const;
    static std::optional<PullResponse> fromJson(const QJsonValue &json, ProtocolError *error = nullptr);
};

} // namespace Pathway::Sync

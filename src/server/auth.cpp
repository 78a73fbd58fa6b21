// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/auth.h"

#include "server/serverlog.h"

#include <QUuid>

#include <algorithm>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

// A revoked device's final upload window: when it opened, how many changes it admitted and refused.
// Registered with the store's schema before any store opens (the table is created at open()).
const auto finalPushSchemaSql = uR"SQL(
CREATE TABLE IF NOT EXISTS final_pushes (device_id TEXT PRIMARY KEY, opened_at BIGINT NOT NULL,
    changes BIGINT NOT NULL, refused BIGINT NOT NULL);
)SQL"_s;

// Refresh token families: every login session a refresh descends from shares its first
// session's family; rotated_at is set once a session's refresh token has been spent. A spent
// refresh token presented again means it was copied, so the whole family is revoked.
const auto tokenFamilySchemaSql = uR"SQL(
CREATE TABLE IF NOT EXISTS token_families (session_id TEXT PRIMARY KEY, family_id TEXT NOT NULL,
    rotated_at BIGINT);
CREATE INDEX IF NOT EXISTS token_families_family ON token_families (family_id);
)SQL"_s;

const bool finalPushSchemaRegistered = [] {
    SqlServerStore::addSchema({u"final_pushes"_s, finalPushSchemaSql, finalPushSchemaSql});
    SqlServerStore::addSchema({u"token_families"_s, tokenFamilySchemaSql, tokenFamilySchemaSql});
    return true;
}();

} // namespace

QString newBearerToken()
{
    QByteArray raw(32, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hashSecret(const QString &secret)
{
    const QByteArray in = secret.toUtf8();
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(out, reinterpret_cast<const unsigned char *>(in.constData()), quint64(in.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

QString hashPassword(const QByteArray &password)
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.constData(), quint64(password.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return {};
    }
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &hash, const QByteArray &password)
{
    const QByteArray h = hash.toLatin1();
    return !h.isEmpty() && crypto_pwhash_str_verify(h.constData(), password.constData(), quint64(password.size())) == 0;
}

QString newEnrolCode()
{
    static const char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // 32 symbols: 40 bits per code
    QString code;
    for (int i = 0; i < 8; ++i) {
        if (i == 4) {
            code += u'-';
        }
        code += QLatin1Char(alphabet[randombytes_uniform(32)]);
    }
    return code;
}

QString canonicalEnrolCode(const QString &typed)
{
    QString out;
    for (const QChar c : typed.toUpper()) {
        if (c.isLetterOrNumber()) {
            out += c == u'O' ? u'0' : c == u'I' ? u'1' : c; // never issued: keeps typos from matching
        }
    }
    return out;
}

AuthService::AuthService(ServerStore &store, const Clock &clock, const ServerConfig &config)
    : m_store(store)
    , m_clock(clock)
    , m_config(config)
    , m_dummyHash(hashPassword(QByteArray("not a real password")))
    , m_hashPool(std::make_unique<HashPool>(config.loginThreads, config.loginQueue))
{
}

qint64 AuthService::throttleDelaySecs(int failures)
{
    if (failures < 3) {
        return 0;
    }
    return std::min<qint64>(qint64(1) << std::min(failures - 3, 10), 900);
}

std::optional<IssuedTokens> AuthService::issue(const QString &subjectKind,
                                               const QString &subjectId,
                                               const QString &role,
                                               const QString &deviceId,
                                               const QString &familyId)
{
    const qint64 now = nowMs();
    const QString session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool familyStored = false;
    m_store.withConnection([&](SqlConnection &db) {
        familyStored = db.exec(u"INSERT INTO token_families (session_id, family_id, rotated_at) VALUES (?, ?, NULL)"_s,
                               {session, familyId.isEmpty() ? session : familyId})
            == SqlError::Ok;
    });
    if (!familyStored) {
        return std::nullopt;
    }
    IssuedTokens t {newBearerToken(), newBearerToken(), now + m_config.accessTokenTtlSecs * 1000, role,
                    subjectId,        deviceId};
    if (m_store.upsertDevice({deviceId, subjectKind, subjectId, now, {}}) != StoreStatus::Ok) {
        return std::nullopt;
    }
    const auto dev = m_store.device(deviceId);
    if (!dev || dev->subjectId != subjectId || dev->revokedAt) {
        return std::nullopt; // a device id belongs to one person, and a revoked one stays revoked
    }
    if (m_store.insertToken(
            {hashSecret(t.token), session, u"access"_s, subjectKind, subjectId, deviceId, t.expiresAtMs, {}, false})
            != StoreStatus::Ok
        || m_store.insertToken({hashSecret(t.refreshToken),
                                session,
                                u"refresh"_s,
                                subjectKind,
                                subjectId,
                                deviceId,
                                now + m_config.refreshTokenTtlSecs * 1000,
                                {},
                                false})
            != StoreStatus::Ok) {
        return std::nullopt;
    }
    return t;
}

namespace {

/** Failed-login counter key: per account and address, or (empty address) per account from anywhere. */
QString loginKey(const QString &email, const QString &remoteAddress)
{
    const QString account = email.trimmed().toLower();
    if (remoteAddress.isEmpty()) {
        return hashSecret(u"login-account|"_s + account);
    }
    return hashSecret(u"login|"_s + account + u'|' + remoteAddress);
}

} // namespace

qint64 AuthService::loginRetryAfterSecs(const QString &email, const QString &remoteAddress)
{
    const qint64 now = nowMs();
    qint64 waitMs = 0;
    // Per address, and per account across addresses (a few more failures allowed before it starts).
    const auto [failures, last] = m_store.loginFailures(loginKey(email, remoteAddress));
    const auto [accountFailures, accountLast] = m_store.loginFailures(loginKey(email, {}));
    const qint64 delayMs = throttleDelaySecs(failures) * 1000;
    const qint64 accountDelayMs = throttleDelaySecs(accountFailures - (AccountFreeFailures - 3)) * 1000;
    waitMs = std::max({waitMs, delayMs - (now - last), accountDelayMs - (now - accountLast)});
    return waitMs > 0 ? (waitMs + 999) / 1000 : 0;
}

LoginResult AuthService::login(const QString &email,
                               const QByteArray &password,
                               const QString &remoteAddress,
                               const QString &deviceId)
{
    const qint64 now = nowMs();
    if (const qint64 wait = loginRetryAfterSecs(email, remoteAddress); wait > 0) {
        return {std::nullopt, u"too_many_attempts"_s, wait};
    }
    const auto [failures, last] = m_store.loginFailures(loginKey(email, remoteAddress));
    const auto account = m_store.staffByEmail(email.trimmed());
    // Verify against a dummy hash for unknown accounts so timing does not reveal which e-mails exist.
    const bool ok
        = verifyPassword(account ? account->passwordHash : m_dummyHash, password) && account && account->active;
    if (!ok) {
        m_store.recordLoginFailure(loginKey(email, remoteAddress), now);
        m_store.recordLoginFailure(loginKey(email, {}), now);
        logEvent(LogLevel::Info, u"login_failed"_s, {{u"failures"_s, failures + 1}});
        return {std::nullopt, u"invalid_credentials"_s, 0};
    }
    m_store.clearLoginFailures(loginKey(email, remoteAddress));
    m_store.clearLoginFailures(loginKey(email, {}));
    const QString device
        = deviceId.isEmpty() ? u"staff-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) : deviceId;
    auto tokens = issue(u"staff"_s, account->id, account->role, device);
    if (!tokens) {
        return {std::nullopt, u"device_unavailable"_s, 0};
    }
    logEvent(LogLevel::Info, u"login"_s, {{u"user"_s, logSubject(account->id)}});
    return {tokens, {}, 0};
}

LoginResult AuthService::refresh(const QString &refreshToken)
{
    const auto row = m_store.token(hashSecret(refreshToken));
    if (!row || row->kind != "refresh"_L1) {
        return {std::nullopt, u"unauthenticated"_s, 0};
    }
    if (row->revokedAt) {
        if (spentBefore(row->sessionId)) {
            revokeFamily(row->sessionId);
        }
        return {std::nullopt, u"token_revoked"_s, 0};
    }
    if (row->expiresAt <= nowMs()) {
        return {std::nullopt, u"token_expired"_s, 0};
    }
    QString role = u"young_person"_s;
    if (row->subjectKind == "staff"_L1) {
        const auto staff = m_store.staffById(row->subjectId);
        if (!staff || !staff->active) {
            return {std::nullopt, u"token_revoked"_s, 0};
        }
        role = staff->role;
    }
    // Rotation: the old session ends (no final push: its device keeps working with the new one).
    // Only one refresh may spend a token: a second one, even a concurrent one, is a reuse.
    const auto family = spend(row->sessionId);
    if (!family || family->isEmpty()) {
        if (family) {
            revokeFamily(row->sessionId);
        }
        return {std::nullopt, u"token_revoked"_s, 0};
    }
    m_store.revokeSession(row->sessionId, nowMs(), false);
    auto tokens = issue(row->subjectKind, row->subjectId, role, row->deviceId, *family);
    if (!tokens) {
        return {std::nullopt, u"token_revoked"_s, 0};
    }
    return {tokens, {}, 0};
}

std::optional<QString> AuthService::spend(const QString &sessionId)
{
    std::optional<QString> family;
    m_store.withConnection([&](SqlConnection &db) {
        // A session issued before families were recorded starts its own family here.
        SqlRows ignored;
        SqlRows updated;
        if (db.exec(u"INSERT INTO token_families (session_id, family_id, rotated_at) VALUES (?, ?, NULL) "
                    "ON CONFLICT (session_id) DO NOTHING"_s,
                    {sessionId, sessionId}, &ignored)
                != SqlError::Ok
            || db.exec(u"UPDATE token_families SET rotated_at = ? WHERE session_id = ? AND rotated_at IS NULL "
                       "RETURNING family_id"_s,
                       {nowMs(), sessionId}, &updated)
                != SqlError::Ok) {
            return;
        }
        family = updated.isEmpty() ? QString() : updated.text(0, 0);
    });
    return family;
}

bool AuthService::spentBefore(const QString &sessionId)
{
    bool spent = false;
    m_store.withReadConnection([&](SqlConnection &db) {
        SqlRows row;
        spent = db.exec(u"SELECT rotated_at FROM token_families WHERE session_id = ?"_s, {sessionId}, &row)
                == SqlError::Ok
            && !row.isEmpty() && !row.isNull(0, 0);
    });
    return spent;
}

void AuthService::revokeFamily(const QString &sessionId)
{
    QStringList sessions;
    m_store.withReadConnection([&](SqlConnection &db) {
        SqlRows rows;
        if (db.exec(u"SELECT session_id FROM token_families WHERE family_id = "
                    "(SELECT family_id FROM token_families WHERE session_id = ?)"_s,
                    {sessionId}, &rows)
            != SqlError::Ok) {
            return;
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            sessions.append(rows.text(i, 0));
        }
    });
    for (const auto &s : std::as_const(sessions)) {
        m_store.revokeSession(s, nowMs(), false);
    }
    logEvent(LogLevel::Warning, u"refresh_token_reused"_s, {{u"sessions"_s, qint64(sessions.size())}});
}

AuthResult AuthService::authenticate(const QString &authorizationHeader)
{
    if (!authorizationHeader.startsWith("Bearer "_L1, Qt::CaseInsensitive)) {
        return {std::nullopt, u"unauthenticated"_s};
    }
    const QString hash = hashSecret(authorizationHeader.mid(7).trimmed());
    const auto row = m_store.token(hash);
    if (!row || row->kind != "access"_L1) {
        return {std::nullopt, u"unauthenticated"_s};
    }
    if (row->revokedAt && row->finalPushUsed) {
        return {std::nullopt, u"token_revoked"_s};
    }
    if (row->expiresAt <= nowMs()) {
        return {std::nullopt, u"token_expired"_s};
    }
    Principal p;
    p.subjectId = row->subjectId;
    p.deviceId = row->deviceId;
    p.tokenHash = hash;
    p.sessionId = row->sessionId;
    p.revoked = row->revokedAt.has_value();
    if (row->subjectKind == "staff"_L1) {
        const auto staff = m_store.staffById(row->subjectId);
        const auto role = staff ? roleFromCode(staff->role) : std::nullopt;
        if (!staff || !staff->active || !role || *role == Role::YoungPerson) {
            return {std::nullopt, u"token_revoked"_s};
        }
        p.role = *role;
        p.authorityId = staff->authorityId;
        p.teamId = staff->teamId;
    } else {
        const auto yp = m_store.youngPerson(row->subjectId);
        if (!yp) {
            return {std::nullopt, u"token_revoked"_s};
        }
        p.role = Role::YoungPerson;
        p.authorityId = yp->authorityId;
    }
    return {p, {}};
}

void AuthService::logout(const Principal &who)
{
    m_store.revokeSession(who.sessionId, nowMs(), false);
}

std::optional<std::pair<QString, qint64>> AuthService::createEnrolCode(const Principal &who,
                                                                       const QString &youngPersonId)
{
    const QString code = newEnrolCode();
    const qint64 expires = nowMs() + m_config.enrolCodeTtlSecs * 1000;
    if (m_store.insertEnrolCode(hashSecret(canonicalEnrolCode(code)), youngPersonId, who.subjectId, nowMs(), expires)
        != StoreStatus::Ok) {
        return std::nullopt;
    }
    return std::pair {code, expires};
}

LoginResult AuthService::enrol(const QString &code, const QString &deviceId, const QString &remoteAddress)
{
    const qint64 now = nowMs();
    const QString key = hashSecret(u"enrol|"_s + remoteAddress);
    const auto [failures, last] = m_store.loginFailures(key);
    const qint64 delayMs = throttleDelaySecs(failures) * 1000;
    if (delayMs > 0 && now - last < delayMs) {
        return {std::nullopt, u"too_many_attempts"_s, (delayMs - (now - last) + 999) / 1000};
    }
    const QString codeHash = hashSecret(canonicalEnrolCode(code));
    // A device id already bound to someone else (or revoked) is refused before the code is used,
    // so a code typed on the wrong phone still works on the right one.
    if (!deviceId.isEmpty()) {
        const auto dev = m_store.device(deviceId);
        const auto owner = dev ? m_store.enrolCodeOwner(codeHash, now) : std::nullopt;
        if (owner && (dev->revokedAt || dev->subjectKind != "young_person"_L1 || dev->subjectId != *owner)) {
            m_store.recordLoginFailure(key, now);
            return {std::nullopt, u"device_unavailable"_s, 0};
        }
    }
    const auto yp = m_store.consumeEnrolCode(codeHash, now);
    if (!yp) {
        m_store.recordLoginFailure(key, now);
        return {std::nullopt, u"invalid_code"_s, 0};
    }
    m_store.clearLoginFailures(key);
    const QString device
        = deviceId.isEmpty() ? u"yp-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) : deviceId;
    auto tokens = issue(u"young_person"_s, *yp, u"young_person"_s, device);
    if (!tokens) {
        return {std::nullopt, u"device_unavailable"_s, 0};
    }
    logEvent(LogLevel::Info, u"enrolled"_s, {{u"user"_s, logSubject(*yp)}});
    return {tokens, {}, 0};
}

std::optional<EnrolCodeStatus> AuthService::enrolCodeStatus(const QString &code)
{
    std::optional<EnrolCodeStatus> status;
    m_store.withReadConnection([&](SqlConnection &db) {
        SqlRows row;
        if (db.exec(u"SELECT young_person_id, expires_at, used_at FROM enrol_codes WHERE code_hash = ?"_s,
                    {hashSecret(canonicalEnrolCode(code))}, &row)
                != SqlError::Ok
            || row.isEmpty()) {
            return;
        }
        status = EnrolCodeStatus {row.text(0, 0), row.int64(0, 1), std::nullopt};
        if (!row.isNull(0, 2)) {
            status->usedAtMs = row.int64(0, 2);
        }
    });
    return status;
}

std::optional<FinalPushGrant> AuthService::reserveFinalPush(const Principal &who, int requested)
{
    Q_UNUSED(finalPushSchemaRegistered)
    const qint64 now = nowMs();
    const qint64 windowMs = m_config.finalPushWindowSecs * 1000;
    const qint64 maxChanges = m_config.finalPushMaxChanges;
    std::optional<FinalPushGrant> grant;
    m_store.withConnection([&](SqlConnection &db) {
        if (db.exec(u"INSERT INTO final_pushes (device_id, opened_at, changes, refused) VALUES (?, ?, 0, 0) "
                    "ON CONFLICT (device_id) DO NOTHING"_s,
                    {who.deviceId, now})
            != SqlError::Ok) {
            return;
        }
        // Compare and swap on the count: another instance may be serving the same device.
        for (int attempt = 0; attempt < 16; ++attempt) {
            SqlRows row;
            if (db.exec(u"SELECT opened_at, changes, refused FROM final_pushes WHERE device_id = ?"_s, {who.deviceId},
                        &row)
                    != SqlError::Ok
                || row.isEmpty()) {
                return;
            }
            const qint64 openedAt = row.int64(0, 0);
            const qint64 used = row.int64(0, 1);
            const bool open = now < openedAt + windowMs;
            const int allowed = open ? int(std::clamp<qint64>(maxChanges - used, 0, requested)) : 0;
            const int refused = requested - allowed;
            SqlRows updated;
            if (db.exec(u"UPDATE final_pushes SET changes = changes + ?, refused = refused + ? "
                        "WHERE device_id = ? AND changes = ?"_s,
                        {qint64(allowed), qint64(refused), who.deviceId, used}, &updated)
                != SqlError::Ok) {
                return;
            }
            if (updated.affected == 1) {
                grant = FinalPushGrant {allowed, row.int64(0, 2) + refused};
                return;
            }
        }
    });
    return grant;
}

} // namespace Pathway::Server

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"
#include "server/access.h"
#include "server/config.h"
#include "server/hashpool.h"
#include "server/serverstore.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace Pathway::Server {

/** Random bearer token (32 bytes, base64url) and its stored form (SHA-256, hex). */
QString newBearerToken();
QString hashSecret(const QString &secret);
/** Argon2id (crypto_pwhash_str, interactive limits). Empty on failure. */
QString hashPassword(const QByteArray &password);
bool verifyPassword(const QString &hash, const QByteArray &password);
/** A short human enrolment code like "7KQ4-M2XD" (no 0/O/1/I), and its canonical form. */
QString newEnrolCode();
QString canonicalEnrolCode(const QString &typed);

/** Tokens handed to a client after login, refresh or enrolment. */
struct IssuedTokens
{
    QString token;
    QString refreshToken;
    qint64 expiresAtMs = 0;
    QString role;
    QString subjectId;
    QString deviceId;
};

/** Outcome of authenticating a bearer token. */
struct AuthResult
{
    std::optional<Principal> principal;
    QString error; ///< "unauthenticated", "token_expired", "token_revoked"
};

/** Outcome of a login or enrolment attempt. */
struct LoginResult
{
    std::optional<IssuedTokens> tokens;
    QString error; ///< "invalid_credentials", "too_many_attempts", "invalid_code", "server_error"
    qint64 retryAfterSecs = 0;
};

/** What the server knows of one enrolment code (for the staff member who shows it). */
struct EnrolCodeStatus
{
    QString youngPersonId;
    qint64 expiresAtMs = 0;
    std::optional<qint64> usedAtMs; ///< set once a device has enrolled with it
};

/** What a revoked device may still upload now: its final window before the wipe. */
struct FinalPushGrant
{
    int allowed = 0; ///< how many of the requested changes (the first ones) may be applied
    qint64 refusedTotal = 0; ///< changes refused so far in this device's final window, these included
};

/** Logins, tokens, enrolment codes and throttling. All state lives in the store (several instances share it). */
class AuthService
{
public:
    AuthService(ServerStore &store, const Clock &clock, const ServerConfig &config);

    /** Checks the password (Argon2id: call it on hashPool(), not on a thread that serves requests). */
    LoginResult
    login(const QString &email, const QByteArray &password, const QString &remoteAddress, const QString &deviceId);
    /** The wait a login would be told now (too_many_attempts), without hashing anything; 0 if none. */
    qint64 loginRetryAfterSecs(const QString &email, const QString &remoteAddress);
    /** Where logins hash passwords: a few threads, a bounded queue. */
    HashPool &hashPool() { return *m_hashPool; }
    LoginResult refresh(const QString &refreshToken);
    AuthResult authenticate(const QString &authorizationHeader);
    void logout(const Principal &who);
    /** A new enrolment code for a young person; empty if not allowed (caller checks access first). */
    std::optional<std::pair<QString, qint64>> createEnrolCode(const Principal &who, const QString &youngPersonId);
    LoginResult enrol(const QString &code, const QString &deviceId, const QString &remoteAddress);
    /** Whether a code was used or expired, so the PA showing it sees the phone set up; nullopt if unknown. */
    std::optional<EnrolCodeStatus> enrolCodeStatus(const QString &code);
    /**
     * A revoked device uploads its unsent changes before it wipes itself: its final window opens
     * at its first push after revocation and admits at most `final_push_max_changes` changes
     * within `final_push_window` seconds. Reserves up to @p requested of them atomically (several
     * instances may serve one device); nullopt if the store failed (the device retries later).
     */
    std::optional<FinalPushGrant> reserveFinalPush(const Principal &who, int requested);

    /** Seconds a client must wait after `failures` failed attempts (0 for the first three). */
    static qint64 throttleDelaySecs(int failures);
    /** Failed logins of one account, from any address, before its own delay starts. */
    static constexpr int AccountFreeFailures = 10;

private:
    /** New tokens in a new session; of the family @p familyId (a refresh), or a new family (a login). */
    std::optional<IssuedTokens> issue(const QString &subjectKind,
                                      const QString &subjectId,
                                      const QString &role,
                                      const QString &deviceId,
                                      const QString &familyId = {});
    /** Marks a session's refresh token spent: its family; "" if it was spent already; nullopt if the store failed. */
    std::optional<QString> spend(const QString &sessionId);
    bool spentBefore(const QString &sessionId);
    /** Revokes every session of the family @p sessionId belongs to (a refresh token was reused). */
    void revokeFamily(const QString &sessionId);
    qint64 nowMs() const { return m_clock.now().toMSecsSinceEpoch(); }

    ServerStore &m_store;
    const Clock &m_clock;
    const ServerConfig &m_config;
    QString m_dummyHash;
    std::unique_ptr<HashPool> m_hashPool;
};

} // namespace Pathway::Server

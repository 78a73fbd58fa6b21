// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "domain/clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Pathway {

class Keystore;

/** Argon2id cost parameters; stored in the key file so they can be raised later. */
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; ///< bytes

    /** About 0.5 s on an idle 2-core machine: 128 MiB, 6 passes (measured by bench_store). */
    static KdfParams interactive();
    /** The cheapest parameters libsodium accepts: for unit tests only. */
    static KdfParams fastForTests();
    /** Raises opsLimit at @p memLimit until one derivation takes about @p targetMs. */
    static KdfParams calibrate(int targetMs, quint64 memLimit);
    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};

/** Errors of key handling. */
enum class KeyError
{
    Ok,
    WrongPassphrase,
    Locked, ///< too many wrong guesses: try again after retryAfter
    Corrupt, ///< the key file cannot be parsed
    NotFound, ///< no key file
    AlreadyExists, ///< create() over an existing key file
    KeystoreUnavailable, ///< the key was wrapped with a keystore secret that cannot be read now
    Io, ///< the key file could not be written
    Crypto, ///< libsodium failed (e.g. out of memory for Argon2id)
};

/** The result of create() or unlock(): the raw 32-byte database key on success. */
struct KeyResult
{
    KeyError error = KeyError::Ok;
    QByteArray key; ///< 32 bytes when ok(); wipe with sodium_memzero when done
    QDateTime retryAfter; ///< when Locked or WrongPassphrase: earliest next attempt (may be now)
    int failedAttempts = 0; ///< consecutive failures so far
    bool ok() const { return error == KeyError::Ok; }
};

/**
 * Holds the database key wrapped by the user's passphrase: a random 256-bit key, wrapped with
 * XChaCha20-Poly1305 under a key derived by Argon2id (plus, where the platform keystore works,
 * a random secret kept there). The key file is JSON, written atomically with mode 0600.
 *
 * Wrong guesses never change the key file or the database: the failure counter and the time of
 * the last failure live in a separate "<key file>.attempts" file. After 3 failures each attempt
 * must wait 2, 4, 8, ... seconds (at most 5 minutes) after the previous failure. This slows
 * guessing through the app only: someone who copies the files can guess offline, which is why
 * Argon2id is costly and why the keystore secret is mixed in where there is one.
 */
class KeyManager
{
public:
    /** @p keystore may be null (passphrase only). Neither pointer is owned. */
    KeyManager(QString keyFilePath,
               const Clock &clock,
               Keystore *keystore = nullptr,
               KdfParams params = KdfParams::interactive());

    QString keyFilePath() const { return m_path; }
    QString attemptsFilePath() const { return m_path + QStringLiteral(".attempts"); }
    bool exists() const;

    /** Makes a new random database key and writes the key file. */
    KeyResult create(const QString &passphrase);
    /** Unwraps the database key; counts and delays wrong guesses. */
    KeyResult unlock(const QString &passphrase);
    /** Re-wraps the same key under @p newPassphrase (new salt, current KDF params). */
    KeyResult changePassphrase(const QString &oldPassphrase, const QString &newPassphrase);

    int failedAttempts() const;
    /** When the next attempt is allowed (now or earlier when not locked). */
    QDateTime retryAfter() const;
    /** The wait after @p failures consecutive failures: 0, 0, 0, 2, 4, 8, ... s, at most 300 s. */
    static qint64 delaySecondsAfter(int failures);
    /** Whether the stored key uses the keystore secret (false when the keystore was unavailable). */
    bool usesKeystore() const;

private:
    struct Attempts
    {
        int failures = 0;
        QDateTime lastFailure;
    };
    Attempts readAttempts() const;
    bool writeAttempts(const Attempts &a) const;
    QDateTime retryAfterFor(const Attempts &a) const;

    QString m_path;
    const Clock &m_clock;
    Keystore *m_keystore;
    KdfParams m_params;
};

} // namespace Pathway

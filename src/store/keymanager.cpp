// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "keymanager.h"

#include "keystore.h"
#include "storelog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {

constexpr int keyFileFormat = 1;
constexpr int keyBytes = 32;
constexpr auto kdfAlgorithm = "argon2id13";

/** A byte buffer wiped when it goes out of scope. */
class Wiped
{
public:
    explicit Wiped(qsizetype size = 0)
        : bytes(size, '\0')
    {
    }
    explicit Wiped(QByteArray b)
        : bytes(std::move(b))
    {
    }
    ~Wiped() { wipe(); }
    Wiped(const Wiped &) = delete;
    Wiped &operator=(const Wiped &) = delete;
    void wipe()
    {
        if (!bytes.isEmpty())
            sodium_memzero(bytes.data(), size_t(bytes.size()));
    }
    unsigned char *data() { return reinterpret_cast<unsigned char *>(bytes.data()); }
    const unsigned char *constData() const { return reinterpret_cast<const unsigned char *>(bytes.constData()); }
    QByteArray bytes;
};

struct KeyFile
{
    KdfParams params;
    QByteArray salt;
    QString keystoreName; ///< "" = passphrase only
    QByteArray nonce;
    QByteArray wrapped;
};

QByteArray associatedData(const KeyFile &f)
{
    // Binds the ciphertext to the format and every KDF parameter, so an edited file fails to open.
    return u"pathway-keyfile|%1|%2|%3|%4|%5|%6"_s.arg(keyFileFormat)
        .arg(QLatin1StringView(kdfAlgorithm))
        .arg(f.params.opsLimit)
        .arg(f.params.memLimit)
        .arg(QString::fromLatin1(f.salt.toBase64()), f.keystoreName)
        .toUtf8();
}

QByteArray toJson(const KeyFile &f)
{
    const QJsonObject kdf {
        {u"alg"_s, QLatin1StringView(kdfAlgorithm)},
        {u"opsLimit"_s, QString::number(f.params.opsLimit)},
        {u"memLimit"_s, QString::number(f.params.memLimit)},
        {u"salt"_s, QString::fromLatin1(f.salt.toBase64())},
    };
    const QJsonObject root {
        {u"format"_s, keyFileFormat},
        {u"kdf"_s, kdf},
        {u"keystore"_s, f.keystoreName},
        {u"nonce"_s, QString::fromLatin1(f.nonce.toBase64())},
        {u"wrappedKey"_s, QString::fromLatin1(f.wrapped.toBase64())},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<KeyFile> fromJson(const QByteArray &data)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    const QJsonObject kdf = root.value(u"kdf"_s).toObject();
    if (root.value(u"format"_s).toInt() != keyFileFormat
        || kdf.value(u"alg"_s).toString() != QLatin1StringView(kdfAlgorithm))
        return std::nullopt;
    KeyFile f;
    bool okOps = false;
    bool okMem = false;
    f.params.opsLimit = kdf.value(u"opsLimit"_s).toString().toULongLong(&okOps);
    f.params.memLimit = kdf.value(u"memLimit"_s).toString().toULongLong(&okMem);
    f.salt = QByteArray::fromBase64(kdf.value(u"salt"_s).toString().toLatin1());
    f.keystoreName = root.value(u"keystore"_s).toString();
    f.nonce = QByteArray::fromBase64(root.value(u"nonce"_s).toString().toLatin1());
    f.wrapped = QByteArray::fromBase64(root.value(u"wrappedKey"_s).toString().toLatin1());
    if (!okOps || !okMem || f.params.opsLimit < crypto_pwhash_OPSLIMIT_MIN
        || f.params.memLimit < crypto_pwhash_MEMLIMIT_MIN || f.salt.size() != crypto_pwhash_SALTBYTES
        || f.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
        || f.wrapped.size() != keyBytes + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return std::nullopt;
    return f;
}

bool writeOwnerOnly(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size())
        return false;
    if (!file.commit())
        return false;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

/** KEK = Argon2id(passphrase, salt), mixed with the keystore secret when there is one. */
bool deriveKek(Wiped &kek, const QString &passphrase, const KeyFile &f, const QByteArray &keystoreSecret)
{
    Wiped pass(passphrase.toUtf8());
    kek.bytes.resize(keyBytes);
    if (crypto_pwhash(kek.data(), keyBytes, pass.bytes.constData(), quint64(pass.bytes.size()),
                      reinterpret_cast<const unsigned char *>(f.salt.constData()), f.params.opsLimit,
                      size_t(f.params.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return false;
    if (!keystoreSecret.isEmpty()) {
        // kek' = BLAKE2b-256(key = keystore secret, message = Argon2id output)
        Wiped mixed(keyBytes);
        crypto_generichash(mixed.data(), keyBytes, kek.constData(), keyBytes,
                           reinterpret_cast<const unsigned char *>(keystoreSecret.constData()),
                           size_t(keystoreSecret.size()));
        std::swap(kek.bytes, mixed.bytes);
    }
    return true;
}

void wrapKey(KeyFile &f, const QByteArray &key, const Wiped &kek)
{
    const QByteArray ad = associatedData(f);
    f.wrapped.resize(keyBytes + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(f.wrapped.data()), &len,
        reinterpret_cast<const unsigned char *>(key.constData()), keyBytes,
        reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(f.nonce.constData()), kek.constData());
}

bool unwrapKey(const KeyFile &f, const Wiped &kek, QByteArray &key)
{
    const QByteArray ad = associatedData(f);
    key = QByteArray(keyBytes, '\0');
    unsigned long long len = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(key.data()), &len, nullptr,
            reinterpret_cast<const unsigned char *>(f.wrapped.constData()), quint64(f.wrapped.size()),
            reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()),
            reinterpret_cast<const unsigned char *>(f.nonce.constData()), kek.constData())
            != 0
        || len != keyBytes) {
        sodium_memzero(key.data(), size_t(key.size()));
        key.clear();
        return false;
    }
    return true;
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, '\0');
    randombytes_buf(b.data(), size_t(n));
    return b;
}

void freshSaltAndNonce(KeyFile &f)
{
    f.salt = randomBytes(crypto_pwhash_SALTBYTES);
    f.nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
}

KeyResult failure(KeyError error, const QDateTime &retryAfter = {}, int failedAttempts = 0)
{
    KeyResult r;
    r.error = error;
    r.retryAfter = retryAfter;
    r.failedAttempts = failedAttempts;
    return r;
}

} // namespace

KdfParams KdfParams::interactive()
{
    // 128 MiB, 6 passes: one derivation took 0.48-0.58 s of CPU on a 2-core machine (one pass
    // over 128 MiB is about 80 ms, plus about 110 ms to allocate and fill the memory). It is
    // single-threaded, so that CPU time is about what an idle machine takes; bench_store prints
    // the figure. Key files keep the parameters they were made with, so a change here affects
    // new keys and passphrase changes only.
    return {6, 128ULL * 1024 * 1024};
}

KdfParams KdfParams::fastForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

KdfParams KdfParams::calibrate(int targetMs, quint64 memLimit)
{
    unsigned char out[keyBytes];
    unsigned char salt[crypto_pwhash_SALTBYTES] = {};
    QElapsedTimer timer;
    timer.start();
    if (crypto_pwhash(out, sizeof out, "calibrate", 9, salt, 1, size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return interactive();
    const qint64 onePass = std::max<qint64>(1, timer.elapsed());
    return {quint64(std::clamp<qint64>(targetMs / onePass, 1, 64)), memLimit};
}

KeyManager::KeyManager(QString keyFilePath, const Clock &clock, Keystore *keystore, KdfParams params)
    : m_path(std::move(keyFilePath))
    , m_clock(clock)
    , m_keystore(keystore)
    , m_params(params)
{
    if (sodium_init() < 0)
        qCCritical(lcStore) << "libsodium failed to initialise";
}

bool KeyManager::exists() const
{
    return QFile::exists(m_path);
}

bool KeyManager::usesKeystore() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const auto f = fromJson(file.readAll());
    return f && !f->keystoreName.isEmpty();
}

KeyResult KeyManager::create(const QString &passphrase)
{
    if (exists())
        return failure(KeyError::AlreadyExists);
    KeyFile f;
    f.params = m_params;
    freshSaltAndNonce(f);

    Wiped keystoreSecret;
    if (m_keystore) {
        const QString name = u"pathway-db-"_s + QString::fromLatin1(randomBytes(12).toHex());
        keystoreSecret.bytes = randomBytes(keyBytes);
        if (m_keystore->write(name, keystoreSecret.bytes) == Keystore::Result::Ok) {
            f.keystoreName = name;
        } else {
            qCInfo(lcStore) << "platform keystore unavailable: the database key is protected by the passphrase only";
            keystoreSecret.wipe();
            keystoreSecret.bytes.clear();
        }
    }

    Wiped kek;
    if (!deriveKek(kek, passphrase, f, keystoreSecret.bytes))
        return failure(KeyError::Crypto);
    KeyResult result;
    result.key = randomBytes(keyBytes);
    wrapKey(f, result.key, kek);
    if (!writeOwnerOnly(m_path, toJson(f))) {
        if (m_keystore && !f.keystoreName.isEmpty())
            m_keystore->remove(f.keystoreName);
        sodium_memzero(result.key.data(), size_t(result.key.size()));
        return failure(KeyError::Io);
    }
    QFile::remove(attemptsFilePath());
    return result;
}

KeyResult KeyManager::unlock(const QString &passphrase)
{
    QFile file(m_path);
    if (!file.exists())
        return failure(KeyError::NotFound);
    if (!file.open(QIODevice::ReadOnly))
        return failure(KeyError::Io);
    const auto f = fromJson(file.readAll());
    if (!f)
        return failure(KeyError::Corrupt);

    Attempts attempts = readAttempts();
    const QDateTime now = m_clock.now();
    const QDateTime allowedAt = retryAfterFor(attempts);
    if (attempts.failures > 0 && now < allowedAt)
        return failure(KeyError::Locked, allowedAt, attempts.failures);

    Wiped keystoreSecret;
    if (!f->keystoreName.isEmpty()) {
        if (!m_keystore || m_keystore->read(f->keystoreName, keystoreSecret.bytes) != Keystore::Result::Ok)
            return failure(KeyError::KeystoreUnavailable, now, attempts.failures);
    }

    Wiped kek;
    if (!deriveKek(kek, passphrase, *f, keystoreSecret.bytes))
        return failure(KeyError::Crypto);
    KeyResult result;
    if (!unwrapKey(*f, kek, result.key)) {
        attempts.failures += 1;
        attempts.lastFailure = now;
        if (!writeAttempts(attempts))
            qCWarning(lcStore) << "could not record a failed unlock attempt";
        qCInfo(lcStore) << "wrong passphrase, failed attempts:" << attempts.failures;
        return failure(KeyError::WrongPassphrase, retryAfterFor(attempts), attempts.failures);
    }
    if (attempts.failures > 0)
        QFile::remove(attemptsFilePath());
    return result;
}

KeyResult KeyManager::changePassphrase(const QString &oldPassphrase, const QString &newPassphrase)
{
    KeyResult unlocked = unlock(oldPassphrase);
    if (!unlocked.ok())
        return unlocked;

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(KeyError::Io);
    auto f = fromJson(file.readAll());
    if (!f)
        return failure(KeyError::Corrupt);
    Wiped keystoreSecret;
    if (!f->keystoreName.isEmpty()
        && (!m_keystore || m_keystore->read(f->keystoreName, keystoreSecret.bytes) != Keystore::Result::Ok))
        return failure(KeyError::KeystoreUnavailable);

    f->params = m_params;
    freshSaltAndNonce(*f);
    Wiped kek;
    if (!deriveKek(kek, newPassphrase, *f, keystoreSecret.bytes))
        return failure(KeyError::Crypto);
    wrapKey(*f, unlocked.key, kek);
    if (!writeOwnerOnly(m_path, toJson(*f)))
        return failure(KeyError::Io);
    return unlocked;
}

KeyManager::Attempts KeyManager::readAttempts() const
{
    QFile file(attemptsFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    Attempts a;
    a.failures = std::max(0, o.value(u"failures"_s).toInt());
    a.lastFailure = QDateTime::fromString(o.value(u"lastFailure"_s).toString(), Qt::ISODateWithMs);
    return a;
}

bool KeyManager::writeAttempts(const Attempts &a) const
{
    const QJsonObject o {{u"failures"_s, a.failures},
                         {u"lastFailure"_s, a.lastFailure.toUTC().toString(Qt::ISODateWithMs)}};
    return writeOwnerOnly(attemptsFilePath(), QJsonDocument(o).toJson(QJsonDocument::Compact));
}

qint64 KeyManager::delaySecondsAfter(int failures)
{
    if (failures < 4)
        return 0;
    const int exponent = std::min(failures - 3, 20);
    return std::min<qint64>(qint64(1) << exponent, 300);
}

QDateTime KeyManager::retryAfterFor(const Attempts &a) const
{
    const qint64 delay = delaySecondsAfter(a.failures);
    if (!a.lastFailure.isValid() || delay == 0)
        return a.lastFailure.isValid() ? a.lastFailure : m_clock.now();
    QDateTime after = a.lastFailure.addSecs(delay);
    // If the wall clock was set back past the last failure, wait the delay from now rather than forever.
    const QDateTime now = m_clock.now();
    if (now < a.lastFailure)
        after = std::min(after, now.addSecs(delay));
    return after;
}

int KeyManager::failedAttempts() const
{
    return readAttempts().failures;
}

QDateTime KeyManager::retryAfter() const
{
    return retryAfterFor(readAttempts());
}

} // namespace Pathway

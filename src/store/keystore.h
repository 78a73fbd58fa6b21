// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

namespace Pathway {

/** A small secret kept by the platform keystore (or a stand-in): read, written and removed by name. */
class Keystore
{
public:
    enum class Result
    {
        Ok,
        NotFound,
        Unavailable
    };

    virtual ~Keystore() = default;
    /** Reads the secret; on anything but Ok, @p secret is left empty. Must not block for long. */
    virtual Result read(const QString &name, QByteArray &secret) = 0;
    virtual Result write(const QString &name, const QByteArray &secret) = 0;
    virtual Result remove(const QString &name) = 0;
};

/** Secrets in memory, for tests; can pretend to be unavailable. */
class InMemoryKeystore final : public Keystore
{
public:
    Result read(const QString &name, QByteArray &secret) override;
    Result write(const QString &name, const QByteArray &secret) override;
    Result remove(const QString &name) override;

    void setAvailable(bool available) { m_available = available; }
    int size() const { return int(m_secrets.size()); }

private:
    QHash<QString, QByteArray> m_secrets;
    bool m_available = true;
};

/**
 * The platform keystore through QtKeychain (libsecret, Android Keystore, iOS Keychain), when
 * built with it; otherwise always Unavailable. Each call waits at most @p timeoutMs, so a
 * desktop without a running secret service falls back to the passphrase instead of hanging.
 */
std::unique_ptr<Keystore> makePlatformKeystore(const QString &service, int timeoutMs = 3000);

} // namespace Pathway

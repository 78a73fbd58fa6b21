// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "keystore.h"

#include "storelog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#ifdef PATHWAY_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace Pathway {

Keystore::Result InMemoryKeystore::read(const QString &name, QByteArray &secret)
{
    secret.clear();
    if (!m_available)
        return Result::Unavailable;
    const auto it = m_secrets.constFind(name);
    if (it == m_secrets.constEnd())
        return Result::NotFound;
    secret = *it;
    return Result::Ok;
}

Keystore::Result InMemoryKeystore::write(const QString &name, const QByteArray &secret)
{
    if (!m_available)
        return Result::Unavailable;
    m_secrets.insert(name, secret);
    return Result::Ok;
}

Keystore::Result InMemoryKeystore::remove(const QString &name)
{
    if (!m_available)
        return Result::Unavailable;
    return m_secrets.remove(name) ? Result::Ok : Result::NotFound;
}

namespace {

#ifndef PATHWAY_HAVE_KEYCHAIN
/** Stands in for the platform keystore where there is none. */
class UnavailableKeystore final : public Keystore
{
public:
    Result read(const QString &, QByteArray &secret) override
    {
        secret.clear();
        return Result::Unavailable;
    }
    Result write(const QString &, const QByteArray &) override { return Result::Unavailable; }
    Result remove(const QString &) override { return Result::Unavailable; }
};
#else
/** The platform keystore through QtKeychain, each job waited for with a time limit. */
class KeychainKeystore final : public Keystore
{
public:
    KeychainKeystore(QString service, int timeoutMs)
        : m_service(std::move(service))
        , m_timeoutMs(timeoutMs)
    {
    }

    Result read(const QString &name, QByteArray &secret) override
    {
        secret.clear();
        auto *job = new QKeychain::ReadPasswordJob(m_service);
        job->setKey(name);
        const Result r = run(job, [&secret, job] { secret = job->binaryData(); });
        return r;
    }

    Result write(const QString &name, const QByteArray &secret) override
    {
        auto *job = new QKeychain::WritePasswordJob(m_service);
        job->setKey(name);
        job->setBinaryData(secret);
        return run(job, [] {});
    }

    Result remove(const QString &name) override
    {
        auto *job = new QKeychain::DeletePasswordJob(m_service);
        job->setKey(name);
        return run(job, [] {});
    }

private:
    template<typename OnSuccess> Result run(QKeychain::Job *job, OnSuccess onSuccess)
    {
        if (!QCoreApplication::instance()) {
            delete job;
            return Result::Unavailable;
        }
        job->setInsecureFallback(false); // never a plain-text fallback file
        job->setAutoDelete(true);
        QEventLoop loop;
        Result result = Result::Unavailable;
        bool finished = false;
        // The loop is the connection's context: if we time out, a late finished() reaches nobody.
        QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *j) {
            finished = true;
            switch (j->error()) {
            case QKeychain::NoError:
                onSuccess();
                result = Result::Ok;
                break;
            case QKeychain::EntryNotFound:
                result = Result::NotFound;
                break;
            default:
                qCInfo(lcStore) << "platform keystore unavailable, error" << int(j->error());
                result = Result::Unavailable;
                break;
            }
            loop.quit();
        });
        QTimer::singleShot(m_timeoutMs, &loop, &QEventLoop::quit);
        job->start();
        if (!finished)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        if (!finished)
            qCInfo(lcStore) << "platform keystore did not answer in" << m_timeoutMs << "ms";
        return result;
    }

    QString m_service;
    int m_timeoutMs;
};
#endif

} // namespace

std::unique_ptr<Keystore> makePlatformKeystore(const QString &service, int timeoutMs)
{
#ifdef PATHWAY_HAVE_KEYCHAIN
    return std::make_unique<KeychainKeystore>(service, timeoutMs);
#else
    Q_UNUSED(service)
    Q_UNUSED(timeoutMs)
    return std::make_unique<UnavailableKeystore>();
#endif
}

} // namespace Pathway

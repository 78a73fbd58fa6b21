// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

namespace Pathway::Server::Test {

/**
 * A throwaway PostgreSQL 15 cluster in a temporary directory: initdb + pg_ctl on a free port,
 * unix socket in the same directory. As root, the cluster runs as the `postgres` user.
 */
class PgCluster
{
public:
    static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }
    static bool available() { return QFile::exists(binDir() + QStringLiteral("/initdb")); }

    bool start(QString *error)
    {
        m_root = QDir::tempPath() + QStringLiteral("/pathway-pg-") + QString::number(QCoreApplication::applicationPid())
            + QStringLiteral("-") + QString::number(++s_counter);
        QDir(m_root).removeRecursively();
        QDir().mkpath(m_root);
        if (::geteuid() == 0) {
            m_asUser = QStringLiteral("postgres");
            QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_root});
        }
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), m_root + QStringLiteral("/data"), QStringLiteral("-U"),
                  QStringLiteral("postgres"), QStringLiteral("-A"), QStringLiteral("trust"),
                  QStringLiteral("--no-sync")},
                 error)) {
            return false;
        }
        const QString opts = QStringLiteral("-p %1 -k %2 -c listen_addresses='' -c fsync=off -c max_connections=50")
                                 .arg(m_port)
                                 .arg(m_root);
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), m_root + QStringLiteral("/data"), QStringLiteral("-o"), opts,
                  QStringLiteral("-l"), m_root + QStringLiteral("/log"), QStringLiteral("-w"), QStringLiteral("start")},
                 error)) {
            return false;
        }
        m_started = true;
        return true;
    }

    ~PgCluster()
    {
        if (m_started) {
            QString ignored;
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), m_root + QStringLiteral("/data"), QStringLiteral("-m"),
                 QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                &ignored);
        }
        if (!m_root.isEmpty()) {
            QDir(m_root).removeRecursively();
        }
    }

    /** The postmaster's process id (0 if unknown): its children are the cluster's backends. */
    qint64 postmasterPid() const
    {
        QFile f(m_root + QStringLiteral("/data/postmaster.pid"));
        return f.open(QIODevice::ReadOnly) ? f.readLine().trimmed().toLongLong() : 0;
    }

    QString uri() const
    {
        return QStringLiteral("postgresql:///postgres?host=%1&port=%2&user=postgres").arg(m_root).arg(m_port);
    }

    /** Runs the SQL script @p file (plain pg_dump output, say) against the cluster's database. */
    bool runScript(const QString &file, QString *error)
    {
        const QString copy = m_root + QStringLiteral("/script.sql"); // readable by the cluster's user
        QFile::remove(copy);
        if (!QFile::copy(file, copy)) {
            *error = QStringLiteral("cannot copy ") + file;
            return false;
        }
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        return run(QStringLiteral("psql"),
                   {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"),
                    uri(), QStringLiteral("-f"), copy},
                   error);
    }
    /** Writes the database as a plain SQL script (pg_dump) to @p file. */
    bool dumpTo(const QString &file, QString *error)
    {
        const QString out = m_root + QStringLiteral("/dump.sql");
        if (!run(QStringLiteral("pg_dump"),
                 {QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"), QStringLiteral("-d"), uri(),
                  QStringLiteral("-f"), out},
                 error)) {
            return false;
        }
        // Newer pg_dump brackets the script in \restrict lines that older psql does not know: a
        // checked-in fixture is trusted, so they are left out and any PostgreSQL 15 psql reads it.
        QFile in(out);
        QFile target(file);
        if (!in.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = QStringLiteral("cannot write ") + file;
            return false;
        }
        while (!in.atEnd()) {
            const QByteArray line = in.readLine();
            if (!line.startsWith("\\restrict ") && !line.startsWith("\\unrestrict ")) {
                target.write(line);
            }
        }
        return true;
    }

private:
    bool run(const QString &tool, const QStringList &args, QString *error)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (m_asUser.isEmpty()) {
            p.start(binDir() + u'/' + tool, args);
        } else {
            p.start(QStringLiteral("runuser"),
                    QStringList {QStringLiteral("-u"), m_asUser, QStringLiteral("--"), binDir() + u'/' + tool} + args);
        }
        p.waitForFinished(120000);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *error = tool + QStringLiteral(": ") + QString::fromLocal8Bit(p.readAll().right(2000));
            return false;
        }
        return true;
    }

    static inline int s_counter = 0;
    QString m_root;
    QString m_asUser;
    int m_port = 0;
    bool m_started = false;
};

} // namespace Pathway::Server::Test

#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Pathway::Test {

/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: initdb into a temporary directory,
 * started with pg_ctl on a free port on 127.0.0.1 (socket in the same directory), trust auth,
 * fsync off, stopped and deleted on destruction. As root, the server runs as the "postgres"
 * user (PostgreSQL refuses root). The binaries come from `pg_config --bindir`, else PATH, or
 * PATHWAY_PG_BINDIR. start() returns false with a reason when any of that is missing.
 */
class PgCluster
{
public:
    ~PgCluster() { stop(); }

    bool start(QString *why)
    {
        if (!m_dir.isValid()) {
            *why = QStringLiteral("no temporary directory");
            return false;
        }
        m_bin = binDir();
        if (m_bin.isEmpty() || !QFile::exists(m_bin + QStringLiteral("/initdb"))) {
            *why = QStringLiteral("PostgreSQL server binaries (initdb, pg_ctl) not found");
            return false;
        }
        if (::geteuid() == 0) {
            const passwd *pw = ::getpwnam("postgres");
            if (!pw) {
                *why = QStringLiteral("running as root and there is no postgres user");
                return false;
            }
            m_runAs = QStringLiteral("postgres");
            if (::chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
                *why = QStringLiteral("cannot hand the data directory to postgres");
                return false;
            }
        }
        m_port = freePort();
        const QString data = m_dir.filePath(QStringLiteral("data"));
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--no-sync")},
                 why)) {
            return false;
        }
        const QString opts = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                            "-c synchronous_commit=off -c full_page_writes=off "
                                            "-c shared_buffers=256MB -c max_connections=50")
                                 .arg(m_port)
                                 .arg(m_dir.path());
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), data, QStringLiteral("-o"), opts, QStringLiteral("-l"),
                  m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("start")},
                 why)) {
            return false;
        }
        m_started = true;
        return true;
    }

    void stop()
    {
        if (!m_started) {
            return;
        }
        QString ignored;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("stop")},
            &ignored);
        m_started = false;
    }

    /** A libpq URI for the "postgres" database. */
    QString uri() const { return QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(m_port); }
    int port() const { return m_port; }

private:
    static QString binDir()
    {
        const QString env = qEnvironmentVariable("PATHWAY_PG_BINDIR");
        if (!env.isEmpty()) {
            return env;
        }
        const QString pgConfig = QStandardPaths::findExecutable(QStringLiteral("pg_config"));
        if (!pgConfig.isEmpty()) {
            QProcess p;
            p.start(pgConfig, {QStringLiteral("--bindir")});
            if (p.waitForFinished(10000) && p.exitCode() == 0) {
                return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
            }
        }
        const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
    }

    static int freePort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        return s.serverPort();
    }

    bool run(const QString &tool, const QStringList &args, QString *why)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        const QString program = m_bin + u'/' + tool;
        if (m_runAs.isEmpty()) {
            p.start(program, args);
        } else {
            p.start(QStringLiteral("runuser"),
                    QStringList {QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program} + args);
        }
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *why = tool + QStringLiteral(" failed: ") + QString::fromLocal8Bit(p.readAll()).right(400);
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_runAs;
    int m_port = 0;
    bool m_started = false;
};

} // namespace Pathway::Test

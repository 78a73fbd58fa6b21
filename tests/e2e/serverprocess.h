// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace Pathway::Testing {

/** A demo login printed by pathway-server --demo. */
struct DemoLogin
{
    QString email;
    QString password;
    QString role;
    QString staffId;
};

/** A demo enrolment code printed by pathway-server --demo, for one young person. */
struct DemoEnrolment
{
    QString code;
    QString youngPersonId;
};

/**
 * Runs the real pathway-server from the build tree on 127.0.0.1 with a fresh data directory
 * (and a random store key), waits for its "listening on" line and collects the demo logins.
 */
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    static QString executablePath();
    /** Starts the server; false (with errorString()) when it does not come up within @p timeoutMs. */
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 30000);
    void stop();
    /** SIGKILL: the server gets no chance to finish anything. */
    void kill();
    /** Kills the server if it runs and starts it again on the same data, key, arguments and port. */
    bool restart(int timeoutMs = 30000);
    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }
    QList<DemoLogin> logins() const { return m_logins; }
    /** The first demo login with @p role ("pa", "manager", "admin"), skipping @p skip matches. */
    DemoLogin login(const QString &role, int skip = 0) const;
    QList<DemoEnrolment> enrolments() const { return m_enrolments; }
    QString output() const { return QString::fromUtf8(m_output); }
    /**
     * Runs `pathway-server admin ARGS` on this server's store (as an operator would beside the
     * running server); its exit code, with what it printed in @p output and @p errors.
     */
    int admin(const QStringList &args, QString *output = nullptr, QString *errors = nullptr) const;
    /** The server's process id (0 when not running), e.g. to read its CPU time. */
    qint64 processId() const { return m_process.processId(); }

private:
    QTemporaryDir m_dir;
    QByteArray m_key;
    QStringList m_extraArgs;
    QProcess m_process;
    QProcessEnvironment m_env;
    QUrl m_url;
    QString m_error;
    QByteArray m_output;
    QList<DemoLogin> m_logins;
    QList<DemoEnrolment> m_enrolments;
};

} // namespace Pathway::Testing

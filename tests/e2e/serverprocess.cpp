// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Pathway::Testing {

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::executablePath()
{
    return QStringLiteral(PATHWAY_BINARY_DIR) + u"/src/server/pathway-server"_s;
}

bool ServerProcess::start(const QStringList &extraArgs, int timeoutMs)
{
    if (!QFileInfo(executablePath()).isExecutable()) {
        m_error = u"pathway-server is not built"_s;
        return false;
    }
    if (m_key.isEmpty()) {
        m_key.resize(32);
        QRandomGenerator::system()->generate(m_key.begin(), m_key.end());
    }
    m_extraArgs = extraArgs;
    m_output.clear();
    m_logins.clear();
    m_enrolments.clear();
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PATHWAY_DB_KEY"_s, QString::fromLatin1(m_key.toHex()));
    m_process.setProcessEnvironment(env);
    m_env = env;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // The server logs a line per request on stderr: into a file, so a long run (a benchmark's
    // thousands of requests) never blocks the server on a full pipe nobody reads.
    m_process.setStandardErrorFile(m_dir.filePath(u"stderr.log"_s));
    const QString port = m_url.isValid() ? QString::number(m_url.port()) : u"0"_s; // a restart keeps its port
    QStringList args {u"--data"_s, m_dir.path(), u"--bind"_s, u"127.0.0.1"_s, u"--port"_s, port};
    args += extraArgs;
    m_process.start(executablePath(), args);
    if (!m_process.waitForStarted(5000)) {
        m_error = u"cannot start pathway-server"_s;
        return false;
    }
    static const QRegularExpression listening(u"pathway-server listening on ([0-9.]+):(\\d+)"_s);
    static const QRegularExpression enrol(u"demo-enrol code=(\\S+) youngPersonId=(\\S+)"_s);
    static const QRegularExpression demo(u"demo-login email=(\\S+) password=(\\S+) role=(\\S+) staffId=(\\S+)"_s);
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            if (m_process.state() != QProcess::Running) {
                break;
            }
            continue;
        }
        m_output += m_process.readAllStandardOutput();
        const QString text = QString::fromUtf8(m_output);
        const auto m = listening.match(text);
        if (m.hasMatch()) {
            auto it = demo.globalMatch(text);
            while (it.hasNext()) {
                const auto d = it.next();
                m_logins.append({d.captured(1), d.captured(2), d.captured(3), d.captured(4)});
            }
            auto codes = enrol.globalMatch(text);
            while (codes.hasNext()) {
                const auto e = codes.next();
                m_enrolments.append({e.captured(1), e.captured(2)});
            }
            m_url = QUrl(u"http://%1:%2"_s.arg(m.captured(1), m.captured(2)));
            return true;
        }
    }
    QFile log(m_dir.filePath(u"stderr.log"_s));
    m_error = u"pathway-server did not report listening: "_s
        + QString::fromUtf8(log.open(QIODevice::ReadOnly) ? log.readAll().right(2000) : QByteArray());
    return false;
}

int ServerProcess::admin(const QStringList &args, QString *output, QString *errors) const
{
    QProcess admin;
    admin.setProcessEnvironment(m_env);
    admin.start(executablePath(), QStringList {u"--data"_s, m_dir.path(), u"admin"_s} + args);
    if (!admin.waitForFinished(60000)) {
        admin.kill();
        admin.waitForFinished(2000);
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(admin.readAllStandardOutput());
    if (errors)
        *errors = QString::fromUtf8(admin.readAllStandardError());
    return admin.exitStatus() == QProcess::NormalExit ? admin.exitCode() : -1;
}

void ServerProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
}

void ServerProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServerProcess::restart(int timeoutMs)
{
    kill();
    return start(m_extraArgs, timeoutMs);
}

DemoLogin ServerProcess::login(const QString &role, int skip) const
{
    for (const auto &l : m_logins) {
        if (l.role == role && skip-- == 0) {
            return l;
        }
    }
    return {};
}

} // namespace Pathway::Testing

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/serverlog.h"

#include <QDateTime>
#include <QJsonDocument>

#include <sodium.h>

#include <mutex>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "pathway.server", QtInfoMsg)

namespace Pathway::Server {

void logEvent(LogLevel level, const QString &event, const QJsonObject &fields)
{
    QJsonObject line = fields;
    line.insert(u"ts"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    static const char *names[] = {"debug", "info", "warning", "error"};
    line.insert(u"level"_s, QString::fromLatin1(names[int(level)]));
    line.insert(u"event"_s, event);
    const auto text = QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
    switch (level) {
    case LogLevel::Debug:
        qCDebug(lcServer).noquote() << text;
        break;
    case LogLevel::Info:
        qCInfo(lcServer).noquote() << text;
        break;
    case LogLevel::Warning:
        qCWarning(lcServer).noquote() << text;
        break;
    case LogLevel::Error:
        qCCritical(lcServer).noquote() << text;
        break;
    }
}

namespace {

std::mutex keyMutex;

/** Until an installation key is set (admin commands, tests): a fixed one. */
QByteArray &subjectKey()
{
    static QByteArray key
        = QByteArray("pathway.server log subject id.").leftJustified(crypto_generichash_KEYBYTES, '\0');
    return key;
}

} // namespace

void setLogSubjectKey(const QByteArray &key)
{
    if (key.size() != qsizetype(crypto_generichash_KEYBYTES)) {
        return;
    }
    std::lock_guard lock(keyMutex);
    subjectKey() = key;
}

QString logSubject(const QString &subjectId)
{
    if (subjectId.isEmpty()) {
        return {};
    }
    const QByteArray in = subjectId.toUtf8();
    unsigned char out[8];
    QByteArray key;
    {
        std::lock_guard lock(keyMutex);
        key = subjectKey();
    }
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(in.constData()), in.size(),
                       reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

} // namespace Pathway::Server

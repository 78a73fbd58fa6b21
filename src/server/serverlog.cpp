// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/serverlog.h"

#include <QDateTime>
#include <QJsonDocument>

#include <sodium.h>

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

QString logSubject(const QString &subjectId)
{
    if (subjectId.isEmpty()) {
        return {};
    }
    const QByteArray in = subjectId.toUtf8();
    unsigned char out[8];
    static const unsigned char key[crypto_generichash_KEYBYTES] = "pathway.server log subject id.";
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(in.constData()), in.size(), key,
                       sizeof key);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

} // namespace Pathway::Server

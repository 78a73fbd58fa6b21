// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

/** The server's logging category, "pathway.server". */
Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace Pathway::Server {

enum class LogLevel
{
    Debug,
    Info,
    Warning,
    Error
};

/**
 * Writes one structured log line: a JSON object with ts, level, event and `fields`. Callers
 * pass ids, route templates, codes and numbers only: never names, notes, e-mail addresses,
 * tokens, passwords or passphrases.
 */
void logEvent(LogLevel level, const QString &event, const QJsonObject &fields = {});

/**
 * A short, stable, non-reversible id for a person in logs: a hash of the internal id keyed with
 * this installation's secret (setLogSubjectKey), so pseudonyms differ between installations and
 * cannot be recomputed from the ids without the secret.
 */
QString logSubject(const QString &subjectId);
/** Sets the installation's pseudonym key (32 bytes) before serving; other sizes are ignored. */
void setLogSubjectKey(const QByteArray &key);

} // namespace Pathway::Server

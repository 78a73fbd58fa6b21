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

/** A short, stable, non-reversible id for a person in logs (keyed hash of the internal id). */
QString logSubject(const QString &subjectId);

} // namespace Pathway::Server

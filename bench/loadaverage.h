// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace Pathway::Bench {

/** The 1, 5 and 15 minute load averages ("0.52 1.10 1.31"): timings on a shared machine mean little without them. */
inline QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return "unknown";
    return f.readAll().split(' ').mid(0, 3).join(' ');
}

} // namespace Pathway::Bench

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

// Internal to src/domain: small helpers the validate() functions share.

#include "validation.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace Pathway::Checks {

/** Grace for instants "in the future": device clocks drift. */
inline constexpr qint64 FutureGraceSecs = 5 * 60;

/** Collects validation errors with the stable codes of validation.h. */
class Collector
{
public:
    void add(const QString &code, const QString &field) { m_errors.append({code, field}); }

    void required(const QString &field, const QString &value)
    {
        if (value.trimmed().isEmpty())
            add(QStringLiteral("required"), field);
    }
    void required(const QString &field, const QDate &value)
    {
        if (!value.isValid())
            add(QStringLiteral("required"), field);
    }
    void required(const QString &field, const QDateTime &value)
    {
        if (!value.isValid())
            add(QStringLiteral("required"), field);
    }
    void maxLength(const QString &field, const QString &value, int limit)
    {
        if (value.size() > limit)
            add(QStringLiteral("too_long"), field);
    }
    void maxLength(const QString &field, const QStringList &values, int limit)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            maxLength(field + u'.' + QString::number(i), values.at(i), limit);
    }
    void range(const QString &field, qint64 value, qint64 min, qint64 max)
    {
        if (value < min || value > max)
            add(QStringLiteral("out_of_range"), field);
    }
    void combination(const QString &field, bool contradiction)
    {
        if (contradiction)
            add(QStringLiteral("invalid_combination"), field);
    }
    void knownCode(const QString &field, const QString &value, const QStringList &codes, bool allowEmpty = true)
    {
        if ((value.isEmpty() && allowEmpty) || codes.contains(value))
            return;
        add(QStringLiteral("unknown_code"), field);
    }
    void notAfter(const QString &field, const std::optional<QDate> &value, const QDate &today)
    {
        if (value && value->isValid() && today.isValid() && *value > today)
            add(QStringLiteral("date_in_future"), field);
    }
    void notAfter(const QString &field, const std::optional<QDateTime> &value, const QDateTime &now)
    {
        if (value && value->isValid() && now.isValid() && *value > now.addSecs(FutureGraceSecs))
            add(QStringLiteral("date_in_future"), field);
    }

    ValidationErrors errors() const { return m_errors; }

private:
    ValidationErrors m_errors;
};

} // namespace Pathway::Checks

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

/**
 * Compact JSON text straight from Qt's JSON values. QJsonDocument::toJson in Qt 6.4 goes through
 * a growing buffer and a CBOR conversion per value; on the sync paths (every record stored by the
 * server, every page it serves) that was the largest single cost after the database itself.
 * The text parses back (QJsonDocument::fromJson) to an equal value: the same keys in the same
 * (sorted) order, strings as UTF-8 with the escapes JSON requires, whole numbers without an
 * exponent, other numbers in their shortest exact form, and null for NaN and infinities.
 */
namespace Pathway::Sync {

/** Appends the compact JSON text of @p value to @p out. */
void appendJson(QByteArray &out, const QJsonValue &value);

/** The compact JSON text of @p object. */
QByteArray compactJson(const QJsonObject &object);

} // namespace Pathway::Sync

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "record.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace Pathway {

QString newId()
{
    // UUID version 7 (RFC 9562): 48 bits of Unix time in milliseconds, then 74 random bits.
    // New records' keys then land at the end of the stores' primary-key indexes instead of at
    // random places in them, which on a first sync halved the index pages each page rewrote
    // (each one encrypted and written). An id tells when it was made, to the millisecond;
    // every record already carries its own dates.
    std::array<quint8, 16> b {};
    QRandomGenerator::system()->generate(b.begin() + 6, b.end());
    const auto ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i) {
        b[i] = static_cast<quint8>(ms >> (40 - 8 * i));
    }
    b[6] = static_cast<quint8>(0x70 | (b[6] & 0x0f)); // version 7
    b[8] = static_cast<quint8>(0x80 | (b[8] & 0x3f)); // RFC 9562 variant
    return QUuid::fromRfc4122(QByteArrayView(b.data(), b.size())).toString(QUuid::WithoutBraces);
}

} // namespace Pathway

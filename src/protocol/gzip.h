// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

#include <optional>

namespace Pathway::Sync {

/** What inflating a gzip stream came to. */
enum class GunzipResult
{
    Ok,
    TooLarge,
    Corrupt
};

/** gzip (RFC 1952) compression of request and response bodies; empty when zlib fails. */
QByteArray gzipCompress(const QByteArray &data, int level = 6);
/**
 * Inflates a gzip stream into @p out, stopping as soon as the output would pass @p limit bytes
 * (zip bombs). A truncated or invalid stream is Corrupt; @p out is empty unless the result is Ok.
 */
GunzipResult gunzip(const QByteArray &in, qint64 limit, QByteArray &out);
/** Inflates a gzip stream; std::nullopt when it is not valid gzip or exceeds @p maxSize. */
std::optional<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxSize = 256 * 1024 * 1024);

} // namespace Pathway::Sync

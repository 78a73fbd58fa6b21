#pragma once

#include <QByteArray>

#include <optional>

namespace Pathway::Sync {

/** gzip (RFC 1952) compression of request bodies, and decompression for tests and the fake server. */
QByteArray gzipCompress(const QByteArray &data, int level = 6);
/** Inflates a gzip stream; std::nullopt when it is not valid gzip or exceeds @p maxSize. */
std::optional<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxSize = 256 * 1024 * 1024);

} // namespace Pathway::Sync

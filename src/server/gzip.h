#pragma once

#include <QByteArray>

namespace Pathway::Server {

enum class GunzipResult
{
    Ok,
    TooLarge,
    Corrupt
};

/** Inflates a gzip body, stopping as soon as the output would pass `limit` bytes (zip bombs). */
GunzipResult gunzip(const QByteArray &in, qint64 limit, QByteArray &out);
/** Deflates `in` as gzip. */
QByteArray gzipCompress(const QByteArray &in);

} // namespace Pathway::Server

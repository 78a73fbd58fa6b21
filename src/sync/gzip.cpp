#include "sync/gzip.h"

#include <zlib.h>

namespace Pathway::Sync {

namespace {
constexpr int GzipWindowBits = 15 + 16; // 15-bit window, gzip header and trailer
constexpr qsizetype Chunk = 64 * 1024;
} // namespace

QByteArray gzipCompress(const QByteArray &data, int level)
{
    z_stream zs {};
    if (deflateInit2(&zs, level, Z_DEFLATED, GzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return {};
    }
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const auto written = qsizetype(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END) {
        return {};
    }
    out.truncate(written);
    return out;
}

std::optional<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxSize)
{
    z_stream zs {};
    if (inflateInit2(&zs, GzipWindowBits) != Z_OK) {
        return std::nullopt;
    }
    QByteArray out;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        const qsizetype old = out.size();
        if (old + Chunk > maxSize + Chunk) {
            inflateEnd(&zs);
            return std::nullopt;
        }
        out.resize(old + Chunk);
        zs.next_out = reinterpret_cast<Bytef *>(out.data() + old);
        zs.avail_out = uInt(Chunk);
        rc = inflate(&zs, Z_NO_FLUSH);
        out.resize(old + Chunk - qsizetype(zs.avail_out));
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return std::nullopt;
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
            inflateEnd(&zs); // truncated stream
            return std::nullopt;
        }
    }
    inflateEnd(&zs);
    if (out.size() > maxSize) {
        return std::nullopt;
    }
    return out;
}

} // namespace Pathway::Sync

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "protocol/gzip.h"

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

GunzipResult gunzip(const QByteArray &in, qint64 limit, QByteArray &out)
{
    out.clear();
    z_stream zs {};
    if (inflateInit2(&zs, GzipWindowBits) != Z_OK) {
        return GunzipResult::Corrupt;
    }
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    QByteArray chunk(Chunk, Qt::Uninitialized);
    int rc = Z_OK;
    auto fail = [&](GunzipResult result) {
        inflateEnd(&zs);
        out.clear();
        return result;
    };
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(chunk.data());
        zs.avail_out = uInt(Chunk);
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            return fail(GunzipResult::Corrupt);
        }
        const qsizetype produced = Chunk - qsizetype(zs.avail_out);
        if (out.size() + produced > limit) {
            return fail(GunzipResult::TooLarge);
        }
        out.append(chunk.constData(), produced);
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
            return fail(GunzipResult::Corrupt); // truncated stream
        }
    }
    inflateEnd(&zs);
    return GunzipResult::Ok;
}

std::optional<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxSize)
{
    QByteArray out;
    if (gunzip(data, maxSize, out) != GunzipResult::Ok) {
        return std::nullopt;
    }
    return out;
}

} // namespace Pathway::Sync

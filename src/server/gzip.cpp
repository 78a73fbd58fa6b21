#include "server/gzip.h"

#include <zlib.h>

namespace Pathway::Server {

GunzipResult gunzip(const QByteArray &in, qint64 limit, QByteArray &out)
{
    z_stream zs {};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) {
        return GunzipResult::Corrupt;
    }
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    out.clear();
    char chunk[16384];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(chunk);
        zs.avail_out = sizeof chunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return GunzipResult::Corrupt;
        }
        const qint64 produced = qint64(sizeof chunk - zs.avail_out);
        if (out.size() + produced > limit) {
            inflateEnd(&zs);
            out.clear();
            return GunzipResult::TooLarge;
        }
        out.append(chunk, produced);
        if (rc == Z_OK && zs.avail_in == 0 && produced == 0) {
            inflateEnd(&zs);
            return GunzipResult::Corrupt; // truncated stream
        }
    }
    inflateEnd(&zs);
    return GunzipResult::Ok;
}

QByteArray gzipCompress(const QByteArray &in)
{
    z_stream zs {};
    deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&zs, uLong(in.size()))), Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

} // namespace Pathway::Server

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTcpSocket>

namespace Pathway::Server::Test {

/** One HTTP/1.1 exchange over a raw socket, so tests control every byte sent. */
struct RawResponse
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline RawResponse readResponse(QTcpSocket &s, int timeoutMs = 10000)
{
    RawResponse r;
    QByteArray buf;
    QElapsedTimer t;
    t.start();
    qsizetype headerEnd = -1;
    qint64 length = -1;
    while (t.elapsed() < timeoutMs) {
        if (headerEnd < 0) {
            headerEnd = buf.indexOf("\r\n\r\n");
            if (headerEnd >= 0) {
                const auto lines = buf.left(headerEnd).split('\n');
                r.status = lines.value(0).split(' ').value(1).toInt();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const auto colon = lines[i].indexOf(':');
                    if (colon > 0) {
                        r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
                    }
                }
                length = r.headers.value("content-length", "-1").toLongLong();
            }
        }
        if (headerEnd >= 0 && length >= 0 && buf.size() - headerEnd - 4 >= length) {
            r.body = buf.mid(headerEnd + 4, length);
            return r;
        }
        if (s.state() != QAbstractSocket::ConnectedState && s.bytesAvailable() == 0) {
            break;
        }
        if (s.bytesAvailable() == 0) {
            s.waitForReadyRead(100);
        }
        buf += s.readAll();
    }
    if (headerEnd >= 0) {
        r.body = buf.mid(headerEnd + 4);
    }
    return r;
}

inline RawResponse rawRequest(int port,
                              const QByteArray &method,
                              const QByteArray &path,
                              const QByteArray &body = {},
                              const QMap<QByteArray, QByteArray> &headers = {},
                              int timeoutMs = 10000)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!s.waitForConnected(5000)) {
        return {};
    }
    QByteArray req = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        req += it.key() + ": " + it.value() + "\r\n";
    }
    if (!headers.contains("Content-Length")) {
        req += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    req += "\r\n" + body;
    s.write(req);
    s.waitForBytesWritten(5000);
    return readResponse(s, timeoutMs);
}

} // namespace Pathway::Server::Test

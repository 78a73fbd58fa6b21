// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "fakeserver.h"

#include "protocol/gzip.h"

#include <QJsonDocument>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Pathway::Sync::Testing {

FakeServer::FakeServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (auto *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                m_held.removeAll(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeServer::~FakeServer()
{
    // Sockets die with m_server, after m_buffers: they must not call back into this object.
    const auto sockets = m_server.findChildren<QTcpSocket *>();
    for (auto *socket : sockets) {
        socket->disconnect(this);
    }
}

bool FakeServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

QList<FakeRequest> FakeServer::requestsTo(const QByteArray &path) const
{
    QList<FakeRequest> out;
    for (const auto &r : m_requests) {
        if (r.path == path) {
            out.append(r);
        }
    }
    return out;
}

void FakeServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        FakeRequest req;
        const auto lines = buffer.left(headerEnd).split('\n');
        const auto first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        const QByteArray target = first.value(1);
        const qsizetype question = target.indexOf('?');
        req.path = question < 0 ? target : target.left(question);
        req.query = question < 0 ? QByteArray() : target.mid(question + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const auto line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                req.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
        }
        const qsizetype length = req.headers.value("content-length"_ba, "0"_ba).toLongLong();
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        req.wireBody = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        req.body = req.wireBody;
        if (req.headers.value("content-encoding"_ba) == "gzip"_ba) {
            req.body = gzipDecompress(req.wireBody).value_or(QByteArray());
        }
        req.json = QJsonDocument::fromJson(req.body).object();
        m_requests.append(req);

        const FakeResponse resp = m_handler ? m_handler(req) : FakeResponse {404, {{u"error"_s, u"not_found"_s}}};
        if (resp.hold) {
            m_held.append(socket);
            continue;
        }
        respond(socket, resp);
    }
}

void FakeServer::respond(QTcpSocket *socket, const FakeResponse &resp)
{
    QByteArray payload = QJsonDocument(resp.json).toJson(QJsonDocument::Compact);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(resp.status) + " X\r\nContent-Type: application/json\r\n";
    if (resp.gzip) {
        payload = gzipCompress(payload);
        head += "Content-Encoding: gzip\r\n";
    }
    head += "Content-Length: " + QByteArray::number(payload.size()) + "\r\n\r\n";
    const QByteArray all = head + payload;
    if (resp.dropAfterBytes > 0) {
        socket->write(all.left(head.size() + resp.dropAfterBytes));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    socket->write(all);
}

int FakeServer::heldCount() const
{
    return int(m_held.size());
}

bool FakeServer::answerHeld(const FakeResponse &response)
{
    if (m_held.isEmpty()) {
        return false;
    }
    respond(m_held.takeFirst(), response);
    return true;
}

} // namespace Pathway::Sync::Testing

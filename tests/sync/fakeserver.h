// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace Pathway::Sync::Testing {

/** One request the fake server received, body already un-gzipped. */
struct FakeRequest
{
    QByteArray method;
    QByteArray path; ///< without the query
    QByteArray query; ///< after '?', if any
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray wireBody; ///< as received
    QByteArray body; ///< decompressed
    QJsonObject json;
};

/** What the handler wants sent back. */
struct FakeResponse
{
    int status = 200;
    QJsonObject json;
    bool gzip = false; ///< gzip the answer (Content-Encoding: gzip)
    /** > 0: send the headers and only this many bytes of the body, then close the socket. */
    qsizetype dropAfterBytes = 0;
    /** Answer nothing now: the request is held (a long-poll) until answerHeld(). */
    bool hold = false;
};

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 for sync tests: parses one request per connection
 * read, hands it to a handler that returns canned protocol answers, and can drop the
 * connection in the middle of a response.
 */
class FakeServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeServer(QObject *parent = nullptr);
    ~FakeServer() override;
    bool start();
    QUrl url() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<FakeRequest> &requests() const { return m_requests; }
    QList<FakeRequest> requestsTo(const QByteArray &path) const;
    void clearRequests() { m_requests.clear(); }
    /** Requests held (FakeResponse::hold) and not answered yet, whose client is still connected. */
    int heldCount() const;
    /** Answers the oldest held request; false if there is none. */
    bool answerHeld(const FakeResponse &response);

private:
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeResponse &resp);

    QTcpServer m_server;
    Handler m_handler;
    QList<FakeRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QTcpSocket *> m_held;
};

} // namespace Pathway::Sync::Testing

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Pathway::Sync {

class Credentials;

/** How an API call ended. Codes (toCode) are what the UI maps to translated text. */
enum class ApiError
{
    None,
    Network, ///< "network": no connection, connection refused or dropped mid-response
    Timeout, ///< "timeout"
    LoginRequired, ///< "login_required": 401 and the refresh token did not help
    Forbidden, ///< "forbidden": 403
    Server, ///< "server_error": 5xx
    Client, ///< "client_error": other 4xx (a bug or an incompatible server)
    BadResponse, ///< "bad_response": not JSON, or not gzip when it said so
};
QString toCode(ApiError e);

/** One HTTP answer: the parsed JSON and what was moved over the wire. */
struct ApiReply
{
    ApiError error = ApiError::None;
    int httpStatus = 0;
    QString serverError; ///< the "error" code in the server's JSON body, if any
    QJsonObject body;
    qint64 requestRawBytes = 0; ///< JSON body before compression
    qint64 requestWireBytes = 0; ///< body bytes actually sent (gzip)
    qint64 responseWireBytes = 0; ///< body bytes actually received (gzip when the server compressed)
    qint64 responseRawBytes = 0; ///< JSON body after decompression
    /** From postUnparsed(): a successful answer's JSON text, decompressed and not parsed (body stays empty). */
    QByteArray rawBody;
    bool ok() const { return error == ApiError::None; }
};

/**
 * Talks JSON to pathway-server: gzip request bodies, asks for gzip answers, bearer token,
 * transfer timeout. On 401 "token_expired" it uses the refresh token once and retries the
 * request; if that fails too the reply says LoginRequired (the caller keeps its data). Refresh
 * tokens rotate, so requests in flight together (a push and a held long-poll) share one refresh,
 * and a request refused for a token that was replaced meanwhile is sent again with the new one.
 * The QNetworkAccessManager is injected and not owned.
 */
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiReply &)>;

    ApiClient(QNetworkAccessManager *network, Credentials *credentials, QObject *parent = nullptr);
    ~ApiClient() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    /** Path of the token refresh call; body {"refreshToken"}, answer {"token", "refreshToken", ...}. */
    void setRefreshPath(const QString &path) { m_refreshPath = path; }
    /** Logs in a staff member; on success the tokens and device id are in the Credentials. */
    void login(const QString &email, const QString &password, Callback done);
    /** Enrols a young person's device with a one-time code from their PA; tokens as for login(). */
    void enrol(const QString &code, Callback done);
    /** Bodies smaller than this go uncompressed (gzip's header would outweigh the gain). */
    void setCompressThreshold(qsizetype bytes) { m_compressThreshold = bytes; }

    /** POSTs @p body to @p path and calls @p done once, on this object's thread. */
    void post(const QString &path, const QJsonObject &body, Callback done);
    /**
     * As post(), but a successful (2xx) answer is left unparsed in ApiReply::rawBody, for a caller
     * that reads part of it before parsing the rest (SyncEngine asks for the next pull page first).
     * Other answers are parsed as usual. @p sent, if given, is called once the request has gone
     * out (QNetworkAccessManager sends it from the event loop), at the latest just before @p done.
     */
    void postUnparsed(const QString &path, const QJsonObject &body, Callback done, std::function<void()> sent = {});
    /**
     * GETs @p path with @p query and calls @p done once. @p timeoutMs overrides the transfer
     * timeout (a long-poll is held longer than a normal answer takes); @p tag names the request
     * for abort(tag).
     */
    void get(const QString &path, const QUrlQuery &query, Callback done, int timeoutMs = 0, const QString &tag = {});
    /** GET of a path that may carry its query ("/v1/alerts?state=open"). */
    void get(const QString &pathAndQuery, Callback done);
    /** Aborts every request in flight; their callbacks get ApiError::Network. */
    void abortAll();
    /** Aborts the requests in flight that were sent with @p tag. */
    void abort(const QString &tag);
    bool isBusy() const { return m_inFlight > 0; }

private:
    /** One call, kept so it can be sent again after a token refresh. */
    struct Call
    {
        QByteArray method = "POST";
        QString path;
        QUrlQuery query;
        QJsonObject body;
        int timeoutMs = 0; ///< 0: the client's default
        QString tag;
        bool mayRefresh = true;
        bool resent = false; ///< already sent again with a newer access token
        bool unparsed = false; ///< postUnparsed(): a 2xx body goes to ApiReply::rawBody
        std::shared_ptr<std::function<void()>> sent; ///< called once, when the request is out
    };
    void send(Call call, Callback done);
    void refreshThenRetry(Call call, Callback done, ApiReply first);
    /** Runs after the one refresh in flight (starting it if none): @p then gets its answer. */
    void refreshOnce(std::function<void(const ApiReply &)> then);
    void storeTokens(const ApiReply &r, const Callback &done);
    ApiReply finish(QNetworkReply *reply, qint64 raw, qint64 wire, bool unparsed) const;

    QPointer<QNetworkAccessManager> m_network;
    QPointer<Credentials> m_credentials;
    QString m_refreshPath = QStringLiteral("/v1/auth/refresh");
    QString m_loginPath = QStringLiteral("/v1/auth/login");
    QString m_enrolPath = QStringLiteral("/v1/auth/enrol");
    int m_timeoutMs = 30000;
    qsizetype m_compressThreshold = 256;
    int m_inFlight = 0;
    bool m_refreshing = false;
    QList<std::function<void(const ApiReply &)>> m_afterRefresh;
};

} // namespace Pathway::Sync

#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

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
    qint64 responseWireBytes = 0;
    bool ok() const { return error == ApiError::None; }
};

/**
 * Talks JSON to pathway-server: gzip request bodies, asks for gzip answers, bearer token,
 * transfer timeout. On 401 "token_expired" it uses the refresh token once and retries the
 * request; if that fails too the reply says LoginRequired (the caller keeps its data).
 * Refresh tokens rotate (the server ends the old one), so requests in flight at once share one
 * refresh: a second refresh with the same token would be refused and end the session.
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
    /** GETs @p path (it may carry a query, e.g. "/v1/alerts?state=open"); otherwise as post(). */
    void get(const QString &path, Callback done);
    /** Aborts every request in flight; their callbacks get ApiError::Network. */
    void abortAll();
    bool isBusy() const { return m_inFlight > 0; }

private:
    /** One request: a POST with a JSON body, or a GET (no body). */
    struct Request
    {
        QString path;
        QJsonObject body;
        bool get = false;
    };

    void send(const QString &path, const QJsonObject &body, Callback done, bool mayRefresh);
    void send(const Request &request, Callback done, bool mayRefresh);
    void refreshThenRetry(const Request &request, Callback done, ApiReply first);
    void storeTokens(const ApiReply &r, const Callback &done);
    ApiReply finish(QNetworkReply *reply, qint64 raw, qint64 wire) const;

    QPointer<QNetworkAccessManager> m_network;
    QPointer<Credentials> m_credentials;
    QString m_refreshPath = QStringLiteral("/v1/auth/refresh");
    QString m_loginPath = QStringLiteral("/v1/auth/login");
    QString m_enrolPath = QStringLiteral("/v1/auth/enrol");
    int m_timeoutMs = 30000;
    qsizetype m_compressThreshold = 256;
    int m_inFlight = 0;
    /** Requests waiting for the refresh in flight: each gets the failed refresh's reply, or nothing. */
    QList<std::function<void(const std::optional<ApiReply> &failed)>> m_afterRefresh;
};

} // namespace Pathway::Sync

#include "sync/apiclient.h"

#include "sync/credentials.h"
#include "sync/gzip.h"
#include "sync/synclog.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

using namespace Qt::StringLiterals;

namespace Pathway::Sync {

namespace {
constexpr qsizetype MaxResponseBytes = 256 * 1024 * 1024;
}

QString toCode(ApiError e)
{
    switch (e) {
    case ApiError::None:
        return {};
    case ApiError::Network:
        return u"network"_s;
    case ApiError::Timeout:
        return u"timeout"_s;
    case ApiError::LoginRequired:
        return u"login_required"_s;
    case ApiError::Forbidden:
        return u"forbidden"_s;
    case ApiError::Server:
        return u"server_error"_s;
    case ApiError::Client:
        return u"client_error"_s;
    case ApiError::BadResponse:
        return u"bad_response"_s;
    }
    return {};
}

ApiClient::ApiClient(QNetworkAccessManager *network, Credentials *credentials, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(credentials)
{
}

ApiClient::~ApiClient() = default;

void ApiClient::post(const QString &path, const QJsonObject &body, Callback done)
{
    send(path, body, std::move(done), true);
}

void ApiClient::get(const QString &path, Callback done)
{
    send(Request {path, {}, true}, std::move(done), true);
}

void ApiClient::abortAll()
{
    const auto replies = findChildren<QNetworkReply *>();
    for (auto *reply : replies) {
        reply->setProperty("pathwayAborted", true);
        reply->abort();
    }
}

void ApiClient::send(const QString &path, const QJsonObject &body, Callback done, bool mayRefresh)
{
    send(Request {path, body, false}, std::move(done), mayRefresh);
}

void ApiClient::send(const Request &req, Callback done, bool mayRefresh)
{
    const QString &path = req.path;
    const QJsonObject &body = req.body;
    if (!m_network || !m_credentials || !m_credentials->serverUrl().isValid()) {
        ApiReply r;
        r.error = ApiError::Network;
        QMetaObject::invokeMethod(
            this, [done = std::move(done), r] { done(r); }, Qt::QueuedConnection);
        return;
    }
    if (mayRefresh && m_credentials->accessToken().isEmpty() && m_credentials->hasRefreshToken()) {
        // A restored session has only its refresh token: get an access token first.
        ApiReply none;
        none.httpStatus = 401;
        none.serverError = u"token_expired"_s;
        refreshThenRetry(req, std::move(done), none);
        return;
    }
    const QByteArray raw = req.get ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    // A query ("?state=open") goes into the URL's query, not its (percent-encoded) path.
    const qsizetype mark = path.indexOf(u'?');
    QUrl url = m_credentials->endpoint(mark < 0 ? path : path.left(mark));
    if (mark >= 0) {
        url.setQuery(path.mid(mark + 1));
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    // We decompress ourselves, so we can count the bytes that really crossed the wire.
    request.setRawHeader("Accept-Encoding"_ba, "gzip"_ba);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_credentials->accessToken().isEmpty()) {
        request.setRawHeader("Authorization"_ba, "Bearer "_ba + m_credentials->accessToken().toUtf8());
    }
    QByteArray wire = raw;
    if (!req.get && raw.size() >= m_compressThreshold) {
        wire = gzipCompress(raw);
        request.setRawHeader("Content-Encoding"_ba, "gzip"_ba);
    }
    QNetworkReply *reply = req.get ? m_network->get(request) : m_network->post(request, wire);
    reply->setParent(this);
    const QString usedToken = m_credentials->accessToken();
    ++m_inFlight;
    const qint64 rawSize = raw.size();
    const qint64 wireSize = wire.size();
    connect(reply, &QNetworkReply::finished, this, [=, this, done = std::move(done)]() mutable {
        --m_inFlight;
        reply->deleteLater();
        ApiReply r = finish(reply, rawSize, wireSize);
        if (r.httpStatus == 401 && mayRefresh && m_credentials && r.serverError == "token_expired"_L1) {
            if (!m_credentials->accessToken().isEmpty() && m_credentials->accessToken() != usedToken) {
                // Another request refreshed the session meanwhile: the new access token is enough.
                send(req, std::move(done), false);
                return;
            }
            if (m_credentials->hasRefreshToken()) {
                refreshThenRetry(req, std::move(done), r);
                return;
            }
        }
        if (r.httpStatus == 401) {
            r.error = ApiError::LoginRequired;
        }
        done(r);
    });
}

void ApiClient::refreshThenRetry(const Request &req, Callback done, ApiReply first)
{
    // Continue once the (one) refresh ends: retry with the new access token, or report its failure.
    m_afterRefresh.append([this, req, done = std::move(done)](const std::optional<ApiReply> &failed) mutable {
        if (failed) {
            done(*failed);
            return;
        }
        send(req, std::move(done), false);
    });
    if (m_afterRefresh.size() > 1) {
        return; // a refresh is already in flight
    }
    qCInfo(lcSync) << "access token rejected (" << first.serverError << "): refreshing";
    const QJsonObject refreshBody {{u"refreshToken"_s, m_credentials->refreshToken()}};
    m_credentials->clearAccessToken();
    send(
        m_refreshPath, refreshBody,
        [this](const ApiReply &r) {
            const QString access = r.body.value(u"token"_s).toString();
            std::optional<ApiReply> failed;
            if (!r.ok() || access.isEmpty() || !m_credentials) {
                failed = r;
                if (r.httpStatus == 401 || r.httpStatus == 403 || (r.ok() && access.isEmpty())) {
                    failed->error = ApiError::LoginRequired;
                    if (m_credentials) {
                        m_credentials->clearTokens();
                    }
                }
            } else {
                m_credentials->setTokens(access, r.body.value(u"refreshToken"_s).toString());
            }
            const auto waiting = std::exchange(m_afterRefresh, {});
            for (const auto &next : waiting) {
                next(failed);
            }
        },
        false);
}

void ApiClient::login(const QString &email, const QString &password, Callback done)
{
    QJsonObject body {{u"email"_s, email}, {u"password"_s, password}};
    if (m_credentials && !m_credentials->deviceId().isEmpty()) {
        body.insert(u"deviceId"_s, m_credentials->deviceId());
    }
    send(
        m_loginPath, body, [this, done = std::move(done)](const ApiReply &r) { storeTokens(r, done); }, false);
}

void ApiClient::enrol(const QString &code, Callback done)
{
    QJsonObject body {{u"code"_s, code}};
    if (m_credentials && !m_credentials->deviceId().isEmpty()) {
        body.insert(u"deviceId"_s, m_credentials->deviceId());
    }
    send(
        m_enrolPath, body, [this, done = std::move(done)](const ApiReply &r) { storeTokens(r, done); }, false);
}

void ApiClient::storeTokens(const ApiReply &r, const Callback &done)
{
    ApiReply out = r;
    const QString token = r.body.value(u"token"_s).toString();
    if (r.ok() && !token.isEmpty() && m_credentials) {
        m_credentials->setDeviceId(r.body.value(u"deviceId"_s).toString(m_credentials->deviceId()));
        m_credentials->setUserId(r.body.value(u"staffId"_s).toString(r.body.value(u"youngPersonId"_s).toString()));
        m_credentials->setTokens(token, r.body.value(u"refreshToken"_s).toString());
    } else if (r.ok()) {
        out.error = ApiError::BadResponse;
    }
    done(out);
}

ApiReply ApiClient::finish(QNetworkReply *reply, qint64 raw, qint64 wire) const
{
    ApiReply r;
    r.requestRawBytes = raw;
    r.requestWireBytes = wire;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray data = reply->readAll();
    r.responseWireBytes = data.size();
    const auto netError = reply->error();
    if (r.httpStatus == 0 || (netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied)) {
        // No complete HTTP answer: refused, dropped mid-response, timed out or aborted.
        // A transfer timeout aborts the reply, so "cancelled" means timeout unless we aborted it.
        const bool timedOut = netError == QNetworkReply::TimeoutError
            || (netError == QNetworkReply::OperationCanceledError && !reply->property("pathwayAborted").toBool());
        r.error = timedOut ? ApiError::Timeout : ApiError::Network;
        qCInfo(lcSync) << "request failed:" << netError;
        return r;
    }
    if (reply->rawHeader("Content-Encoding"_ba).trimmed().toLower() == "gzip"_ba) {
        auto inflated = gzipDecompress(data, MaxResponseBytes);
        if (!inflated) {
            r.error = ApiError::BadResponse;
            return r;
        }
        data = std::move(*inflated);
    }
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(data, &parseError);
    if (doc.isObject()) {
        r.body = doc.object();
        r.serverError = r.body.value(u"error"_s).toString();
        if (r.serverError.isEmpty()) {
            r.serverError = r.body.value(u"code"_s).toString();
        }
    }
    if (r.httpStatus >= 200 && r.httpStatus < 300) {
        if (!doc.isObject()) {
            r.error = ApiError::BadResponse;
        }
    } else if (r.httpStatus == 401) {
        r.error = ApiError::LoginRequired;
    } else if (r.httpStatus == 403) {
        r.error = ApiError::Forbidden;
    } else if (r.httpStatus >= 500) {
        r.error = ApiError::Server;
    } else {
        r.error = ApiError::Client;
    }
    return r;
}

} // namespace Pathway::Sync

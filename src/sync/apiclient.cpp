// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "sync/apiclient.h"

#include "protocol/gzip.h"
#include "sync/credentials.h"
#include "sync/synclog.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

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
    Call call;
    call.path = path;
    call.body = body;
    send(std::move(call), std::move(done));
}

void ApiClient::postUnparsed(const QString &path, const QJsonObject &body, Callback done, std::function<void()> sent)
{
    Call call;
    call.path = path;
    call.body = body;
    call.unparsed = true;
    if (sent) {
        call.sent = std::make_shared<std::function<void()>>(std::move(sent));
    }
    send(std::move(call), std::move(done));
}

void ApiClient::get(const QString &pathAndQuery, Callback done)
{
    // A query ("?state=open") goes into the URL's query, not its (percent-encoded) path.
    const qsizetype mark = pathAndQuery.indexOf(u'?');
    get(mark < 0 ? pathAndQuery : pathAndQuery.left(mark), QUrlQuery(mark < 0 ? QString() : pathAndQuery.mid(mark + 1)),
        std::move(done));
}

void ApiClient::get(const QString &path, const QUrlQuery &query, Callback done, int timeoutMs, const QString &tag)
{
    Call call;
    call.method = "GET";
    call.path = path;
    call.query = query;
    call.timeoutMs = timeoutMs;
    call.tag = tag;
    send(std::move(call), std::move(done));
}

void ApiClient::abortAll()
{
    const auto replies = findChildren<QNetworkReply *>();
    for (auto *reply : replies) {
        reply->setProperty("pathwayAborted", true);
        reply->abort();
    }
}

void ApiClient::abort(const QString &tag)
{
    const auto replies = findChildren<QNetworkReply *>();
    for (auto *reply : replies) {
        if (reply->property("pathwayTag").toString() == tag) {
            reply->setProperty("pathwayAborted", true);
            reply->abort();
        }
    }
}

void ApiClient::send(Call call, Callback done)
{
    if (!m_network || !m_credentials || !m_credentials->serverUrl().isValid()) {
        ApiReply r;
        r.error = ApiError::Network;
        QMetaObject::invokeMethod(
            this, [done = std::move(done), r] { done(r); }, Qt::QueuedConnection);
        return;
    }
    if (call.mayRefresh && m_credentials->accessToken().isEmpty() && m_credentials->hasRefreshToken()) {
        // A restored session has only its refresh token: get an access token first.
        ApiReply none;
        none.httpStatus = 401;
        none.serverError = u"token_expired"_s;
        refreshThenRetry(std::move(call), std::move(done), none);
        return;
    }
    const bool hasBody = call.method != "GET";
    const QByteArray raw = hasBody ? QJsonDocument(call.body).toJson(QJsonDocument::Compact) : QByteArray();
    QUrl url = m_credentials->endpoint(call.path);
    if (!call.query.isEmpty()) {
        url.setQuery(call.query);
    }
    QNetworkRequest request(url);
    if (hasBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    }
    // We decompress ourselves, so we can count the bytes that really crossed the wire.
    request.setRawHeader("Accept-Encoding"_ba, "gzip"_ba);
    request.setTransferTimeout(call.timeoutMs > 0 ? call.timeoutMs : m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const QString usedToken = m_credentials->accessToken();
    if (!usedToken.isEmpty()) {
        request.setRawHeader("Authorization"_ba, "Bearer "_ba + usedToken.toUtf8());
    }
    QByteArray wire = raw;
    if (hasBody && raw.size() >= m_compressThreshold) {
        wire = gzipCompress(raw);
        request.setRawHeader("Content-Encoding"_ba, "gzip"_ba);
    }
    QNetworkReply *reply = hasBody ? m_network->post(request, wire) : m_network->get(request);
    reply->setParent(this);
    reply->setProperty("pathwayTag", call.tag);
    ++m_inFlight;
    const qint64 rawSize = raw.size();
    const qint64 wireSize = wire.size();
    const auto notifySent = [sent = call.sent] {
        if (sent && *sent) {
            std::exchange(*sent, {})();
        }
    };
    if (call.sent) {
        connect(reply, &QNetworkReply::requestSent, this, notifySent);
    }
    connect(reply, &QNetworkReply::finished, this, [=, this, call = std::move(call), done = std::move(done)]() mutable {
        --m_inFlight;
        reply->deleteLater();
        notifySent();
        ApiReply r = finish(reply, rawSize, wireSize, call.unparsed);
        if (r.httpStatus == 401 && m_credentials && !call.resent && !m_credentials->accessToken().isEmpty()
            && m_credentials->accessToken() != usedToken) {
            // Another request refreshed the tokens while this one was out: the old token
            // was retired with its session. Send it again with the new one.
            call.resent = true;
            send(std::move(call), std::move(done));
            return;
        }
        if (r.httpStatus == 401 && call.mayRefresh && m_credentials && m_credentials->hasRefreshToken()
            && r.serverError == "token_expired"_L1) {
            refreshThenRetry(std::move(call), std::move(done), r);
            return;
        }
        if (r.httpStatus == 401) {
            r.error = ApiError::LoginRequired;
        }
        done(r);
    });
}

void ApiClient::refreshThenRetry(Call call, Callback done, ApiReply first)
{
    qCInfo(lcSync) << "access token rejected (" << first.serverError << "): refreshing";
    refreshOnce([this, call = std::move(call), done = std::move(done)](const ApiReply &r) mutable {
        if (!r.ok()) {
            done(r);
            return;
        }
        call.mayRefresh = false;
        send(std::move(call), std::move(done));
    });
}

void ApiClient::refreshOnce(std::function<void(const ApiReply &)> then)
{
    m_afterRefresh.append(std::move(then));
    if (m_refreshing) {
        return; // one refresh at a time: a second one would present a refresh token already rotated away
    }
    m_refreshing = true;
    const QJsonObject refreshBody {{u"refreshToken"_s, m_credentials->refreshToken()}};
    m_credentials->clearAccessToken();
    Call call;
    call.path = m_refreshPath;
    call.body = refreshBody;
    call.mayRefresh = false;
    send(std::move(call), [this](const ApiReply &r) {
        m_refreshing = false;
        const QString access = r.body.value(u"token"_s).toString();
        ApiReply outcome = r;
        if (!r.ok() || access.isEmpty() || !m_credentials) {
            if (r.httpStatus == 401 || r.httpStatus == 403 || (r.ok() && access.isEmpty())) {
                outcome.error = ApiError::LoginRequired;
                if (m_credentials) {
                    m_credentials->clearTokens();
                }
            } else if (r.ok()) {
                outcome.error = ApiError::BadResponse;
            }
        } else {
            m_credentials->setTokens(access, r.body.value(u"refreshToken"_s).toString());
        }
        const auto waiting = std::exchange(m_afterRefresh, {});
        for (const auto &fn : waiting) {
            fn(outcome);
        }
    });
}

void ApiClient::login(const QString &email, const QString &password, Callback done)
{
    QJsonObject body {{u"email"_s, email}, {u"password"_s, password}};
    if (m_credentials && !m_credentials->deviceId().isEmpty()) {
        body.insert(u"deviceId"_s, m_credentials->deviceId());
    }
    Call call;
    call.path = m_loginPath;
    call.body = body;
    call.mayRefresh = false;
    send(std::move(call), [this, done = std::move(done)](const ApiReply &r) { storeTokens(r, done); });
}

void ApiClient::enrol(const QString &code, Callback done)
{
    QJsonObject body {{u"code"_s, code}};
    if (m_credentials && !m_credentials->deviceId().isEmpty()) {
        body.insert(u"deviceId"_s, m_credentials->deviceId());
    }
    Call call;
    call.path = m_enrolPath;
    call.body = body;
    call.mayRefresh = false;
    send(std::move(call), [this, done = std::move(done)](const ApiReply &r) { storeTokens(r, done); });
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

ApiReply ApiClient::finish(QNetworkReply *reply, qint64 raw, qint64 wire, bool unparsed) const
{
    ApiReply r;
    r.requestRawBytes = raw;
    r.requestWireBytes = wire;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray(); // an aborted reply is closed
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
    r.responseRawBytes = data.size();
    if (unparsed && r.httpStatus >= 200 && r.httpStatus < 300) {
        r.rawBody = std::move(data);
        return r;
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

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "enrolmentlink.h"

#include <QHostAddress>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {
constexpr auto Scheme = "pathway"_L1;
constexpr auto Action = "enrol"_L1;

bool isLoopback(const QUrl &url)
{
    if (url.host() == "localhost"_L1)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}
} // namespace

QString EnrolmentLink::toString() const
{
    // Every reserved character of the address is escaped, so the query splits only where it should.
    return Scheme + u"://"_s + Action + u"?server="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(server.toString(QUrl::FullyEncoded))) + u"&code="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(code));
}

bool EnrolmentLink::looksLikeLink(const QString &text)
{
    return text.trimmed().startsWith(Scheme + u':', Qt::CaseInsensitive);
}

std::optional<EnrolmentLink> EnrolmentLink::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(Scheme, Qt::CaseInsensitive) != 0
        || url.host().compare(Action, Qt::CaseInsensitive) != 0) {
        return std::nullopt;
    }
    const QUrlQuery query(url);
    EnrolmentLink link;
    link.server = QUrl(query.queryItemValue(u"server"_s, QUrl::FullyDecoded), QUrl::StrictMode);
    link.code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded).trimmed();
    const bool secure
        = link.server.scheme() == "https"_L1 || (link.server.scheme() == "http"_L1 && isLoopback(link.server));
    if (link.code.isEmpty() || link.code.size() > 32 || !link.server.isValid() || link.server.host().isEmpty()
        || !secure)
        return std::nullopt;
    return link;
}

} // namespace Pathway

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/syncwait.h"

#include "server/access.h"
#include "server/serverlog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

/** Rows per look at the store; a few looks at most per wake (then the next wake goes on). */
constexpr int CheckRows = 100;
constexpr int CheckPages = 4;

/** One held GET /v1/sync/wait: checks what the caller may read after its cursor, each time it is woken. */
class SyncWait final : public HeldResponse
{
public:
    SyncWait(ApiContext &ctx,
             Principal who,
             qint64 after,
             std::chrono::milliseconds hold,
             std::unique_ptr<ChangeFeed::Subscription> subscription)
        : m_ctx(ctx)
        , m_who(std::move(who))
        , m_checked(after)
        , m_hold(hold)
        , m_subscription(std::move(subscription))
    {
    }

    void setWake(std::function<void()> wake) override { m_subscription->setWake(std::move(wake)); }
    std::chrono::milliseconds holdTime() const override { return m_hold; }
    HttpResponse expired() override { return HttpResponse::json(200, {{u"changed"_s, false}}); }

    std::optional<HttpResponse> poll() override
    {
        if (m_subscription->superseded()) {
            return expired();
        }
        const auto access = buildAccessContext(m_ctx.store, m_who, m_ctx.clock.today());
        m_subscription->setOwners(access.visibleOwners);
        qint64 horizon = m_checked;
        for (int page = 0; page < CheckPages; ++page) {
            PullQuery query {m_who.authorityId, {{QString(), m_checked}}, CheckRows};
            for (const auto &owner : access.visibleOwners) {
                query.ownerCursors.insert(owner, m_checked);
            }
            const auto found = m_ctx.store.pull(query);
            qint64 newest = 0;
            for (const auto &row : found.rows) {
                if (canRead(access, row)) {
                    newest = std::max(newest, row.serverSeq);
                }
            }
            if (newest > 0) {
                return changed(newest);
            }
            horizon = std::max(horizon, found.pageEnd);
            // Nothing readable here (a staff-only note, say): later looks start after it.
            m_checked = horizon;
            if (!found.hasMore) {
                break;
            }
        }
        // Gaining or losing a young person is news even without a record to read: the device's
        // next pull adds their history or removes it.
        if (m_owners && *m_owners != access.visibleOwners) {
            return changed(horizon);
        }
        m_owners = access.visibleOwners;
        return std::nullopt;
    }

private:
    static HttpResponse changed(qint64 cursor)
    {
        return HttpResponse::json(200, {{u"changed"_s, true}, {u"cursor"_s, QString::number(cursor)}});
    }

    ApiContext &m_ctx;
    Principal m_who;
    qint64 m_checked; ///< everything the caller may read up to here is known to it or was checked
    std::chrono::milliseconds m_hold;
    std::unique_ptr<ChangeFeed::Subscription> m_subscription;
    std::optional<QSet<QString>> m_owners; ///< who the caller saw at the first look
};

HttpResponse handleWait(ApiContext &ctx, ChangeFeed &feed, const HttpRequest &req)
{
    const auto auth = ctx.auth.authenticate(req.header(u"authorization"_s));
    if (!auth.principal) {
        return HttpResponse::error(401, auth.error);
    }
    const Principal &who = *auth.principal;
    if (who.revoked) {
        return HttpResponse::error(401, u"token_revoked"_s);
    }
    bool ok = true;
    const QString afterText = req.query.value(u"after"_s, u"0"_s);
    const qint64 after = afterText.toLongLong(&ok);
    if (!ok || after < 0) {
        return HttpResponse::error(422, u"invalid_value"_s, {{u"field"_s, u"after"_s}});
    }
    qint64 holdSecs = ctx.config.syncWaitSecs;
    if (req.query.contains(u"timeout"_s)) {
        const qint64 asked = req.query.value(u"timeout"_s).toLongLong(&ok);
        if (!ok || asked < 1) {
            return HttpResponse::error(422, u"invalid_value"_s, {{u"field"_s, u"timeout"_s}});
        }
        holdSecs = std::min(holdSecs, asked);
    }
    auto subscription
        = feed.subscribe(who.deviceId.isEmpty() ? who.subjectId : who.deviceId, who.authorityId, QSet<QString>());
    if (!subscription) {
        logEvent(LogLevel::Warning, u"too_many_waits"_s, {{u"waiters"_s, feed.waiterCount()}});
        auto busy = HttpResponse::error(503, u"too_many_waits"_s, {{u"retryAfter"_s, 30}});
        busy.headers.insert("Retry-After", "30");
        return busy;
    }
    HttpResponse held;
    held.held = std::make_shared<SyncWait>(ctx, who, after, std::chrono::seconds(holdSecs), std::move(subscription));
    held.logUser = logSubject(who.subjectId);
    return held;
}

} // namespace

void registerSyncWaitRoute(Router &router, ApiContext &context, ChangeFeed &feed)
{
    router.add(u"GET"_s, u"/v1/sync/wait"_s, [&context, &feed](const HttpRequest &req, const RouteParams &) {
        return handleWait(context, feed, req);
    });
}

} // namespace Pathway::Server

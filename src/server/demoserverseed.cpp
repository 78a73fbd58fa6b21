// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "server/demoserverseed.h"

#include "domain/demodata.h"
#include "server/admin.h"
#include "server/auth.h"
#include "server/systemwriter.h"

using namespace Qt::StringLiterals;

namespace Pathway::Server {

namespace {

template<typename T> int seedAll(ServerStore &store, const Clock &clock, const QList<T> &items)
{
    int n = 0;
    for (const auto &item : items) {
        const QJsonObject fields = item.toJson();
        const QString type = QString::fromLatin1(T::recordType);
        writeAsServer(store, clock, u"demo-"_s + type + u'-' + item.id, type, item.id, item.ownerId(), fields);
        ++n;
    }
    return n;
}

} // namespace

DemoServerSeed seedDemo(ServerStore &store, const Clock &clock, qint64 enrolCodeTtlSecs)
{
    DemoServerSeed seed;
    const auto demo = makeDemoAuthority(clock.today());
    if (!store.authorityExists(demo.authorityId)) {
        store.createAuthority(demo.authorityId, demo.authorityName);
    }
    for (const DemoTeam &t : demo.teams) {
        if (!store.teamExists(t.id, demo.authorityId)) {
            store.createTeam(t.id, demo.authorityId, t.name);
        }
    }
    // Staff logins before any record: an allocation's PA must be a known PA of the authority.
    for (const auto &s : demo.staff) {
        if (!store.staffById(s.id)) {
            QString error;
            store.createStaff({s.id, demo.authorityId, s.teamId, s.email.toLower(), toCode(s.role), s.active,
                               hashPassword(QByteArray(DemoPassword))});
        }
        seed.accounts.append({s.email.toLower(), QString::fromLatin1(DemoPassword), toCode(s.role), s.id});
    }
    // Young people first: every other record's owner must exist.
    seed.records += seedAll(store, clock, demo.youngPeople);
    seed.records += seedAll(store, clock, demo.settings);
    seed.records += seedAll(store, clock, demo.staff);
    seed.records += seedAll(store, clock, demo.allocations);
    seed.records += seedAll(store, clock, demo.planSections);
    seed.records += seedAll(store, clock, demo.planActions);
    seed.records += seedAll(store, clock, demo.reviews);
    seed.records += seedAll(store, clock, demo.health);
    seed.records += seedAll(store, clock, demo.handovers);
    seed.records += seedAll(store, clock, demo.offer);
    seed.records += seedAll(store, clock, demo.entitlements);
    seed.records += seedAll(store, clock, demo.documents);
    seed.records += seedAll(store, clock, demo.contacts);
    seed.records += seedAll(store, clock, demo.amendments);
    seed.records += seedAll(store, clock, demo.requests);
    seed.records += seedAll(store, clock, demo.events);
    seed.records += seedAll(store, clock, demo.activities);
    seed.records += seedAll(store, clock, demo.accommodations);
    seed.records += seedAll(store, clock, demo.inTouch);
    // Fresh codes at every start (only their hashes are stored, so old ones cannot be shown again).
    int codes = 0;
    const auto allocations = store.allocationsOfAuthority(demo.authorityId);
    for (const auto &yp : demo.youngPeople) {
        const bool allocated = std::any_of(allocations.begin(), allocations.end(), [&](const AllocationRow &a) {
            // `until` is the last allocated day: allocated today when it is today or later.
            return a.youngPersonId == yp.id && a.from <= clock.today() && (!a.until || *a.until >= clock.today());
        });
        if (!allocated || codes >= 2) {
            continue;
        }
        const QString code = newEnrolCode();
        const qint64 now = clock.now().toMSecsSinceEpoch();
        if (store.insertEnrolCode(hashSecret(canonicalEnrolCode(code)), yp.id, u"demo"_s, now,
                                  now + enrolCodeTtlSecs * 1000)
            == StoreStatus::Ok) {
            seed.enrolments.append({code, yp.id});
            ++codes;
        }
    }
    return seed;
}

} // namespace Pathway::Server

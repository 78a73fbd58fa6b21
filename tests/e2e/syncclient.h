// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "serverprocess.h"
#include "synctestutil.h"

#include "domain/contact.h"
#include "domain/people.h"
#include "domain/record.h"
#include "store/recordstore.h"
#include "sync/apiclient.h"
#include "sync/credentials.h"
#include "sync/syncengine.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTimer>

#include <memory>

namespace Pathway::Testing {

using namespace Qt::StringLiterals;
using Sync::SyncEngine;

/** One app install for end-to-end tests: its own encrypted store, session and real sync engine. */
struct Client
{
    explicit Client(const QUrl &url)
        : device(clock)
    {
        credentials.setServerUrl(url);
        SyncEngine::Options o;
        o.watchReachability = false; // offline/online is driven by the test
        o.periodicMs = 3600 * 1000;
        o.debounceMs = 3600 * 1000;
        o.pullLimit = 200;
        engine = std::make_unique<SyncEngine>(device.sync.get(), &nam, &credentials, clock, o);
    }

    bool login(const DemoLogin &l)
    {
        bool ok = false;
        QEventLoop loop;
        engine->api()->login(l.email, l.password, [&](const Sync::ApiReply &r) {
            ok = r.ok();
            loop.quit();
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        staffId = l.staffId;
        return ok && credentials.isLoggedIn();
    }

    bool sync()
    {
        // Wait for the engine to be idle after the run this asks for: a run woken by the server's
        // announcement may be under way already, and its end is not this one's.
        QSignalSpy done(engine.get(), &SyncEngine::finished);
        engine->syncNow();
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired() && (done.isEmpty() || engine->isRunning()))
            done.wait(int(std::max<qint64>(1, deadline.remainingTime())));
        return !done.isEmpty() && done.last().first().toBool();
    }

    RecordStore &records() { return device.records(); }

    /** Every record of one young person: "type/id" -> body. */
    QMap<QString, QJsonObject> recordsOf(const QString &owner)
    {
        QMap<QString, QJsonObject> out;
        for (const auto &type : Sync::knownRecordTypes()) {
            for (const auto &r : records().listByOwner(type, owner, true)) {
                out.insert(type + u'/' + r.recordId, r.body);
            }
        }
        return out;
    }

    SystemClock clock;
    Sync::Testing::TestDevice device;
    QNetworkAccessManager nam;
    Sync::Credentials credentials;
    std::unique_ptr<SyncEngine> engine;
    QString staffId;
};

/** Young people currently allocated to @p staffId according to a client's allocation records. */
inline QStringList caseloadOf(Client &c, const QString &staffId)
{
    QStringList out;
    for (const auto &r : c.records().listByType(u"allocation"_s)) {
        const auto a = Allocation::fromJson(r.body);
        if (a && a->staffId == staffId && a->isCurrentOn(c.clock.today())) {
            out.append(a->youngPersonId);
        }
    }
    out.sort();
    return out;
}

inline QJsonObject newContact(const QString &yp, const QString &staff, const QString &notes)
{
    ContactLog c;
    c.id = newId();
    c.youngPersonId = yp;
    c.staffId = staff;
    c.at = QDateTime::currentDateTimeUtc().addSecs(-3600);
    c.kind = ContactKind::Visit;
    c.successful = true;
    c.location = u"home"_s;
    c.notes = notes;
    return c.toJson();
}

} // namespace Pathway::Testing

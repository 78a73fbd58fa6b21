// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
// pathway-server: wires configuration, store, auth, routes and the HTTP front end together.
#include "domain/clock.h"
#include "server/admin.h"
#include "server/alerts/alertroutes.h"
#include "server/alerts/alertrunner.h"
#include "server/alerts/alertstore.h"
#include "server/api.h"
#include "server/demoserverseed.h"
#include "server/httpserver.h"
#include "server/pgchangelistener.h"
#include "server/reportroutes.h"
#include "server/serverlog.h"
#include "server/storesetup.h"
#include "server/syncwait.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

#include <sodium.h>

#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Pathway;
using namespace Pathway::Server;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    if (sodium_init() < 0) {
        err << "error: libsodium_init_failed" << Qt::endl;
        return 1;
    }
    QMap<QString, QString> env;
    const auto system = QProcessEnvironment::systemEnvironment();
    for (const auto &key : system.keys()) {
        if (key.startsWith("PATHWAY_"_L1)) {
            env.insert(key, system.value(key));
        }
    }
    QString error;
    const auto parsed = parseArgs(app.arguments().mid(1), env, &error);
    if (!parsed) {
        err << "error: " << error << "\n\n" << usageText();
        return 2;
    }
    if (parsed->help) {
        out << usageText();
        return 0;
    }
    const ServerConfig &config = parsed->config;
    SystemClock clock;
    AlertStore::registerSchema(); // the alert tables live in the same store
    auto store = openConfiguredStore(config, &error);
    if (!store) {
        err << "error: " << error << Qt::endl;
        return 1;
    }
    // Log pseudonyms are keyed per installation: they cannot be matched across installations.
    const QByteArray logKey = installationSecret(*store, u"log_subject_key"_s);
    if (logKey.isEmpty()) {
        err << "error: store_unavailable: cannot read the installation secret" << Qt::endl;
        return 1;
    }
    setLogSubjectKey(logKey);
    if (parsed->admin) {
        return runAdmin(*store, clock, parsed->adminArgs, env, in, out, err);
    }
    Metrics metrics;
    store->setLatencyObserver([&metrics](double s) { metrics.observeStoreLatency(s); });
    if (config.demo) {
        const auto seed = seedDemo(*store, clock, config.enrolCodeTtlSecs);
        out << "DEMO ONLY: fictional authority, fixed demo passwords. Never use --demo with real data." << Qt::endl;
        for (const auto &a : seed.accounts) {
            out << "pathway-server demo-login email=" << a.email << " password=" << a.password << " role=" << a.role
                << " staffId=" << a.staffId << Qt::endl;
        }
        for (const auto &e : seed.enrolments) {
            out << "pathway-server demo-enrol code=" << e.code << " youngPersonId=" << e.youngPersonId << Qt::endl;
        }
    }
    AuthService auth(*store, clock, config);
    ApiContext context {*store, auth, clock, config, metrics};
    // Long-polls hear of this instance's commits at once, and of other instances' over PostgreSQL.
    ChangeFeed changes({config.syncWaitPerDevice, config.syncWaitMax});
    store->setCommitObserver([&changes](const QList<CommittedRecord> &records) { changes.publish(records); });
    std::unique_ptr<PgChangeListener> listener;
    if (!config.databaseUri.isEmpty()) {
        store->setNotifyInstance(changes.instanceId());
        listener = std::make_unique<PgChangeListener>(config.databaseUri, changes);
        listener->start();
    }
    Router router;
    registerCoreRoutes(router, context);
    registerAlertRoutes(router, context);
    registerReportRoutes(router, context);
    registerSyncWaitRoute(router, context, changes);
    AlertRunner alerts(*store, clock, env);
    alerts.start();
    HttpServer server(config, router, metrics);
    if (!server.listen(&error)) {
        err << "error: " << error << Qt::endl;
        return 1;
    }
    // /metrics on a listener of its own (loopback, or TLS like the main one), if configured.
    Router metricsRouter;
    registerMetricsRoute(metricsRouter, metrics);
    ServerConfig metricsConfig = config;
    metricsConfig.bind = config.metricsBind.isEmpty() ? u"127.0.0.1"_s : config.metricsBind;
    metricsConfig.port = config.metricsPort;
    metricsConfig.threads = 1;
    std::unique_ptr<HttpServer> metricsServer;
    std::thread metricsThread;
    if (config.metricsPort >= 0) {
        metricsServer = std::make_unique<HttpServer>(metricsConfig, metricsRouter, metrics);
        if (!metricsServer->listen(&error)) {
            err << "error: metrics " << error << Qt::endl;
            return 1;
        }
        out << "pathway-server metrics on " << metricsServer->address() << ':' << metricsServer->port() << Qt::endl;
        metricsThread = std::thread([&metricsServer] { metricsServer->run(); });
    }
    out << "pathway-server listening on " << server.address() << ':' << server.port() << Qt::endl;
    out.flush();
    std::fflush(stdout);
    logEvent(LogLevel::Info, u"started"_s, {{u"port"_s, server.port()}});
    server.run();
    if (metricsServer) {
        metricsServer->stop();
        metricsThread.join();
    }
    if (listener) {
        listener->stop();
    }
    store->setCommitObserver({});
    alerts.stop();
    store->close();
    logEvent(LogLevel::Info, u"stopped"_s);
    return 0;
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
/** The pathway app: parses the command line and wires the store session, controllers and QML together. */

#include "screentour.h"
#include "store/keystore.h"
#include "ui/appcontroller.h"
#include "ui/enrolmentlink.h"
#include "ui/languages.h"
#include "ui/rendererchoice.h"
#ifdef PATHWAY_HAVE_NOTIFIER
#include "ui/attentionnotifier.h"
#if defined(Q_OS_ANDROID)
#include "android/androidnotifier.h"
using PlatformNotifier = Pathway::AndroidNotifier;
#elif defined(Q_OS_IOS)
#include "ios/iosnotifier.h"
using PlatformNotifier = Pathway::IosNotifier;
#else
#include "linux/dbusnotifier.h"
using PlatformNotifier = Pathway::DBusNotifier;
#endif
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Pathway_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Pathway_UiPlugin)

using namespace Qt::StringLiterals;
using namespace Pathway;

namespace {
QtMessageHandler g_previousHandler = nullptr;

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    ScreenTour::noteMessage(type, context.category, message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

/** The demo passphrase of a --demo store (synthetic data only); printed by --help. */
const auto DemoPassphrase = u"demo-pathway"_s;

/** The language to start in: --lang (remembered, as if chosen), else the remembered one, else the system's. */
/** A word for the graphics API Qt Quick draws with, for --bench-report. */
const char *rendererName(QSGRendererInterface::GraphicsApi api)
{
    switch (api) {
    case QSGRendererInterface::Software:
        return "software";
    case QSGRendererInterface::OpenGL:
        return "opengl";
    default:
        return "other";
    }
}

void startLanguage(Languages &languages, const QString &lang)
{
    if (lang.isEmpty() || !languages.choose(languages.codeFor(lang)))
        languages.start(lang.isEmpty() ? QLocale::system().name() : lang);
}
} // namespace

int main(int argc, char *argv[])
{
    // QApplication, not QGuiApplication: Qt Charts in QML (the Performance page) needs it.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Pathway"_s);
    QCoreApplication::setApplicationName(u"pathway"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Pathway: plans, documents and contact for care leavers and their advisers."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"demo"_s,
                      u"Demo mode without a server: a local encrypted store seeded with a synthetic authority. "
                      "With a role (young_person, pa, manager) it opens at once; its passphrase is "_s
                          + DemoPassphrase + u"."_s});
    parser.addOption({u"server"_s, u"Address of the Pathway server."_s, u"url"_s});
    parser.addOption({u"data"_s, u"Directory of this device's encrypted store."_s, u"dir"_s});
    parser.addOption({u"self-test"_s,
                      u"Open every main page of every role on a temporary demo store; exit 1 on any QML warning."_s});
    parser.addOption(
        {u"screenshots"_s, u"Save a PNG of every main page, each role, phone and desktop size, into dir."_s, u"dir"_s});
    parser.addOption(
        {u"bench-report"_s,
         u"Print 'first-frame' when the first frame is shown and 'ready' when the data is loaded (bench_app)."_s});
    parser.addOption({u"young-person-pages"_s,
                      u"With --screenshots: only the first screen and the young person's home, plan, offer and "
                      "documents pages, at phone size (one language's check)."_s});
    parser.addOption({u"lang"_s, u"Language to use instead of the system's, e.g. ar."_s, u"code"_s});
    parser.addPositionalArgument(u"role"_s, u"With --demo: young_person, pa or manager."_s, u"[role]"_s);
    parser.addPositionalArgument(
        u"link"_s, u"A pathway://enrol link from a PA (what their QR code holds): sets this device up with its code."_s,
        u"[link]"_s);
    parser.process(app);

    QQuickStyle::setStyle(u"Material"_s);

    if (parser.isSet(u"self-test"_s) || parser.isSet(u"screenshots"_s)) {
        g_previousHandler = qInstallMessageHandler(messageHandler);
        // The renderer the app itself would start with here (PATHWAY_RENDERER chooses otherwise).
        RendererChoice::apply(QString());
        QQmlEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_s);
        QString shots = parser.value(u"screenshots"_s);
        if (!shots.isEmpty() && !QDir().mkpath(shots)) {
            std::fprintf(stderr, "pathway: cannot create %s\n", qPrintable(shots));
            return 1;
        }
        AppSettings tourSettings(QString {});
        Languages languages(&tourSettings);
        startLanguage(languages, parser.value(u"lang"_s).isEmpty() ? u"en"_s : parser.value(u"lang"_s));
        languages.setEngine(&engine);
        ScreenTour tour(engine, shots, languages.current());
        tour.setYoungPersonPagesOnly(parser.isSet(u"young-person-pages"_s));
        return tour.run();
    }

    std::unique_ptr<QTemporaryDir> tempData;
    QString dataDir = parser.value(u"data"_s);
    const QString firstArg = parser.positionalArguments().value(0);
    const QString demoRole = EnrolmentLink::looksLikeLink(firstArg) ? QString() : firstArg;
    if (dataDir.isEmpty() && parser.isSet(u"demo"_s)) {
        tempData = std::make_unique<QTemporaryDir>();
        dataDir = tempData->path();
    }
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);

    SystemClock clock;
    // The platform keystore (libsecret, Android Keystore, iOS Keychain via QtKeychain) adds a
    // secret to the key wrapping where one answers; without one the passphrase alone wraps it.
    const auto secrets = makePlatformKeystore(u"Pathway"_s);
    StoreSession session(dataDir, clock, KdfParams::interactive(), nullptr, secrets.get());
    AppSettings settings(QDir(dataDir).filePath(u"settings.ini"_s));
    if (parser.isSet(u"server"_s))
        settings.setServerUrl(parser.value(u"server"_s));
    else if (settings.serverUrl().isEmpty())
        settings.setServerUrl(QStringLiteral(PATHWAY_DEFAULT_SERVER)); // the authority's build; may be empty
    // Before the first window: Qt Quick's software renderer where OpenGL would be emulated on the CPU
    // (PATHWAY_RENDERER or the display/renderer setting choose otherwise).
    RendererChoice::apply(settings.renderer());
    AppController controller(&session, &settings);
    // A QR code scanned with the phone's camera, or a link a PA sent, opens the app with it.
    QString enrolmentLink;
    for (const QString &arg : parser.positionalArguments()) {
        if (EnrolmentLink::looksLikeLink(arg))
            enrolmentLink = arg;
    }
    if (!enrolmentLink.isEmpty() && !controller.openLink(enrolmentLink))
        std::fprintf(stderr, "pathway: %s\n",
                     qPrintable(controller.signInError().isEmpty() ? u"this device is already set up"_s
                                                                   : controller.signInError()));
#ifdef PATHWAY_HAVE_NOTIFIER
    PlatformNotifier notifier;
    AttentionNotifier attention(&controller, &notifier, clock);
#endif

    QQmlApplicationEngine engine;
    startLanguage(*controller.languages(), parser.value(u"lang"_s));
    controller.languages()->setEngine(&engine);
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.setInitialProperties({{u"app"_s, QVariant::fromValue(&controller)}});
    engine.load(QUrl(u"qrc:/qt/qml/Pathway/Ui/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (parser.isSet(u"bench-report"_s)) {
        if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst())) {
            QObject::connect(
                window, &QQuickWindow::frameSwapped, window,
                [window] {
                    // Which renderer drew it, chosen by RendererChoice or by Qt's own variables.
                    std::printf("renderer %s\n", rendererName(window->rendererInterface()->graphicsApi()));
                    std::printf("first-frame\n");
                    std::fflush(stdout);
                },
                Qt::SingleShotConnection);
        }
        QObject::connect(&controller, &AppController::stageChanged, &controller, [&controller] {
            if (controller.stage() == AppController::Stage::Ready) {
                std::printf("ready\n");
                std::fflush(stdout);
            }
        });
    }

    if (parser.isSet(u"demo"_s) && !demoRole.isEmpty() && !session.exists()) {
        const std::optional<Role> role = roleFromCode(demoRole);
        if (!role || *role == Role::Admin) {
            std::fprintf(stderr, "pathway: unknown demo role %s\n", qPrintable(demoRole));
            return 2;
        }
        controller.startDemo(*role, DemoPassphrase, DemoPassphrase);
    }
    return QApplication::exec();
}

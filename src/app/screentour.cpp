// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "screentour.h"

#include "domain/clock.h"
#include "domain/record.h"
#include "store/recordstore.h"
#include "ui/alertscontroller.h"
#include "ui/appcontroller.h"
#include "ui/casedata.h"
#include "ui/planmodel.h"
#include "ui/youngpersoncontroller.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {
std::atomic<int> g_qmlWarnings {0};

struct ScreenSize
{
    const char *name;
    int width;
    int height;
};
constexpr ScreenSize Phone {"phone", 360, 800};
constexpr ScreenSize Desktop {"desktop", 1280, 800};

/** The first visible item under @p root (depth first) for which @p test holds. */
QQuickItem *findItem(QQuickItem *root, const std::function<bool(QQuickItem *)> &test)
{
    if (!root || !root->isVisible())
        return nullptr;
    if (test(root))
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = findItem(child, test))
            return found;
    }
    return nullptr;
}

QQuickItem *findByObjectName(QQuickWindow *window, const QString &name)
{
    return findItem(window->contentItem(), [&](QQuickItem *i) { return i->objectName() == name; });
}

/** A visible button (anything with a clicked signal) whose text is @p text. */
QQuickItem *findButton(QQuickWindow *window, const QString &text)
{
    return findItem(window->contentItem(), [&](QQuickItem *i) {
        return i->property("text").toString() == text && i->metaObject()->indexOfSignal("clicked()") >= 0;
    });
}
} // namespace

ScreenTour::ScreenTour(QQmlEngine &engine, QString screenshotDir, QString langTag)
    : m_engine(engine)
    , m_shotDir(std::move(screenshotDir))
    , m_lang(std::move(langTag))
{
}

void ScreenTour::noteMessage(QtMsgType type, const char *category, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    const QByteArray cat(category ? category : "");
    if (cat == "qml" || cat == "js" || cat.startsWith("qt.qml") || message.contains(".qml"_L1))
        ++g_qmlWarnings;
}

bool ScreenTour::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

void ScreenTour::settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
}

void ScreenTour::settlePushed(QQuickWindow *window)
{
    settle(m_shotDir.isEmpty() ? 60 : 300);
    if (m_shotDir.isEmpty())
        return;
    // A busy machine can take longer than any fixed pause: wait for the page's transition to end.
    QObject *stack = nullptr;
    // The stack is the window's child as a QObject, not the content item's.
    for (QObject *o : window->findChildren<QObject *>()) {
        if (o->inherits("QQuickStackView"))
            stack = o;
    }
    // Not busy, and the page in place: the transition's animators may set the last position after
    // the stack says it is done.
    if (stack) {
        waitFor(
            [stack] {
                auto *page = stack->property("currentItem").value<QQuickItem *>();
                return !stack->property("busy").toBool()
                    && (!page || (qFuzzyIsNull(page->x()) && page->opacity() >= 1.0));
            },
            10000);
    }
    settle(300);
}

void ScreenTour::capture(QQuickWindow *window, const QString &name)
{
    if (m_shotDir.isEmpty())
        return;
    const QImage image = window->grabWindow();
    const QString path = QDir(m_shotDir).filePath(name + u".png"_s);
    if (image.isNull() || !image.save(path))
        std::fprintf(stderr, "tour: could not save %s\n", qPrintable(path));
    else
        ++m_shots;
}

bool ScreenTour::tourRole(const QString &roleCode)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return false;
    SystemClock clock;
    StoreSession session(dir.path(), clock, KdfParams::fastForTests());
    AppSettings settings(QString {});
    settings.setLanguage(m_lang); // the tour's language, not the young person's first language
    AppController app(&session, &settings);
    app.languages()->start(m_lang); // as main.cpp starts it: the language choice shows the tour's language

    QQmlComponent component(&m_engine, QUrl(u"qrc:/qt/qml/Pathway/Ui/Main.qml"_s));
    if (!component.isReady()) {
        std::fprintf(stderr, "tour: Main.qml did not load: %s\n", qPrintable(component.errorString()));
        return false;
    }
    std::unique_ptr<QObject> root(component.createWithInitialProperties({{u"app"_s, QVariant::fromValue(&app)}}));
    auto *window = qobject_cast<QQuickWindow *>(root.get());
    if (!window) {
        std::fprintf(stderr, "tour: Main.qml did not load: %s\n", qPrintable(component.errorString()));
        return false;
    }
    window->resize(Desktop.width, Desktop.height);
    window->show();
    if (roleCode == "young_person"_L1) {
        settle(m_shotDir.isEmpty() ? 60 : 300);
        capture(window, u"%1-setup-desktop"_s.arg(m_lang));
        window->resize(Phone.width, Phone.height);
        settle(m_shotDir.isEmpty() ? 60 : 200);
        capture(window, u"%1-setup-phone"_s.arg(m_lang));
    }
    if (roleCode == "young_person"_L1 && !m_youngPersonPagesOnly) {
        // The steps after it: a young person's code, staff sign-in (Advanced open), the passphrase; as
        // in an authority's own build, the app knows its server (a fictional one here).
        settings.setServerUrl(u"https://pathway.northbrook.example"_s);
        QObject *flow = window->findChild<QObject *>(u"setupFlow"_s);
        if (!flow) {
            std::fprintf(stderr, "tour: the set-up flow was not found\n");
            return false;
        }
        for (const QString &step : {u"code"_s, u"signin"_s, u"passphrase"_s}) {
            if (!QMetaObject::invokeMethod(flow, "openStep", Q_ARG(QString, step))) {
                std::fprintf(stderr, "tour: the set-up step %s did not open\n", qPrintable(step));
                return false;
            }
            for (const ScreenSize &size : {Phone, Desktop}) {
                window->resize(size.width, size.height);
                settle(m_shotDir.isEmpty() ? 60 : 300);
                ++m_pages;
                capture(window, u"%1-setup-%2-%3"_s.arg(m_lang, step, QLatin1StringView(size.name)));
            }
        }
    }

    app.startDemo(roleFromCode(roleCode).value_or(Role::YoungPerson), u"tour-passphrase"_s, u"tour-passphrase"_s);
    if (!waitFor([&] { return app.stage() == AppController::Stage::Ready; }, 60000)) {
        std::fprintf(stderr, "tour: the %s demo store did not open: %s\n", qPrintable(roleCode),
                     qPrintable(app.errorText()));
        return false;
    }

    QStringList keys = NavigationModel::pageKeys(roleFromCode(roleCode).value_or(Role::Admin));
    const QStringList youngPersonPages {u"home"_s, u"plan"_s, u"offer"_s, u"documents"_s};
    const QList<ScreenSize> sizes
        = m_youngPersonPagesOnly ? QList<ScreenSize> {Phone} : QList<ScreenSize> {Phone, Desktop};
    for (const QString &key : keys) {
        if (m_youngPersonPagesOnly && !youngPersonPages.contains(key))
            continue;
        for (const ScreenSize &size : sizes) {
            window->resize(size.width, size.height);
            QMetaObject::invokeMethod(window, "openPage", Q_ARG(QString, key));
            // Qt Charts draws a chart again a moment after it is resized: give the charts that moment.
            settle(m_shotDir.isEmpty() ? 60 : (key == "performance"_L1 ? 1500 : 400));
            if (window->property("currentKey").toString() != key) {
                std::fprintf(stderr, "tour: page %s did not open for %s\n", qPrintable(key), qPrintable(roleCode));
                return false;
            }
            ++m_pages;
            capture(window, u"%1-%2-%3-%4"_s.arg(m_lang, roleCode, key, QLatin1StringView(size.name)));
        }
    }
    if (m_youngPersonPagesOnly)
        return true;
    // Staff also open a young person's record from their list, and the conflicts page.
    if (roleCode != "young_person"_L1) {
        const QString someone
            = session.data().youngPeople.isEmpty() ? QString() : session.data().youngPeople.first().id;
        for (const ScreenSize &size : {Phone, Desktop}) {
            window->resize(size.width, size.height);
            QMetaObject::invokeMethod(window, "openPage", Q_ARG(QString, keys.first()));
            const QVariant props = QVariantMap {{u"youngPersonId"_s, someone}};
            QMetaObject::invokeMethod(window, "pushPage", Q_ARG(QString, u"record"_s), Q_ARG(QVariant, props));
            settle(m_shotDir.isEmpty() ? 60 : 900);
            ++m_pages;
            capture(window, u"%1-%2-record-%3"_s.arg(m_lang, roleCode, QLatin1StringView(size.name)));
        }
    }
    // The page the first alert's action opens: the record at the tab that resolves it (or allocation).
    if (roleCode != "young_person"_L1) {
        AlertsController alerts;
        alerts.setApp(&app);
        const QString action = alerts.model()->valueAt(0, u"actionKey"_s).toString();
        const QVariant props = alerts.model()->valueAt(0, u"actionProperties"_s);
        for (const ScreenSize &size : {Phone, Desktop}) {
            if (action.isEmpty())
                break;
            window->resize(size.width, size.height);
            QMetaObject::invokeMethod(window, "openPage", Q_ARG(QString, u"alerts"_s));
            QMetaObject::invokeMethod(window, "pushPage", Q_ARG(QString, action), Q_ARG(QVariant, props));
            settle(m_shotDir.isEmpty() ? 60 : 900);
            ++m_pages;
            capture(window, u"%1-%2-alert-action-%3"_s.arg(m_lang, roleCode, QLatin1StringView(size.name)));
        }
    }
    if (roleCode == "pa"_L1 && !tourContacts(window, session, session.data().youngPeople.first().id))
        return false;
    tourEditors(window, roleCode, keys.first(), session.data());
    if (roleCode == "manager"_L1)
        tourPerformance(window);
    window->resize(Phone.width, Phone.height);
    const QVariant noProps = QVariantMap {};
    QMetaObject::invokeMethod(window, "pushPage", Q_ARG(QString, u"conflicts"_s), Q_ARG(QVariant, noProps));
    settle(m_shotDir.isEmpty() ? 60 : 300);
    ++m_pages;
    capture(window, u"%1-%2-conflicts-phone"_s.arg(m_lang, roleCode));
    // The phone's "More" drawer: every page of the role, for those that do not fit on the bottom bar.
    if (QObject *drawer = window->findChild<QObject *>(u"moreDrawer"_s)) {
        QMetaObject::invokeMethod(drawer, "open");
        settle(m_shotDir.isEmpty() ? 60 : 600);
        ++m_pages;
        capture(window, u"%1-%2-more-phone"_s.arg(m_lang, roleCode));
        QMetaObject::invokeMethod(drawer, "close");
        settle(m_shotDir.isEmpty() ? 60 : 600);
    }
    if (roleCode == "young_person"_L1 && !tourRefused(window, app, keys.first()))
        return false;

    // Every main page again at 200% text on a phone (and the young person's in the dark theme).
    window->resize(Phone.width, Phone.height);
    settings.setFontScale(AppSettings::MaxFontScale);
    for (const QString &key : keys) {
        QMetaObject::invokeMethod(window, "openPage", Q_ARG(QString, key));
        settle(m_shotDir.isEmpty() ? 60 : (key == "performance"_L1 ? 1500 : 400));
        ++m_pages;
        capture(window, u"%1-%2-%3-phone-200"_s.arg(m_lang, roleCode, key));
    }
    if (roleCode == "young_person"_L1) {
        settings.setDarkTheme(true);
        for (const QString &key : keys) {
            QMetaObject::invokeMethod(window, "openPage", Q_ARG(QString, key));
            settle(m_shotDir.isEmpty() ? 60 : 400);
            ++m_pages;
            capture(window, u"%1-%2-%3-phone-200-dark"_s.arg(m_lang, roleCode, key));
        }
        settings.setDarkTheme(false);
    }
    settings.setFontScale(AppSettings::MinFontScale);

    app.lock();
    settle(m_shotDir.isEmpty() ? 60 : 300);
    if (roleCode == "young_person"_L1)
        capture(window, u"%1-unlock-phone"_s.arg(m_lang));
    window->hide();
    return true;
}

bool ScreenTour::tourContacts(QQuickWindow *window, StoreSession &session, const QString &youngPersonId)
{
    const int wait = m_shotDir.isEmpty() ? 60 : 500;
    for (const ScreenSize &size : {Phone, Desktop}) {
        const QString suffix = QLatin1StringView(size.name);
        window->resize(size.width, size.height);
        // Logging a contact, and its date and time picker open.
        QMetaObject::invokeMethod(window, "openPage", Q_ARG(QString, u"logContact"_s));
        settle(wait);
        QQuickItem *when = findByObjectName(window, u"contactWhenField"_s);
        if (!when) {
            std::fprintf(stderr, "tour: the log contact page has no date and time field\n");
            return false;
        }
        QMetaObject::invokeMethod(when, "open");
        settle(wait);
        ++m_pages;
        capture(window, u"%1-pa-logcontact-picker-%2"_s.arg(m_lang, suffix));
        QMetaObject::invokeMethod(when, "close");

        // A young person's contacts, and the question before one is marked entered in error.
        const QVariant props = QVariantMap {{u"youngPersonId"_s, youngPersonId}};
        QMetaObject::invokeMethod(window, "pushPage", Q_ARG(QString, u"record"_s), Q_ARG(QVariant, props));
        settle(wait);
        QQuickItem *tabs = findByObjectName(window, u"recordTabs"_s);
        if (!tabs) {
            std::fprintf(stderr, "tour: the record page has no tabs\n");
            return false;
        }
        tabs->setProperty("currentIndex", 4); // Contact
        settle(wait);
        QQuickItem *mark = findButton(window, u"Entered in error"_s);
        if (!mark && m_lang == "en"_L1) {
            std::fprintf(stderr, "tour: no contact offers \"Entered in error\"\n");
            return false;
        }
        if (mark) {
            QMetaObject::invokeMethod(mark, "clicked");
            settle(wait);
            ++m_pages;
            capture(window, u"%1-pa-entered-in-error-%2"_s.arg(m_lang, suffix));
            if (QQuickItem *cancel = findButton(window, u"Cancel"_s))
                QMetaObject::invokeMethod(cancel, "clicked");
            settle(m_shotDir.isEmpty() ? 60 : 300);
        }
        // The health dialog's date: a date field, never typed.
        tabs->setProperty("currentIndex", 1); // Health
        settle(wait);
        if (QQuickItem *add = findButton(window, u"Add an appointment"_s)) {
            QMetaObject::invokeMethod(add, "clicked");
            settle(wait);
            ++m_pages;
            capture(window, u"%1-pa-health-date-%2"_s.arg(m_lang, suffix));
            if (QQuickItem *cancel = findButton(window, u"Cancel"_s))
                QMetaObject::invokeMethod(cancel, "clicked");
            settle(m_shotDir.isEmpty() ? 60 : 300);
        }
        tabs->setProperty("currentIndex", 4);
    }
    // How a contact marked entered in error reads in the list (marked here through the store).
    const QList<ContactLog> contacts = session.data().contactsOf(youngPersonId);
    if (contacts.isEmpty())
        return true;
    ContactAmendment a;
    a.id = newId();
    a.youngPersonId = youngPersonId;
    a.contactLogId = contacts.first().id;
    a.amendedBy = contacts.first().staffId;
    a.amendedAt = session.clock().now();
    a.reason = u"Logged for the wrong young person"_s;
    a.changes = QJsonObject {{u"enteredInError"_s, true}};
    if (session.save(a) != StoreSession::Error::None) {
        std::fprintf(stderr, "tour: could not mark a contact entered in error\n");
        return false;
    }
    for (const ScreenSize &size : {Phone, Desktop}) {
        window->resize(size.width, size.height);
        settle(m_shotDir.isEmpty() ? 60 : 400);
        capture(window, u"%1-pa-record-contacts-%2"_s.arg(m_lang, QLatin1StringView(size.name)));
    }
    return true;
}

bool ScreenTour::tourRefused(QQuickWindow *window, AppController &app, const QString &baseKey)
{
    // A step the young person proposed (waiting for the PA), then the same change as the server
    // would refuse it (marked here through the store: the demo has no server).
    YoungPersonController person;
    person.setApp(&app);
    const QString area = person.plan()->valueAt(0, u"key"_s).toString();
    if (!person.addStep(area, u"Find a cooking course"_s, u"me"_s, 30)) {
        std::fprintf(stderr, "tour: the young person could not propose a step\n");
        return false;
    }
    for (const ScreenSize &size : {Phone, Desktop}) {
        window->resize(size.width, size.height);
        QMetaObject::invokeMethod(window, "openPage", Q_ARG(QString, u"plan"_s));
        settle(m_shotDir.isEmpty() ? 60 : 500);
        ++m_pages;
        capture(window, u"%1-young_person-plan-proposed-%2"_s.arg(m_lang, QLatin1StringView(size.name)));
    }
    const QList<OutboxChange> pending = app.session()->recordStore()->pendingChanges();
    if (pending.isEmpty()
        || !app.session()->recordStore()->markRejected(pending.last().changeId, u"forbidden"_s).ok()) {
        std::fprintf(stderr, "tour: could not mark a change refused\n");
        return false;
    }
    app.session()->reload();
    tourPushed(window, u"young_person"_s, baseKey, u"rejected"_s, {}, u"rejected"_s);
    return true;
}

void ScreenTour::tourPushed(QQuickWindow *window,
                            const QString &roleCode,
                            const QString &baseKey,
                            const QString &key,
                            const QVariantMap &props,
                            const QString &name)
{
    for (const ScreenSize &size : {Phone, Desktop}) {
        window->resize(size.width, size.height);
        QMetaObject::invokeMethod(window, "openPage", Q_ARG(QString, baseKey));
        QMetaObject::invokeMethod(window, "pushPage", Q_ARG(QString, key), Q_ARG(QVariant, QVariant(props)));
        settlePushed(window);
        ++m_pages;
        capture(window, u"%1-%2-%3-%4"_s.arg(m_lang, roleCode, name, QLatin1StringView(size.name)));
    }
}

void ScreenTour::tourPerformance(QQuickWindow *window)
{
    for (const ScreenSize &size : {Phone, Desktop}) {
        window->resize(size.width, size.height);
        QMetaObject::invokeMethod(window, "openPage", Q_ARG(QString, u"performance"_s));
        settle(m_shotDir.isEmpty() ? 60 : 1000);
        QQuickItem *page = nullptr;
        QMetaObject::invokeMethod(window, "currentPage", Q_RETURN_ARG(QQuickItem *, page));
        QObject *performance = page ? page->findChild<QObject *>(u"performanceController"_s) : nullptr;
        const int months = performance ? performance->property("monthCount").toInt() : 0;
        if (months == 0) {
            std::fprintf(stderr, "tour: the Performance page has no months\n");
            ++g_qmlWarnings;
            return;
        }
        QMetaObject::invokeMethod(performance, "select", Q_ARG(QString, u"recent_contact"_s), Q_ARG(int, months - 1));
        settle(m_shotDir.isEmpty() ? 60 : 500);
        // Scroll the list behind the figure into view.
        QQuickItem *list = findByObjectName(window, u"performancePeople"_s);
        QQuickItem *flick = findItem(page, [](QQuickItem *i) { return i->inherits("QQuickFlickable"); });
        auto *content = flick ? flick->property("contentItem").value<QQuickItem *>() : nullptr;
        if (list && content) {
            const qreal top = list->mapToItem(content, QPointF(0, 0)).y() - 8;
            const qreal end = std::max<qreal>(0, flick->property("contentHeight").toReal() - flick->height());
            flick->setProperty("contentY", std::clamp<qreal>(top, 0, end));
            settle(m_shotDir.isEmpty() ? 30 : 1000);
        }
        ++m_pages;
        capture(window, u"%1-manager-performance-people-%2"_s.arg(m_lang, QLatin1StringView(size.name)));
    }
}

void ScreenTour::tourEditors(QQuickWindow *window,
                             const QString &roleCode,
                             const QString &baseKey,
                             const CaseData &data)
{
    if (roleCode == "manager"_L1) {
        for (const PlanReview &r : data.reviews) {
            if (r.signedOffBy.isEmpty()) {
                tourPushed(window, roleCode, baseKey, u"signOff"_s, {{u"reviewId"_s, r.id}}, u"signoff"_s);
                break;
            }
        }
        return;
    }
    if (roleCode != "pa"_L1 || data.youngPeople.isEmpty())
        return;
    // Someone whose passport is missing makes the fullest document editor.
    QString documentId = data.documents.isEmpty() ? QString() : data.documents.first().id;
    for (const DocumentItem &d : data.documents) {
        if (d.kind == DocumentKind::Passport && d.status == DocumentStatus::Missing)
            documentId = d.id;
    }
    const QString someone = data.youngPeople.first().id;
    // The record's tabs with the editors' buttons: health (handover), offer and documents.
    QString documentOwner = someone;
    for (const DocumentItem &d : data.documents) {
        if (d.id == documentId)
            documentOwner = d.youngPersonId;
    }
    for (const ScreenSize &size : {Phone, Desktop}) {
        window->resize(size.width, size.height);
        QMetaObject::invokeMethod(window, "openPage", Q_ARG(QString, baseKey));
        QMetaObject::invokeMethod(window, "pushPage", Q_ARG(QString, u"record"_s),
                                  Q_ARG(QVariant, QVariant(QVariantMap {{u"youngPersonId"_s, documentOwner}})));
        settlePushed(window);
        QQuickItem *page = nullptr;
        QMetaObject::invokeMethod(window, "currentPage", Q_RETURN_ARG(QQuickItem *, page));
        QObject *tabs = page ? page->findChild<QObject *>(u"recordTabs"_s) : nullptr;
        if (!tabs) {
            std::fprintf(stderr, "tour: the record's tabs were not found\n");
            ++g_qmlWarnings;
            return;
        }
        for (const auto &[index, tab] : {std::pair {1, "health"}, std::pair {2, "offer"}, std::pair {3, "documents"},
                                         std::pair {6, "situation"}}) {
            tabs->setProperty("currentIndex", index);
            settle(m_shotDir.isEmpty() ? 30 : 400);
            ++m_pages;
            capture(
                window,
                u"%1-%2-record-%3-%4"_s.arg(m_lang, roleCode, QLatin1StringView(tab), QLatin1StringView(size.name)));
        }
    }
    const QString offerItem = data.offer.isEmpty() ? QString() : data.offer.first().id;
    tourPushed(window, roleCode, baseKey, u"documentEdit"_s, {{u"documentId"_s, documentId}}, u"document-editor"_s);
    tourPushed(window, roleCode, baseKey, u"entitlementEdit"_s,
               {{u"youngPersonId"_s, someone}, {u"offerItemId"_s, offerItem}}, u"offer-editor"_s);
    tourPushed(window, roleCode, baseKey, u"handoverEdit"_s, {{u"youngPersonId"_s, someone}}, u"handover-editor"_s);
    tourPushed(window, roleCode, baseKey, u"reviewEdit"_s, {{u"youngPersonId"_s, someone}}, u"review-editor"_s);
    // The calendar of the review's first date, open over the editor.
    for (const ScreenSize &size : {Phone, Desktop}) {
        window->resize(size.width, size.height);
        settle(m_shotDir.isEmpty() ? 60 : 300);
        QQuickItem *page = nullptr;
        QMetaObject::invokeMethod(window, "currentPage", Q_RETURN_ARG(QQuickItem *, page));
        QObject *picker = page && page->objectName() == "reviewEditPage"_L1
            ? page->findChild<QObject *>(u"heldOnField"_s)
            : nullptr;
        if (!picker) {
            std::fprintf(stderr, "tour: the review editor's date picker was not found\n");
            ++g_qmlWarnings;
            return;
        }
        QMetaObject::invokeMethod(picker, "open");
        settle(m_shotDir.isEmpty() ? 60 : 500);
        ++m_pages;
        capture(window, u"%1-%2-date-picker-%3"_s.arg(m_lang, roleCode, QLatin1StringView(size.name)));
        QMetaObject::invokeMethod(picker, "close");
        settle(m_shotDir.isEmpty() ? 30 : 200);
    }
}

int ScreenTour::run()
{
    bool ok = true;
    const QStringList roles = m_youngPersonPagesOnly ? QStringList {u"young_person"_s}
                                                     : QStringList {u"young_person"_s, u"pa"_s, u"manager"_s};
    for (const QString &role : roles)
        ok = tourRole(role) && ok;
    const int warnings = g_qmlWarnings.load();
    std::printf("tour: %d pages opened, %d screenshots, %d QML warnings\n", m_pages, m_shots, warnings);
    return ok && warnings == 0 ? 0 : 1;
}

} // namespace Pathway

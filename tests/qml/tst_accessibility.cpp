// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
/**
 * The app as a screen reader and a large-text user meet it: for each role's demo device, every
 * page is opened and the in-process accessibility tree (QAccessible) walked. An interactive control
 * must have a name, the name must hold its visible words, and it must have a Press action; pressing
 * a navigation entry must open its page. At 200% text on a 360x800 phone, the young person's pages
 * must have no cut-off text, no child outside its card and no line squeezed to three characters.
 * PATHWAY_TEST_LANG=ar runs it in Arabic, right to left.
 */

#include "domain/clock.h"
#include "ui/appcontroller.h"
#include "ui/navigationmodel.h"

#include <QAccessible>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(Pathway_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Pathway_UiPlugin)

using namespace Qt::StringLiterals;
using namespace Pathway;

namespace {
constexpr int Timeout = 30000;
// How long a press may take to show its result (a drawer opening, a page coming in).
constexpr int PressTimeout = 5000;

/** Counts the receivers of a signal, QML handlers included (QObject::receivers is protected). */
class SignalPeek : public QObject
{
public:
    static int receiversOf(const QObject *object, const char *signal)
    {
        return static_cast<const SignalPeek *>(object)->receivers(signal);
    }
};

/** One demo device of a role with the app's window on it. */
struct Device
{
    QTemporaryDir dir;
    FakeClock clock {QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC)};
    StoreSession session {dir.path(), clock, KdfParams::fastForTests()};
    AppSettings settings {QString()};
    AppController app {&session, &settings};
    std::unique_ptr<QObject> root;

    QQuickWindow *window() const { return qobject_cast<QQuickWindow *>(root.get()); }
};

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::PageTab:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::Link:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
        return true;
    default:
        return false;
    }
}

bool pressable(QAccessible::Role role)
{
    return role == QAccessible::Button || role == QAccessible::PageTab || role == QAccessible::CheckBox
        || role == QAccessible::RadioButton || role == QAccessible::Link;
}

/** The words a control shows: its `text` (button, tab, list entry), without mnemonics. */
QString visibleWords(const QObject *object)
{
    if (!object || object->metaObject()->indexOfProperty("text") < 0)
        return {};
    QString text = object->property("text").toString();
    text.remove(u'&');
    return text.simplified();
}

/** Whether @p name holds every word of @p words (a voice-control user says what they see). */
bool holdsEveryWord(const QString &name, const QString &words)
{
    static const QRegularExpression separators(u"[\\s\\p{P}]+"_s);
    for (const QString &word : words.split(separators, Qt::SkipEmptyParts)) {
        if (!name.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

/** The Accessible attached object of an item, if QML made one. */
QObject *accessibleAttached(QObject *item)
{
    for (QObject *child : item->children()) {
        if (qstrcmp(child->metaObject()->className(), "QQuickAccessibleAttached") == 0)
            return child;
    }
    return nullptr;
}

void forEachItem(QQuickItem *item, const std::function<void(QQuickItem *)> &visit)
{
    if (!item || !item->isVisible())
        return;
    visit(item);
    for (QQuickItem *child : item->childItems())
        forEachItem(child, visit);
}

bool isA(const QObject *object, const char *qmlType)
{
    for (const QMetaObject *m = object->metaObject(); m; m = m->superClass()) {
        if (QByteArray(m->className()).startsWith(QByteArray(qmlType).append("_QMLTYPE_")))
            return true;
    }
    return false;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(u"Material"_s);
        m_lang = qEnvironmentVariable("PATHWAY_TEST_LANG", u"en"_s);
        if (m_lang != "en"_L1) {
            auto *translator = new QTranslator(this);
            QVERIFY(
                translator->load(QStringLiteral(PATHWAY_BINARY_DIR) + u"/translations/pathway_"_s + m_lang + u".qm"_s));
            QCoreApplication::installTranslator(translator);
            QGuiApplication::setLayoutDirection(QLocale(m_lang).textDirection());
        }
        m_engine.addImportPath(u"qrc:/qt/qml"_s);
        // The in-process tree is built only while accessibility is active.
        QAccessible::setActive(true);
    }

    void screenReader_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("width");
        for (const char *role : {"young_person", "pa", "manager"}) {
            QTest::addRow("%s phone", role) << QString::fromLatin1(role) << 360;
            QTest::addRow("%s desktop", role) << QString::fromLatin1(role) << 1280;
        }
    }

    void screenReader()
    {
        QFETCH(QString, role);
        QFETCH(int, width);
        auto device = open(role, width, 1.0);
        QVERIFY(device);
        QQuickWindow *window = device->window();
        const Role navRole = roleFromCode(role).value_or(Role::YoungPerson);
        const QStringList keys = NavigationModel::pageKeys(navRole);
        QStringList problems;
        int walked = 0;
        int unnamed = 0;
        for (const QString &key : pagesOf(navRole)) {
            openPageOf(*device, navRole, key);
            QQuickItem *page = currentPage(window);
            QVERIFY2(page, qPrintable(key));
            QAccessibleInterface *pageIface = QAccessible::queryAccessibleInterface(page);
            if (!pageIface || pageIface->text(QAccessible::Name).isEmpty())
                problems << u"%1: the page has no name"_s.arg(key);
            walk(QAccessible::queryAccessibleInterface(window), key, problems, walked, unnamed);
        }
        // Every navigation entry, pressed as a screen reader does, opens its page.
        const auto navigation = navigationEntries(window);
        QVERIFY2(!navigation.isEmpty(), "no navigation entries found");
        for (QQuickItem *entry : navigation) {
            const QString key = entry->property("key").toString();
            const QString other = key == keys.first() ? keys.value(1) : keys.first();
            QMetaObject::invokeMethod(window, "openPage", Q_ARG(QString, other));
            settle(window);
            if (!entry->isVisible() && isA(entry, "PathwayTab"))
                continue; // a tab that does not fit the bar: its page is in the drawer
            if (entry->isVisible()) {
                press(entry);
            } else if (width > 600) {
                continue; // the drawer is the phone's; the desktop's side bar holds the same entries
            } else {
                // A drawer entry: the bottom bar's "More" opens the drawer first, by its Press action.
                QQuickItem *more = findByName(window, moreName());
                if (!more) {
                    problems << u"no More button for %1"_s.arg(key);
                    continue;
                }
                press(more);
                // The hidden entry may be the desktop side bar's, which a phone never shows: the
                // drawer's own entry for the same page is the one that appears.
                QQuickItem *shown = nullptr;
                const bool opened = QTest::qWaitFor(
                    [&] {
                        for (QQuickItem *candidate : navigationEntries(window)) {
                            if (candidate->isVisible() && !isA(candidate, "PathwayTab")
                                && candidate->property("key").toString() == key)
                                shown = candidate;
                        }
                        return shown != nullptr;
                    },
                    PressTimeout);
                if (!opened) {
                    problems << u"%1: the More button's Press did not open the drawer"_s.arg(key);
                    continue;
                }
                press(shown);
            }
            if (!QTest::qWaitFor([&] { return window->property("currentKey").toString() == key; }, PressTimeout))
                problems << u"%1: its Press action did not open the page"_s.arg(key);
            ++walked;
        }
        // The lock screen and its passphrase field.
        device->app.lock();
        QVERIFY(QTest::qWaitFor([&] { return device->app.stage() == AppController::Stage::Locked; }, Timeout));
        settle(window);
        walk(QAccessible::queryAccessibleInterface(window), u"unlock"_s, problems, walked, unnamed);
        bool passphraseNamed = false;
        forEachItem(window->contentItem(), [&](QQuickItem *item) {
            if (item->property("echoMode").toInt() == 2 /* TextInput.Password */) {
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
                passphraseNamed = iface && iface->state().passwordEdit && !spokenName(iface).isEmpty();
            }
        });
        if (!passphraseNamed)
            problems << u"unlock: the passphrase field has no name"_s;
        const auto differing = std::count_if(problems.cbegin(), problems.cend(),
                                             [](const QString &p) { return p.contains(u"lacks the visible words"_s); });
        std::printf("accessibility %s %s %dpx: %d controls walked, %d unnamed, %lld names differing from their "
                    "words, %lld problems\n",
                    qPrintable(m_lang), qPrintable(role), width, walked, unnamed, static_cast<long long>(differing),
                    static_cast<long long>(problems.size()));
        for (const QString &p : std::as_const(problems))
            std::printf("  %s\n", qPrintable(p));
        QVERIFY2(problems.isEmpty(), "see the problems listed above");
        QVERIFY(walked > 10);
    }

    void largeText_data()
    {
        QTest::addColumn<QString>("role");
        for (const char *role : {"young_person", "pa", "manager"})
            QTest::addRow("%s", role) << QString::fromLatin1(role);
    }

    void largeText()
    {
        QFETCH(QString, role);
        const Role navRole = roleFromCode(role).value_or(Role::YoungPerson);
        auto device = open(role, 360, 2.0);
        QVERIFY(device);
        QQuickWindow *window = device->window();
        QStringList problems;
        int texts = 0;
        for (const QString &key : pagesOf(navRole)) {
            openPageOf(*device, navRole, key);
            // Scroll through the page: items off screen are laid out too, so one pass sees them.
            forEachItem(window->contentItem(), [&](QQuickItem *item) {
                if (item->inherits("QQuickText")) {
                    const QString text = item->property("text").toString();
                    if (text.isEmpty() || item->width() <= 0)
                        return;
                    ++texts;
                    if (item->property("truncated").toBool())
                        problems << u"%1: cut off: %2"_s.arg(key, text.left(40));
                    const QString broken = wordBrokenAcrossLines(item);
                    if (!broken.isEmpty())
                        problems << u"%1: \"%2\" is broken across lines in: %3"_s.arg(key, broken, text.left(40));
                    const int lines = item->property("lineCount").toInt();
                    if (lines > 1 && text.size() / lines <= 3)
                        problems << u"%1: %2 lines for %3 characters: %4"_s.arg(key)
                                        .arg(lines)
                                        .arg(text.size())
                                        .arg(text.left(40));
                    const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
                    // A tab bar's tabs scroll sideways: a tab off screen is reached by scrolling.
                    bool inTabBar = false;
                    for (QQuickItem *up = item->parentItem(); up && !inTabBar; up = up->parentItem())
                        inTabBar = up->inherits("QQuickTabBar");
                    if (!inTabBar && (r.left() < -1 || r.right() > window->width() + 1))
                        problems << u"%1: wider than the screen (%2 to %3): %4"_s.arg(key)
                                        .arg(qRound(r.left()))
                                        .arg(qRound(r.right()))
                                        .arg(text.left(40));
                }
                if (isA(item, "Card")) {
                    const QRectF card(0, 0, item->width(), item->height());
                    // The card's own background (its shadow reaches past its edge) is not content.
                    auto *background = item->property("background").value<QQuickItem *>();
                    forEachItem(item, [&](QQuickItem *child) {
                        if (child == item || child->width() <= 0 || child->height() <= 0)
                            return;
                        for (QQuickItem *up = child; up && up != item; up = up->parentItem()) {
                            const QByteArray cls = up->metaObject()->className();
                            if (up == background || cls.contains("Shader") || cls.contains("Elevation"))
                                return;
                        }
                        // Plain items draw nothing themselves; what they hold is checked.
                        if (QByteArray(child->metaObject()->className()).startsWith("QQuickItem"))
                            return;
                        const QRectF r = child->mapRectToItem(item, QRectF(0, 0, child->width(), child->height()));
                        // Scaled to nothing (an unticked check box's tick), it draws nothing; and
                        // QRectF::contains() is false for an empty rectangle.
                        if (r.isEmpty() || child->opacity() <= 0)
                            return;
                        if (!card.adjusted(-1, -1, 1, 1).contains(r)) {
                            problems << u"%1: outside its card: %2 %3"_s.arg(
                                key, QString::fromLatin1(child->metaObject()->className()),
                                visibleWords(child).left(40));
                        }
                    });
                }
            });
        }
        problems.removeDuplicates();
        std::printf("large text %s %s: %d texts checked at 200%%, %lld problems\n", qPrintable(m_lang),
                    qPrintable(role), texts, static_cast<long long>(problems.size()));
        for (const QString &p : std::as_const(problems))
            std::printf("  %s\n", qPrintable(p));
        QVERIFY2(problems.isEmpty(), "see the problems listed above");
        QVERIFY(texts > 20);
    }

private:
    std::unique_ptr<Device> open(const QString &role, int width, qreal fontScale)
    {
        auto device = std::make_unique<Device>();
        device->settings.setFontScale(fontScale);
        QQmlComponent component(&m_engine, QUrl(u"qrc:/qt/qml/Pathway/Ui/Main.qml"_s));
        if (!component.isReady()) {
            qWarning() << component.errorString();
            return {};
        }
        device->root.reset(component.createWithInitialProperties({{u"app"_s, QVariant::fromValue(&device->app)}}));
        if (!device->window())
            return {};
        device->window()->resize(width, 800);
        device->window()->show();
        device->app.startDemo(roleFromCode(role).value_or(Role::YoungPerson), u"a11y test pass"_s, u"a11y test pass"_s);
        if (!QTest::qWaitFor([&] { return device->app.stage() == AppController::Stage::Ready; }, Timeout))
            return {};
        settle(device->window());
        return device;
    }

    /** The pages walked for a role: its navigation pages, and a young person's record for staff. */
    static QStringList pagesOf(Role role)
    {
        QStringList pages = NavigationModel::pageKeys(role);
        if (role != Role::YoungPerson)
            pages << u"record"_s;
        return pages;
    }

    /** Opens page @p key (the record of the first young person for "record") and waits for it. */
    static void openPageOf(Device &device, Role role, const QString &key)
    {
        QQuickWindow *window = device.window();
        if (key == "record"_L1) {
            QMetaObject::invokeMethod(window, "openPage", Q_ARG(QString, NavigationModel::pageKeys(role).first()));
            const QVariant props = QVariantMap {{u"youngPersonId"_s, device.session.data().youngPeople.first().id}};
            QMetaObject::invokeMethod(window, "pushPage", Q_ARG(QString, key), Q_ARG(QVariant, props));
        } else {
            QMetaObject::invokeMethod(window, "openPage", Q_ARG(QString, key));
        }
        settle(window);
    }

    /**
     * A word of a wrapping text that is wider than the text's width, which the text then breaks in
     * the middle (Text.Wrap breaks a word that cannot fit a line anywhere); empty if none.
     */
    static QString wordBrokenAcrossLines(QQuickItem *text)
    {
        const int wrapMode = text->property("wrapMode").toInt();
        if (wrapMode == 0 /* Text.NoWrap */ || text->property("lineCount").toInt() < 2)
            return {};
        if (wrapMode == 3 /* Text.WrapAnywhere */)
            return u"(wraps anywhere)"_s;
        const qreal width
            = text->width() - text->property("leftPadding").toReal() - text->property("rightPadding").toReal();
        const QFontMetricsF metrics(text->property("font").value<QFont>());
        static const QRegularExpression spaces(u"\\s+"_s);
        for (const QString &word : text->property("text").toString().split(spaces, Qt::SkipEmptyParts)) {
            if (metrics.horizontalAdvance(word) > width + 0.5)
                return word;
        }
        return {};
    }

    static void settle(QQuickWindow *window)
    {
        // The stack is the window's child as a QObject, not the content item's.
        QObject *stack = nullptr;
        for (QObject *o : window->findChildren<QObject *>()) {
            if (o->inherits("QQuickStackView"))
                stack = o;
        }
        // Not busy, and the page in place: a pushed page's transition starts a frame later, and its
        // animators may set the last position after the stack says it is done.
        QTest::qWait(100);
        const auto inPlace = [stack] {
            auto *page = stack->property("currentItem").value<QQuickItem *>();
            return !stack->property("busy").toBool() && (!page || (qFuzzyIsNull(page->x()) && page->opacity() >= 1.0));
        };
        // In place for a while: a transition may start a few frames after the push.
        QElapsedTimer steady;
        steady.start();
        const auto steadyInPlace = [&] {
            if (!inPlace())
                steady.restart();
            return steady.elapsed() >= 300;
        };
        if (stack && !QTest::qWaitFor(steadyInPlace, Timeout))
            qWarning("the page did not finish coming in");
        QTest::qWait(50);
    }

    static QQuickItem *currentPage(QQuickWindow *window)
    {
        QQuickItem *page = nullptr;
        QMetaObject::invokeMethod(window, "currentPage", Q_RETURN_ARG(QQuickItem *, page));
        return page;
    }

    static void press(QQuickItem *item)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        if (iface && iface->actionInterface())
            iface->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    }

    /** The "More" tab's accessible name (its words) in the language under test. */
    static QString moreName() { return QCoreApplication::translate("BottomBar", "More", "@action:button"); }

    /** The first visible item whose accessible name is @p name. */
    static QQuickItem *findByName(QQuickWindow *window, const QString &name)
    {
        QQuickItem *found = nullptr;
        forEachItem(window->contentItem(), [&](QQuickItem *item) {
            QAccessibleInterface *iface = found ? nullptr : QAccessible::queryAccessibleInterface(item);
            if (iface && iface->text(QAccessible::Name) == name)
                found = item;
        });
        return found;
    }

    /** The bottom bar's tabs and the drawer's entries (visible or not): items with a page key. */
    static QList<QQuickItem *> navigationEntries(QQuickWindow *window)
    {
        QList<QQuickItem *> entries;
        const std::function<void(QQuickItem *)> visit = [&](QQuickItem *item) {
            if (item->metaObject()->indexOfProperty("key") >= 0 && item->metaObject()->indexOfProperty("iconName") >= 0
                && (isA(item, "PathwayTab") || isA(item, "PathwayListItem")))
                entries << item;
            for (QQuickItem *child : item->childItems())
                visit(child);
        };
        visit(window->contentItem());
        return entries;
    }

    /**
     * What a screen reader says for a control: its name. Qt gives a password field no name,
     * whatever QML sets (QQuickAccessibleAttached::name() is empty while passwordEdit is set, so
     * that typed text can never be read out): its words are its description instead (a TextField's
     * placeholder), which screen readers read with it.
     */
    static QString spokenName(QAccessibleInterface *iface)
    {
        const QString name = iface->text(QAccessible::Name).simplified();
        if (name.isEmpty() && iface->state().passwordEdit)
            return iface->text(QAccessible::Description).simplified();
        return name;
    }

    /** Checks every visible interactive control under @p iface. */
    void walk(QAccessibleInterface *iface, const QString &page, QStringList &problems, int &walked, int &unnamed)
    {
        if (!iface || iface->state().invisible)
            return;
        const QAccessible::Role role = iface->role();
        QObject *object = iface->object();
        auto *item = qobject_cast<QQuickItem *>(object);
        // A page is a container (Qt's Page reports itself as a page tab), not a control.
        if (isInteractive(role) && item && item->isVisible() && item->width() > 0 && !item->inherits("QQuickPage")) {
            ++walked;
            const QString name = spokenName(iface);
            const QString words = visibleWords(object);
            const QString what = words.isEmpty() ? QString::fromLatin1(object->metaObject()->className()) : words;
            if (name.isEmpty()) {
                ++unnamed;
                problems << u"%1: %2 has no accessible name"_s.arg(page, what);
            } else if (role != QAccessible::EditableText && !holdsEveryWord(name, words)) {
                problems << u"%1: the name \"%2\" lacks the visible words \"%3\""_s.arg(page, name, words);
            }
            if (pressable(role)) {
                QObject *attached = accessibleAttached(object);
                // A check box may toggle instead of press.
                const bool acts = attached
                    && (SignalPeek::receiversOf(attached, SIGNAL(pressAction())) > 0
                        || (role == QAccessible::CheckBox
                            && SignalPeek::receiversOf(attached, SIGNAL(toggleAction())) > 0));
                if (!acts)
                    problems << u"%1: %2 has no Press action"_s.arg(page, what);
            }
        }
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), page, problems, walked, unnamed);
    }

    QQmlEngine m_engine;
    QString m_lang;
};

QTEST_MAIN(TestAccessibility)

#include "tst_accessibility.moc"

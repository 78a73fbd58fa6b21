// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
/** Under Qt Quick's software renderer the raised Material controls the pages use still draw their backgrounds. */

#include "ui/rendererchoice.h"

#include <QColor>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdlib>

Q_IMPORT_QML_PLUGIN(Pathway_UiPlugin)
Q_IMPORT_QML_PLUGIN(Pathway_ModelsPlugin)

using namespace Qt::StringLiterals;
using Pathway::RendererChoice;

namespace {
// A highlighted button, an attention card, a combo box, a switch and an open dialog: each drew
// nothing of its background under the software renderer before FlatBackground.
constexpr auto Scene = R"(
import QtQuick
import QtQuick.Controls.Material
import Pathway.Ui
import Pathway.Models

ApplicationWindow {
    width: 400
    height: 700
    visible: true
    // A grey page: a background that is not drawn shows as grey, whatever its own colour.
    color: "#808080"
    Material.primary: Material.Indigo
    Material.accent: Colours.accent
    property bool software: Rendering.software
    property color accent: Colours.accent
    property color attentionCard: Colours.attentionCard
    property color outline: Colours.outline
    Column {
        x: 20
        y: 20
        width: 360
        spacing: 20
        PathwayButton {
            objectName: "button"
            highlighted: true
            text: "Save"
        }
        Card {
            objectName: "card"
            width: 360
            attention: true
            title: "Megan"
            accessibleText: "Megan"
        }
        PathwayComboBox {
            objectName: "combo"
            width: 360
            model: ["One", "Two"]
            Accessible.name: "Choice"
        }
        WrappingSwitch {
            objectName: "switch"
            text: "Dark theme"
        }
    }
    PathwayDialog {
        objectName: "dialog"
        x: 20
        y: 420
        width: 360
        height: 200
        visible: true
        // Not dimming the page, so that the controls above are seen as they are.
        modal: false
        title: "Sign off?"
    }
}
)";

/** The colour at @p item's point (@p x, @p y), in the window's grabbed image. */
QColor colourAt(const QImage &image, const QQuickItem *item, qreal x, qreal y)
{
    const QPointF p = item->mapToScene({x, y}) * image.devicePixelRatio();
    return image.pixelColor(p.toPoint());
}

/** Saves @p image into PATHWAY_SCREENSHOT_DIR when it is set, to look at. */
void save(const QImage &image)
{
    const QString dir = qEnvironmentVariable("PATHWAY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(dir + u"/software-renderer-controls.png"_s);
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) <= 3 && std::abs(a.green() - b.green()) <= 3
        && std::abs(a.blue() - b.blue()) <= 3;
}
} // namespace

class TestSoftwareRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("QT_QUICK_BACKEND");
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        QQuickStyle::setStyle(u"Material"_s);
    }

    void raisedControlsKeepTheirBackgrounds()
    {
        QVERIFY(RendererChoice::softwareInUse());
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_s);
        engine.loadData(Scene, QUrl(u"scene.qml"_s));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(window->property("software").toBool());
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *dialog = window->findChild<QObject *>(u"dialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool()); // its opening transition has ended
        const QImage image = window->grabWindow();
        QVERIFY(!image.isNull());
        const auto item = [window](const char *name) {
            auto *found = window->findChild<QQuickItem *>(QString::fromLatin1(name));
            return found ? found->property("background").value<QQuickItem *>() : nullptr;
        };
        const QColor page = window->property("color").value<QColor>();

        // The highlighted button's accent, left of its words.
        QQuickItem *button = item("button");
        QVERIFY(button);
        const QColor accent = window->property("accent").value<QColor>();
        QVERIFY2(near(colourAt(image, button, 3, button->height() / 2), accent),
                 qPrintable(colourAt(image, button, 3, button->height() / 2).name()));
        QVERIFY(!button->property("layer").value<QObject *>()->property("enabled").toBool());

        // The attention card's colour inside, and an outline where its shadow would be.
        QQuickItem *card = item("card");
        QVERIFY(card);
        const QColor attention = window->property("attentionCard").value<QColor>();
        QVERIFY2(near(colourAt(image, card, 6, 6), attention), qPrintable(colourAt(image, card, 6, 6).name()));
        const QColor outline = window->property("outline").value<QColor>();
        QVERIFY2(near(colourAt(image, card, 0, card->height() / 2), outline),
                 qPrintable(colourAt(image, card, 0, card->height() / 2).name()));

        // The combo box stands out from the page by its outline.
        QQuickItem *combo = item("combo");
        QVERIFY(combo);
        QVERIFY(near(colourAt(image, combo, 0, combo->height() / 2), outline));

        // The dialog's own background over the dimmed page.
        QQuickItem *dialogBackground = dialog->property("background").value<QQuickItem *>();
        QVERIFY(dialogBackground);
        const QColor inside = colourAt(image, dialogBackground, 6, dialogBackground->height() - 6);
        QVERIFY2(!near(inside, page) && inside.lightness() > 240, qPrintable(inside.name()));
        // The combo box's list, open: its own background and outline over the page.
        auto *comboControl = window->findChild<QQuickItem *>(u"combo"_s);
        auto *popup = comboControl->property("popup").value<QObject *>();
        QVERIFY(popup);
        QMetaObject::invokeMethod(popup, "open");
        QTRY_VERIFY(popup->property("opened").toBool());
        const QImage withList = window->grabWindow();
        save(withList);
        auto *list = popup->property("background").value<QQuickItem *>();
        QVERIFY(list);
        const QColor listInside = colourAt(withList, list, 6, list->height() - 6);
        QVERIFY2(!near(listInside, page) && listInside.lightness() > 240, qPrintable(listInside.name()));
        QVERIFY(near(colourAt(withList, list, 0, list->height() / 2), outline));

        // The switch's handle, as light as a page, outlined on it.
        auto *switchControl = window->findChild<QQuickItem *>(u"switch"_s);
        QVERIFY(switchControl);
        auto *indicator = switchControl->property("indicator").value<QQuickItem *>();
        QVERIFY(indicator);
        auto *handle = indicator->property("handle").value<QQuickItem *>();
        QVERIFY(handle);
        QVERIFY(!handle->property("layer").value<QObject *>()->property("enabled").toBool());
        QCOMPARE(handle->property("border").value<QObject *>()->property("width").toInt(), 1);
    }
};

QTEST_MAIN(TestSoftwareRenderer)
#include "tst_softwarerenderer.moc"

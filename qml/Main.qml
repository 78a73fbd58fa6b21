// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// The window: the first-run flow, the unlock screen or the role's pages with navigation
// (a bottom bar on phones, a side bar on desktops).
ApplicationWindow {
    id: root

    required property AppController app
    readonly property bool wide: width >= Units.gridUnit * 50
    // The page key currently shown (for tests and the screenshot tour).
    property string currentKey: ""
    // Incremented each time a page finished loading (for tests and the screenshot tour).
    property int pagesLoaded: 0

    width: Units.gridUnit * 71
    height: Units.gridUnit * 44
    visible: true
    title: qsTr("Pathway", "@title:window")

    Material.theme: root.app.settings.darkTheme ? Material.Dark : Material.Light
    Material.primary: Material.Indigo
    Material.accent: Colours.accent
    LayoutMirroring.enabled: root.app.rightToLeft
    LayoutMirroring.childrenInherit: true

    Binding {
        target: Colours
        property: "dark"
        value: root.app.settings.darkTheme
    }
    Binding {
        target: Units
        property: "fontScale"
        value: root.app.settings.fontScale
    }
    Binding {
        target: root.app
        property: "compactLayout"
        value: !root.wide
    }

    header: SyncBar {
        visible: root.app.stage === AppController.Ready
        app: root.app
        wide: root.wide
        title: (stack.currentItem as Page)?.title ?? ""
        canGoBack: stack.depth > 1
        onBackRequested: stack.pop()
        onMenuRequested: moreDrawer.open()
        onConflictsRequested: root.pushPage("conflicts", {})
        onRejectedRequested: root.pushPage("rejected", {})
    }

    footer: BottomBar {
        visible: root.app.stage === AppController.Ready && !root.wide
        model: root.app.navigation
        currentKey: root.currentKey
        onSelected: key => root.openPage(key)
        onMoreRequested: moreDrawer.open()
    }

    Drawer {
        id: moreDrawer
        objectName: "moreDrawer"
        width: Math.min(root.width * 0.8, Units.sideBarWidth * 1.3)
        height: root.height
        edge: root.LayoutMirroring.enabled ? Qt.RightEdge : Qt.LeftEdge
        FlatBackground {
            target: moreDrawer.background
        }
        SideBar {
            anchors.fill: parent
            model: root.app.navigation
            currentKey: root.currentKey
            userName: root.app.userName
            onSelected: key => {
                moreDrawer.close();
                root.openPage(key);
            }
            onLockRequested: {
                moreDrawer.close();
                root.app.lock();
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: root.app.stage === AppController.Ready

        SideBar {
            visible: root.wide
            Layout.fillHeight: true
            Layout.preferredWidth: Units.sideBarWidth
            model: root.app.navigation
            currentKey: root.currentKey
            userName: root.app.userName
            onSelected: key => root.openPage(key)
            onLockRequested: root.app.lock()
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            SignInAgainBanner {
                app: root.app
                onSignInRequested: signInSheet.open()
            }
            StackView {
                id: stack
                Layout.fillWidth: true
                Layout.fillHeight: true
                onCurrentItemChanged: root.pagesLoaded++
            }
        }
    }

    SignInAgainSheet {
        id: signInSheet
        app: root.app
        wide: root.wide
    }

    // The first-run flow and the unlock screen exist only while they are shown, so a start-up
    // makes one of them, not both. (Loaded from their files: Qt 6.4's Loader cannot make a
    // bound inline component.)
    Loader {
        anchors.fill: parent
        active: root.app.stage === AppController.Setup || root.app.stage === AppController.FirstSync
        Component.onCompleted: setSource("qrc:/qt/qml/Pathway/Ui/pages/SetupFlow.qml", {
            app: root.app
        })
    }
    Loader {
        anchors.fill: parent
        active: root.app.stage === AppController.Locked
        Component.onCompleted: setSource("qrc:/qt/qml/Pathway/Ui/pages/UnlockPage.qml", {
            app: root.app
        })
    }

    PageRegistry {
        id: registry
    }

    Connections {
        target: root.app
        function onNavigationRequested(key: string) {
            root.openPage(key);
            // A click on an OS notification asks for the alerts page: bring the window forward.
            root.raise();
            root.requestActivate();
        }
        function onPushRequested(key: string, properties: var) {
            root.pushPage(key, properties);
        }
        function onStageChanged() {
            if (root.app.stage === AppController.Ready)
                root.openPage(root.app.navigation.firstKey());
            else {
                signInSheet.close();
                stack.clear();
                root.currentKey = "";
            }
        }
    }

    // Shows a main page (one of the navigation keys), replacing whatever was there.
    function openPage(key: string) {
        const component = registry.component(key);
        if (!component)
            return;
        root.currentKey = key;
        stack.clear();
        stack.push(component, {
            app: root.app
        });
    }

    // Opens a page on top of the current one (a young person's record, conflicts, ...).
    function pushPage(key: string, properties: var) {
        const component = registry.component(key);
        if (!component)
            return;
        const props = Object.assign({
            app: root.app
        }, properties);
        stack.push(component, props);
    }

    // Opens the sheet to sign in again (the banner's button; also for tests and screenshots).
    function openSignInAgain() {
        signInSheet.open();
    }

    // The page on top (for tests and the screenshot tour).
    function currentPage(): Item {
        return stack.currentItem;
    }
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// The header of every main page: back or menu, the page title and the sync indicator.
ToolBar {
    id: root

    required property AppController app
    required property bool wide
    property string title: ""
    property bool canGoBack: false

    signal backRequested
    signal menuRequested
    signal conflictsRequested
    signal rejectedRequested

    // On a phone at large text the title keeps the first row and the sync status goes below it
    // (beside the title, both were squeezed to a letter per line or cut off).
    readonly property bool stacked: !root.wide && Units.fontScale > 1.25

    FlatBackground {
        target: root.background
    }

    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.leftMargin: Units.spacing
        anchors.rightMargin: Units.spacing
        columns: root.stacked ? 2 : 3
        columnSpacing: Units.spacing
        rowSpacing: 0

        ToolButton {
            id: backButton
            visible: root.canGoBack
            Layout.row: 0
            Layout.column: 0
            Layout.minimumWidth: Units.touchTarget
            Layout.minimumHeight: Units.touchTarget
            // An arrow pointing back (an icon, or a plain arrow without the icon font); mirrored
            // in right-to-left languages. It shows no words, so its name is "Back" alone.
            contentItem: Label {
                text: Icons.available ? (root.LayoutMirroring.enabled ? "arrow_forward" : "arrow_back") : (root.LayoutMirroring.enabled ? "→" : "←")
                font.family: Icons.family
                font.pixelSize: Units.iconSize
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                Accessible.ignored: true
            }
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Back", "@action:button")
            Accessible.onPressAction: backButton.clicked()
            onClicked: root.backRequested()
        }
        // The title wraps at large text sizes rather than being cut off.
        Heading {
            Layout.row: 0
            Layout.column: 1
            Layout.fillWidth: true
            text: root.title
            font.bold: false
            // What the back button and the sync status leave of the row: a long word of the
            // title is made smaller to fit it, never broken.
            room: grid.width - (backButton.visible ? backButton.width + grid.columnSpacing : 0)
                  - (root.stacked ? 0 : indicator.width + grid.columnSpacing)
        }
        SyncIndicator {
            id: indicator
            Layout.row: root.stacked ? 1 : 0
            Layout.column: root.stacked ? 0 : 2
            Layout.columnSpan: root.stacked ? 2 : 1
            Layout.fillWidth: root.stacked
            Layout.maximumWidth: root.stacked ? -1 : (root.wide ? Units.gridUnit * 24 : Units.gridUnit * 9)
            Layout.bottomMargin: root.stacked ? Units.smallSpacing : 0
            sync: root.app.sync
            compact: !root.wide
            stacked: root.stacked
            onConflictsRequested: root.conflictsRequested()
            onRejectedRequested: root.rejectedRequested()
        }
    }
}

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

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Units.spacing
        anchors.rightMargin: Units.spacing
        spacing: Units.spacing

        ToolButton {
            id: backButton
            visible: root.canGoBack
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
        Label {
            Layout.fillWidth: true
            text: root.title
            wrapMode: Text.Wrap
            font.pixelSize: Units.titleFont
            Accessible.role: Accessible.Heading
            Accessible.name: root.title
        }
        SyncIndicator {
            Layout.maximumWidth: root.wide ? Units.gridUnit * 24 : Units.gridUnit * 9
            sync: root.app.sync
            compact: !root.wide
            onConflictsRequested: root.conflictsRequested()
            onRejectedRequested: root.rejectedRequested()
        }
    }
}

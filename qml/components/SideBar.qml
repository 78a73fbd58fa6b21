// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Desktop navigation (and the phone's "More" drawer): every page of the role, then "Lock".
Pane {
    id: root

    required property NavigationModel model
    required property string currentKey
    required property string userName

    signal selected(string key)
    signal lockRequested

    padding: 0
    Material.elevation: 1

    // Under the software renderer an outline separates it from the page instead of a shadow.
    FlatBackground {
        target: root.background
        outlined: true
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            Layout.fillWidth: true
            Layout.margins: Units.largeSpacing
            text: root.userName
            wrapMode: Text.Wrap
            font.pixelSize: Units.largeFont
            font.bold: true
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Signed in as %1", "@info").arg(root.userName)
        }
        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.model
            delegate: PathwayListItem {
                id: navItem
                required property string key
                required property string title
                required property string iconName

                width: ListView.view.width
                glyph: navItem.iconName
                text: navItem.title
                highlighted: navItem.key === root.currentKey
                onClicked: root.selected(navItem.key)
            }
        }
        PathwayListItem {
            Layout.fillWidth: true
            glyph: "lock"
            text: qsTr("Lock now", "@action:button")
            Accessible.role: Accessible.Button
            onClicked: root.lockRequested()
        }
    }
}

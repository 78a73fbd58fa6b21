// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Phone navigation: the first pages of the role as big buttons, the rest under "More".
ToolBar {
    id: root

    required property NavigationModel model
    required property string currentKey
    // How many pages fit on the bar (fewer when the text is large); the others are in the drawer.
    readonly property int slots: Math.max(2, Math.min(4, Math.floor(root.width / (Units.gridUnit * 4.5 * Units.fontScale))))

    signal selected(string key)
    signal moreRequested

    Material.background: Material.theme === Material.Dark ? "#263238" : "#e8eaf6"
    Material.foreground: Material.theme === Material.Dark ? "#ffffff" : "#1a237e"

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Repeater {
            model: root.model
            delegate: ToolButton {
                id: navButton
                required property int index
                required property string key
                required property string title
                required property string shortTitle

                visible: navButton.index < root.slots
                Layout.fillWidth: true
                Layout.minimumHeight: Units.touchTarget
                checkable: true
                checked: navButton.key === root.currentKey
                font.pixelSize: Units.smallFont
                font.bold: navButton.checked
                text: navButton.shortTitle
                Accessible.role: Accessible.PageTab
                Accessible.name: navButton.title
                onClicked: root.selected(navButton.key)
            }
        }
        ToolButton {
            Layout.fillWidth: true
            Layout.minimumHeight: Units.touchTarget
            font.pixelSize: Units.smallFont
            //: Opens the list of all pages
            text: qsTr("More", "@action:button")
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("More pages", "@action:button")
            onClicked: root.moreRequested()
        }
    }
}

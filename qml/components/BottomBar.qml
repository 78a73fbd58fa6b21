// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Phone navigation: the first pages of the role as tabs with icons, the rest under "More".
// With large text the tabs that are not current show their icon alone (their name stays for
// screen readers), and the current one shows its words too.
ToolBar {
    id: root

    required property NavigationModel model
    required property string currentKey
    // How many pages fit on the bar; the others are in the drawer.
    readonly property int slots: Math.max(2, Math.min(4, Math.floor(root.width / (Units.gridUnit * 4.5))))
    // Words under every icon only while they fit at this text size.
    readonly property bool wordsFit: Units.fontScale <= 1.25

    signal selected(string key)
    signal moreRequested

    Material.background: Colours.navBackground
    Material.foreground: Colours.navText
    Accessible.role: Accessible.PageTabList
    //: The phone's bottom navigation bar, for screen readers
    Accessible.name: qsTr("Pages", "@title:tab")

    FlatBackground {
        target: root.background
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Repeater {
            model: root.model
            delegate: PathwayTab {
                id: navButton
                required property int index
                required property string key
                required property string shortTitle
                required property string accessibleName
                required property string iconName

                visible: navButton.index < root.slots
                Layout.fillWidth: true
                // The current tab shows its words at any text size: it gets the room for them.
                Layout.preferredWidth: navButton.current && !root.wordsFit ? 3 : 1
                glyph: navButton.iconName
                current: navButton.key === root.currentKey
                showWords: root.wordsFit
                text: navButton.shortTitle
                Accessible.name: navButton.accessibleName
                onClicked: root.selected(navButton.key)
            }
        }
        PathwayTab {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            glyph: "menu"
            current: false
            showWords: root.wordsFit
            //: Opens the list of all pages
            text: qsTr("More", "@action:button")
            Accessible.description: qsTr("Opens the list of all pages", "@info:accessible")
            Accessible.role: Accessible.Button
            onClicked: root.moreRequested()
        }
    }
}

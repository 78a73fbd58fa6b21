// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// One tab of the phone's bottom bar: an icon, with its words under it when it is the current tab
// or when there is room (large text shows the icon alone on the other tabs). A screen reader hears
// a page tab named with its words, and Press opens its page as a tap does.
ToolButton {
    id: root

    // The icon (a Material Icons ligature name, see Icons).
    property string glyph: ""
    required property bool current
    // Whether the words show on a tab that is not current.
    property bool showWords: true

    checkable: false
    implicitHeight: Math.max(Units.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    topInset: 0
    bottomInset: 0
    font.pixelSize: Units.smallFont
    font.bold: root.current
    Accessible.role: Accessible.PageTab
    Accessible.name: root.text
    Accessible.selectable: true
    Accessible.selected: root.current
    Accessible.onPressAction: root.clicked()

    contentItem: ColumnLayout {
        spacing: 0
        Label {
            Layout.alignment: Qt.AlignHCenter
            visible: Icons.available
            text: root.glyph
            font.family: Icons.family
            font.pixelSize: Units.iconSize
            color: root.Material.foreground
            Accessible.ignored: true
        }
        WordFitLabel {
            Layout.fillWidth: true
            // Its words do not size the tab (the bar shares its width out): no layout loop.
            Layout.preferredWidth: 1
            visible: root.current || root.showWords || !Icons.available
            text: root.text
            size: root.font.pixelSize
            font.bold: root.current
            horizontalAlignment: Text.AlignHCenter
            color: root.Material.foreground
            Accessible.ignored: true
        }
        // The current tab is underlined, so it is not shown by colour alone.
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Units.gridUnit * 2
            Layout.preferredHeight: Units.focusWidth * 2
            visible: root.current
            color: root.Material.foreground
            Accessible.ignored: true
        }
    }
}

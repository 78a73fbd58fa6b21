// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// An entry of a list that opens something (the drawer's pages, "Lock now"): an icon and words
// that wrap, named by its words for screen readers, with a Press action that does what a tap does.
ItemDelegate {
    id: root

    property string glyph: ""

    implicitHeight: Math.max(Units.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Units.bodyFont
    font.bold: root.highlighted
    Accessible.role: Accessible.ListItem
    Accessible.name: root.text
    Accessible.selectable: true
    Accessible.selected: root.highlighted
    Accessible.onPressAction: root.clicked()

    contentItem: RowLayout {
        spacing: Units.largeSpacing
        Label {
            visible: root.glyph.length > 0 && Icons.available
            text: root.glyph
            font.family: Icons.family
            font.pixelSize: Units.iconSize
            color: root.Material.foreground
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            text: root.text
            font: root.font
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            color: root.Material.foreground
            Accessible.ignored: true
        }
    }
}

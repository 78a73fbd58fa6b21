// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A line of words with an icon before it (a recorded need, a status): the words wrap, and the
// icon is decoration (the words say it all).
RowLayout {
    id: root

    required property string glyph
    property alias text: words.text
    property alias font: words.font
    property alias color: words.color

    Layout.fillWidth: true
    visible: words.text.length > 0
    spacing: Units.spacing

    Label {
        Layout.alignment: Qt.AlignTop
        visible: Icons.available
        text: root.glyph
        font.family: Icons.family
        font.pixelSize: Units.iconSize * Math.min(Units.fontScale, 1.5)
        color: words.color
        Accessible.ignored: true
    }
    Label {
        id: words
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        font.pixelSize: Units.bodyFont
        Accessible.role: Accessible.StaticText
        Accessible.name: words.text
    }
}

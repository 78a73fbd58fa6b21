// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// What an empty list shows: what it means and what to do about it.
ColumnLayout {
    id: root

    required property string text
    property string hint: ""

    Layout.fillWidth: true
    Layout.margins: Units.largeSpacing
    spacing: Units.spacing

    Label {
        Layout.fillWidth: true
        text: root.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Units.largeFont
        Accessible.role: Accessible.StaticText
        Accessible.name: root.text
    }
    Label {
        Layout.fillWidth: true
        visible: root.hint.length > 0
        text: root.hint
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Units.bodyFont
        Accessible.role: Accessible.StaticText
        Accessible.name: root.hint
    }
}

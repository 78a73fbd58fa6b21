// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// What a list shows while it is loading.
RowLayout {
    id: root

    Layout.fillWidth: true
    Layout.margins: Units.largeSpacing
    spacing: Units.spacing

    BusyIndicator {
        running: root.visible
        Accessible.ignored: true
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Loading…", "@info")
        wrapMode: Text.Wrap
        font.pixelSize: Units.bodyFont
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// The result of the last action ("Saved on this device", or what went wrong).
Label {
    id: root

    // The message says what went wrong (nothing was done), not what was done.
    property bool problem: false

    Layout.fillWidth: true
    visible: root.text.length > 0
    wrapMode: Text.Wrap
    font.pixelSize: Units.bodyFont
    font.bold: true
    padding: Units.spacing
    background: Rectangle {
        radius: Units.radius
        color: root.problem ? Colours.problemBackground : Colours.doneBackground
    }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text
}

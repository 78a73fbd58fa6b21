// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Running text: wraps, follows the font-scale setting.
Label {
    id: root
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignLeft
    font.pixelSize: Units.bodyFont
    Accessible.role: Accessible.StaticText
    Accessible.name: root.text
}

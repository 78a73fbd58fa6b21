// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A heading inside a page; wraps instead of clipping at large text sizes.
Label {
    id: root
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignLeft
    font.pixelSize: Units.titleFont
    font.bold: true
    Accessible.role: Accessible.Heading
    Accessible.name: root.text
}

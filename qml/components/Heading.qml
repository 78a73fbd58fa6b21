// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A heading inside a page; wraps instead of clipping at large text sizes, and never inside a word.
WordFitLabel {
    id: root
    Layout.fillWidth: true
    horizontalAlignment: Text.AlignLeft
    size: Units.titleFont
    font.bold: true
    Accessible.role: Accessible.Heading
    Accessible.name: root.text
}

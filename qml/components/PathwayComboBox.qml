// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A combo box as every page uses it: the width of its column, at least 48 dp high, in the page's
// text size; a screen reader's Press opens its list (give it an accessible name that holds the
// choice shown). Under the software renderer the box and its list are outlined instead of raised.
ComboBox {
    id: root

    Layout.fillWidth: true
    Layout.minimumHeight: Units.touchTarget
    font.pixelSize: Units.bodyFont
    Accessible.role: Accessible.ComboBox
    Accessible.onPressAction: root.popup.open()

    FlatBackground {
        target: root.background
        outlined: true
    }
    FlatBackground {
        target: root.popup.background
        outlined: true
    }
}

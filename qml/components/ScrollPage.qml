// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A page whose content scrolls vertically, centred and limited to a readable width.
Page {
    id: root

    default property alias content: column.data

    padding: 0
    // Every page is named by its title for screen readers.
    Accessible.role: Accessible.Pane
    Accessible.name: root.title

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + Units.hugeSpacing * 2
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Units.largeSpacing, (flick.width - width) / 2)
            y: Units.hugeSpacing
            width: Math.min(flick.width - Units.largeSpacing * 2, Units.maxContentWidth)
            spacing: Units.largeSpacing
        }
    }
}

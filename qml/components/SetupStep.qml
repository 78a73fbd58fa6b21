// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// One step of the first-run flow: its content scrolls, and a bar on top goes back one step.
ScrollPage {
    id: root

    // False on the first step, and while going back would undo something under way.
    property bool canGoBack: true

    signal backRequested

    header: ToolBar {
        id: bar
        visible: root.canGoBack
        FlatBackground {
            target: bar.background
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Units.spacing
            anchors.rightMargin: Units.spacing
            ToolButton {
                id: backButton
                Layout.minimumHeight: Units.touchTarget
                //: Arrow pointing back (mirrored in right-to-left languages), then the word
                text: qsTr("%1 Back", "@action:button").arg(root.LayoutMirroring.enabled ? "→" : "←")
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Back", "@action:button")
                Accessible.onPressAction: root.backRequested()
                onClicked: root.backRequested()
            }
            Item {
                Layout.fillWidth: true
                Accessible.ignored: true
            }
        }
    }
}

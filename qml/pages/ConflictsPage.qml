// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Two versions of the same text, side by side: the user keeps one. Nothing is lost silently.
ScrollPage {
    id: root

    required property AppController app

    title: qsTr("Conflicts", "@title:page")

    Repeater {
        model: root.app.conflicts
        delegate: Card {
            id: conflict
            required property string key
            required property string heading
            required property string mine
            required property string theirs
            required property string accessibleName
            title: conflict.heading
            accessibleText: conflict.accessibleName
            GridLayout {
                Layout.fillWidth: true
                columns: root.width >= Units.gridUnit * 30 ? 2 : 1
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Label {
                        text: qsTr("On this device", "@title")
                        font.bold: true
                        font.pixelSize: Units.bodyFont
                    }
                    BodyText {
                        text: conflict.mine
                    }
                    PathwayButton {
                        text: qsTr("Keep this one", "@action:button")
                        font.pixelSize: Units.bodyFont
                        about: qsTr("On this device", "@title")
                        onClicked: root.app.conflicts.keepMine(conflict.key)
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Label {
                        text: qsTr("From the server", "@title")
                        font.bold: true
                        font.pixelSize: Units.bodyFont
                    }
                    BodyText {
                        text: conflict.theirs
                    }
                    PathwayButton {
                        text: qsTr("Keep this one", "@action:button")
                        font.pixelSize: Units.bodyFont
                        about: qsTr("From the server", "@title")
                        onClicked: root.app.conflicts.keepTheirs(conflict.key)
                    }
                }
            }
        }
    }
    ListState {
        loading: root.app.conflicts.loading
        count: root.app.conflicts.count
        emptyText: qsTr("No conflicts.", "@info")
        emptyHint: qsTr("If the same text is changed on two devices, both versions appear here for you to choose.", "@info")
    }
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Sync state at a glance: offline / syncing with progress / last synced, changes waiting,
// "Sync now", and buttons to the conflicts and to the changes the server refused when there
// are any.
GridLayout {
    id: root

    required property SyncStatus sync
    /** Narrow header (a phone): "Sync now" shows as an icon, with the same accessible name. */
    property bool compact: false
    /** Under the title (a phone at large text): the words wrap at word boundaries instead of eliding. */
    property bool stacked: false

    signal conflictsRequested
    signal rejectedRequested

    // Under the title the words take a row of their own, the buttons the row below (side by side
    // with buttons, wrapping words were squeezed to one per line).
    columns: root.stacked ? 3 : 4
    rowSpacing: 0
    columnSpacing: Units.spacing

    ColumnLayout {
        Layout.fillWidth: true
        Layout.columnSpan: root.stacked ? 3 : 1
        spacing: 0
        Accessible.role: Accessible.StaticText
        Accessible.name: root.sync.accessibleText

        Label {
            Layout.fillWidth: true
            text: root.sync.stateText
            // Beside the title, two lines before any word is cut short ("All saved" is four
            // words in Somali, and an elided state says nothing).
            elide: root.stacked ? Text.ElideNone : Text.ElideRight
            wrapMode: Text.WordWrap
            maximumLineCount: root.stacked ? 1000 : 2
            horizontalAlignment: root.stacked ? Text.AlignLeft : Text.AlignRight
            font.pixelSize: Units.smallFont
            Accessible.ignored: true
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: root.sync.state === SyncStatus.Syncing
            value: root.sync.progress
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            text: root.sync.pendingText
            // Beside the title, two lines before any word is cut short ("All saved" is four
            // words in Somali, and an elided state says nothing).
            elide: root.stacked ? Text.ElideNone : Text.ElideRight
            wrapMode: Text.WordWrap
            maximumLineCount: root.stacked ? 1000 : 2
            horizontalAlignment: root.stacked ? Text.AlignLeft : Text.AlignRight
            font.pixelSize: Units.smallFont
            Accessible.ignored: true
        }
    }
    ToolButton {
        id: syncNowButton
        visible: root.sync.offersSync
        enabled: root.sync.canSync
        Layout.minimumHeight: Units.touchTarget
        // On a phone an icon of arrows going round (no words); the accessible name says it.
        text: root.compact ? "" : qsTr("Sync now", "@action:button")
        font.pixelSize: Units.smallFont
        Layout.minimumWidth: Units.touchTarget
        contentItem: Label {
            text: root.compact ? (Icons.available ? "sync" : "\u21BB") : syncNowButton.text
            font.family: root.compact ? Icons.family : syncNowButton.font.family
            font.pixelSize: root.compact ? Units.iconSize : Units.smallFont
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            opacity: syncNowButton.enabled ? 1 : 0.6
            Accessible.ignored: true
        }
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Sync now", "@action:button")
        Accessible.onPressAction: syncNowButton.clicked()
        onClicked: root.sync.syncNow()
    }
    PathwayButton {
        id: conflictsButton
        visible: root.sync.conflicts > 0
        Layout.minimumHeight: Units.touchTarget
        text: root.sync.conflictText
        font.pixelSize: Units.smallFont
        highlighted: true
        Accessible.name: root.sync.conflictText
        onClicked: root.conflictsRequested()
    }
    PathwayButton {
        visible: root.sync.rejected > 0
        Layout.minimumHeight: Units.touchTarget
        // Beside the title on a phone the header is narrow: the words wrap in a narrow button.
        // Under the title (large text) the button grows to hold each word whole.
        Layout.maximumWidth: root.compact && !root.stacked ? Units.gridUnit * 7 : -1
        wrapMode: Text.WordWrap
        text: root.sync.rejectedText
        font.pixelSize: Units.smallFont
        highlighted: true
        Material.accent: Colours.urgentBackground
        Material.foreground: Colours.textOnStrong
        Accessible.name: root.sync.rejectedText
        onClicked: root.rejectedRequested()
    }
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// The chronology: key events in the young person's life, newest first.
ColumnLayout {
    id: root

    required property YoungPersonController person

    Layout.fillWidth: true
    spacing: Units.spacing

    Repeater {
        model: root.person.chronology
        delegate: Card {
            id: event
            required property string heading
            required property string dateText
            required property string summary
            required property string accessibleName
            title: event.heading
            status: event.dateText
            detail: event.summary
            accessibleText: event.accessibleName
        }
    }
    ListState {
        loading: root.person.chronology.loading
        count: root.person.chronology.count
        emptyText: qsTr("No events yet.", "@info")
        emptyHint: qsTr("Moves, contacts, reviews and documents appear here as they are recorded.", "@info")
    }
}

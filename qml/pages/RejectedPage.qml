// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Changes the server did not accept, shown to the person who made them: what, why in plain
// words, what to do, and the actions that settle each one. Nothing refused disappears unseen.
ScrollPage {
    id: root

    required property AppController app

    title: qsTr("Not accepted", "@title:page")

    RejectedChangesController {
        id: rejected
        app: root.app
    }

    MessageBar {
        text: rejected.message
    }
    Repeater {
        model: rejected.model
        delegate: Card {
            id: change
            required property string key
            required property string what
            required property string reason
            required property string advice
            required property string accessibleName

            title: change.what
            subtitle: change.reason
            detail: change.advice
            attention: true
            accessibleText: change.accessibleName

            Flow {
                Layout.fillWidth: true
                spacing: Units.spacing
                PathwayButton {
                    text: qsTr("Undo my change", "@action:button a refused change")
                    font.pixelSize: Units.bodyFont
                    about: change.what
                    onClicked: rejected.undo(change.key)
                }
            }
        }
    }
    ListState {
        loading: false
        count: rejected.count
        emptyText: qsTr("Every change was accepted.", "@info")
        emptyHint: qsTr("If the service cannot accept a change you make, it appears here with the reason and what to do.", "@info")
    }
}

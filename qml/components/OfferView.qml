// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// The local offer for this young person: what they can get, its status and how to claim it.
// The young person asks for an item; staff record it as claimed, received or declined.
ColumnLayout {
    id: root

    required property YoungPersonController person

    Layout.fillWidth: true
    spacing: Units.largeSpacing

    EntitlementEditController {
        id: offerEditor
        app: root.person.app
        youngPersonId: root.person.youngPersonId
    }

    MessageBar {
        text: root.person.message
    }
    Repeater {
        model: root.person.offer
        delegate: Card {
            id: item
            required property string key
            required property string heading
            required property string description
            required property string amountText
            required property string howToClaim
            required property string statusText
            required property bool canAsk
            required property string accessibleName
            title: item.heading
            status: item.statusText
            subtitle: item.amountText.length > 0
                ? qsTr("%1 (%2)", "@info offer: description (amount)").arg(item.description).arg(item.amountText)
                : item.description
            detail: qsTr("How to get it: %1", "@info").arg(item.howToClaim)
            accessibleText: item.accessibleName
            PathwayButton {
                visible: item.canAsk && !root.person.isStaff
                text: qsTr("Ask for this", "@action:button")
                font.pixelSize: Units.bodyFont
                about: item.heading
                onClicked: root.person.askForOffer(item.key)
            }
            PathwayButton {
                visible: offerEditor.canEdit
                text: qsTr("Update status", "@action:button")
                font.pixelSize: Units.bodyFont
                about: item.heading
                onClicked: root.openEditor(item.key)
            }
        }
    }
    ListState {
        loading: root.person.offer.loading
        count: root.person.offer.count
        emptyText: qsTr("No items of the local offer match right now.", "@info")
        emptyHint: qsTr("Ask your PA what help you can get.", "@info")
    }

    function openEditor(offerItemId: string) {
        root.person.app.push("entitlementEdit", {
            youngPersonId: root.person.youngPersonId,
            offerItemId: offerItemId
        });
    }
}

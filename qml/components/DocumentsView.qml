// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// The documents checklist: status, expiry, who is helping. The young person asks their PA for
// help or says "I have it now"; staff confirm that, change a line or add a document.
ColumnLayout {
    id: root

    required property YoungPersonController person

    Layout.fillWidth: true
    spacing: Units.largeSpacing

    DocumentEditController {
        id: quick
        app: root.person.app
        youngPersonId: root.person.youngPersonId
    }

    MessageBar {
        text: root.person.message
    }
    MessageBar {
        text: quick.message
    }
    PathwayButton {
        visible: quick.canEdit && quick.kindOptions.length > 0
        text: qsTr("Add a document", "@action:button")
        font.pixelSize: Units.bodyFont
        about: root.person.name
        onClicked: root.openEditor("")
    }
    Repeater {
        model: root.person.documents
        delegate: Card {
            id: doc
            required property string key
            required property string heading
            required property string statusText
            required property string detailText
            required property bool needsAction
            required property bool helpRequested
            required property bool canAskHelp
            required property bool saysHave
            required property bool canSayHave
            required property string accessibleName
            title: doc.heading
            status: doc.statusText
            detail: doc.helpRequested && !root.person.isStaff ? qsTr("You asked your PA for help.", "@info") : doc.detailText
            attention: doc.needsAction || doc.saysHave
            accessibleText: doc.accessibleName
            Flow {
                Layout.fillWidth: true
                spacing: Units.spacing
                PathwayButton {
                    visible: doc.canSayHave && quick.canSayHave
                    highlighted: true
                    text: qsTr("I have it now", "@action:button")
                    font.pixelSize: Units.bodyFont
                    about: doc.heading
                    onClicked: quick.sayHave(doc.key)
                }
                PathwayButton {
                    visible: doc.canAskHelp && !root.person.isStaff
                    text: qsTr("Ask my PA for help", "@action:button")
                    font.pixelSize: Units.bodyFont
                    about: doc.heading
                    onClicked: root.person.askDocumentHelp(doc.key)
                }
                PathwayButton {
                    visible: doc.saysHave && quick.canEdit
                    highlighted: true
                    text: qsTr("Confirm they have it", "@action:button")
                    font.pixelSize: Units.bodyFont
                    about: doc.heading
                    onClicked: quick.confirmHave(doc.key)
                }
                PathwayButton {
                    visible: quick.canEdit
                    text: qsTr("Change", "@action:button")
                    font.pixelSize: Units.bodyFont
                    about: doc.heading
                    onClicked: root.openEditor(doc.key)
                }
            }
        }
    }
    ListState {
        loading: root.person.documents.loading
        count: root.person.documents.count
        emptyText: qsTr("No documents on the checklist yet.", "@info")
        emptyHint: quick.canEdit ? qsTr("Add the documents they need with the button above.", "@info") : qsTr("Your PA will add the documents you need.", "@info")
    }

    function openEditor(documentId: string) {
        root.person.app.push("documentEdit", {
            documentId: documentId,
            youngPersonId: root.person.youngPersonId
        });
    }
}

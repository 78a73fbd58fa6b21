// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Staff change one line of a young person's documents checklist (status, due date, expiry,
// who is helping), or add a document that is not on it yet (no documentId).
ScrollPage {
    id: root

    required property AppController app
    property string documentId: ""
    property string youngPersonId: ""

    title: root.documentId.length > 0 ? editor.title : qsTr("Add a document", "@title:page")

    DocumentEditController {
        id: editor
        app: root.app
        youngPersonId: root.youngPersonId
        documentId: root.documentId
        // The date fields show what the form holds, whoever changed it.
        onFormChanged: {
            dueField.setIsoDate(editor.dueDate);
            expiryField.setIsoDate(editor.expiresOn);
        }
    }
    Component.onCompleted: {
        dueField.setIsoDate(editor.dueDate);
        expiryField.setIsoDate(editor.expiresOn);
    }

    Heading {
        //: %1 a document, %2 the young person's name
        text: qsTr("%1 for %2", "@title").arg(editor.title).arg(editor.youngPersonName)
    }
    BodyText {
        visible: editor.situationText.length > 0
        text: editor.situationText
        font.bold: true
    }
    ChoiceButtons {
        visible: root.documentId.length === 0
        label: qsTr("Which document", "@label")
        options: editor.kindOptions
        current: editor.kindCode
        onChosen: code => editor.kindCode = code
    }
    ChoiceButtons {
        label: qsTr("Status", "@label")
        options: editor.statusOptions
        current: editor.statusCode
        onChosen: code => editor.statusCode = code
    }
    DateField {
        id: dueField
        label: qsTr("Due by", "@label")
        onPicked: editor.dueDate = dueField.isoDate
    }
    PathwayButton {
        visible: editor.dueDate.length > 0
        flat: true
        text: qsTr("No due date", "@action:button")
        font.pixelSize: Units.bodyFont
        Accessible.name: text
        onClicked: editor.dueDate = ""
    }
    DateField {
        id: expiryField
        label: qsTr("Expires on", "@label")
        onPicked: editor.expiresOn = expiryField.isoDate
    }
    PathwayButton {
        visible: editor.expiresOn.length > 0
        flat: true
        text: qsTr("No expiry date", "@action:button")
        font.pixelSize: Units.bodyFont
        Accessible.name: text
        onClicked: editor.expiresOn = ""
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Who is helping", "@label:listbox")
        font.pixelSize: Units.bodyFont
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
    PathwayComboBox {
        id: helperBox
        model: editor.helperOptions
        textRole: "label"
        valueRole: "code"
        currentIndex: editor.helperIndex
        //: Screen reader: %1 the person chosen
        Accessible.name: qsTr("Who is helping: %1", "@label:listbox").arg(helperBox.currentText)
        onActivated: editor.helpingId = helperBox.currentValue
    }
    TextArea {
        placeholderTextColor: Colours.placeholder
        Layout.fillWidth: true
        wrapMode: TextEdit.Wrap
        text: editor.notes
        font.pixelSize: Units.bodyFont
        placeholderText: qsTr("Notes (optional)", "@info:placeholder")
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Notes", "@label:textbox")
        onTextChanged: editor.notes = text
    }
    PathwayButton {
        Layout.fillWidth: true
        Layout.minimumHeight: Units.touchTarget
        highlighted: true
        enabled: editor.canEdit
        text: qsTr("Save", "@action:button")
        font.pixelSize: Units.largeFont
        about: editor.title
        onClicked: editor.save()
    }
    MessageBar {
        text: editor.message
    }
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Staff record where a young person stands with one item of the local offer, and since when.
ScrollPage {
    id: root

    required property AppController app
    required property string youngPersonId
    required property string offerItemId

    title: editor.title

    EntitlementEditController {
        id: editor
        app: root.app
        youngPersonId: root.youngPersonId
        offerItemId: root.offerItemId
        onFormChanged: sinceField.setIsoDate(editor.since)
    }
    Component.onCompleted: sinceField.setIsoDate(editor.since)

    Heading {
        text: editor.title
    }
    BodyText {
        //: %1 the young person's name
        text: qsTr("For %1", "@info").arg(editor.youngPersonName)
    }
    BodyText {
        //: %1 the status as recorded now
        text: qsTr("Now: %1", "@info").arg(editor.currentText)
    }
    ChoiceButtons {
        label: qsTr("New status", "@label")
        options: editor.statusOptions
        current: editor.statusCode
        onChosen: code => editor.statusCode = code
    }
    DateField {
        id: sinceField
        label: qsTr("Since", "@label")
        maximumDate: root.dayOf(editor.todayIso)
        onPicked: editor.since = sinceField.isoDate
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

    // A yyyy-MM-dd day as a date for the date fields (invalid when empty).
    function dayOf(iso) {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
        return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(NaN);
    }
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Staff record the health-history handover: the day, how it was handed over, the young
// person's consent and that they have their copy.
ScrollPage {
    id: root

    required property AppController app
    required property string youngPersonId

    title: qsTr("Health history handover", "@title:page")

    HandoverController {
        id: editor
        app: root.app
        youngPersonId: root.youngPersonId
        onFormChanged: handedField.setIsoDate(editor.handedOverOn)
    }
    Component.onCompleted: handedField.setIsoDate(editor.handedOverOn)

    Heading {
        //: %1 the young person's name
        text: qsTr("Health history for %1", "@title").arg(editor.youngPersonName)
    }
    BodyText {
        text: editor.statusText
    }
    DateField {
        id: handedField
        label: qsTr("Handed over on", "@label")
        maximumDate: root.dayOf(editor.todayIso)
        onPicked: editor.handedOverOn = handedField.isoDate
    }
    ChoiceButtons {
        label: qsTr("How", "@label")
        options: editor.formatOptions
        current: editor.formatCode
        onChosen: code => editor.formatCode = code
    }
    WrappingSwitch {
        text: qsTr("They agreed to their health history being shared", "@option:check")
        checked: editor.consentToShare
        onToggled: editor.consentToShare = checked
    }
    WrappingSwitch {
        text: qsTr("They have their copy", "@option:check")
        checked: editor.youngPersonHasCopy
        onToggled: editor.youngPersonHasCopy = checked
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
        text: qsTr("Save the handover", "@action:button")
        font.pixelSize: Units.largeFont
        Accessible.name: text
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

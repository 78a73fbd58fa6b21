// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Staff record that a pathway plan review was held: when, why, who took part, the young
// person's part and views, what was agreed and when the next review is.
ScrollPage {
    id: root

    required property AppController app
    required property string youngPersonId

    objectName: "reviewEditPage"
    title: qsTr("Record a review", "@title:page")

    ReviewController {
        id: editor
        app: root.app
        youngPersonId: root.youngPersonId
        // The date fields show what the form holds: the next review follows the day held.
        onFormChanged: {
            heldField.setIsoDate(editor.heldOn);
            nextField.setIsoDate(editor.nextReviewDue);
        }
    }
    Component.onCompleted: {
        heldField.setIsoDate(editor.heldOn);
        nextField.setIsoDate(editor.nextReviewDue);
    }

    Heading {
        //: %1 the young person's name
        text: qsTr("Plan review with %1", "@title").arg(editor.youngPersonName)
    }
    BodyText {
        text: editor.dueText
        font.bold: editor.overdue
    }
    DateField {
        id: heldField
        objectName: "heldOnField"
        label: qsTr("Held on", "@label")
        maximumDate: root.dayOf(editor.todayIso)
        onPicked: editor.heldOn = heldField.isoDate
    }
    ChoiceButtons {
        label: qsTr("Why", "@label")
        options: editor.reasonOptions
        current: editor.reasonCode
        onChosen: code => editor.reasonCode = code
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Who took part", "@label:textbox")
        font.pixelSize: Units.bodyFont
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
    TextField {
        placeholderTextColor: Colours.placeholder
        Layout.fillWidth: true
        text: editor.participants
        font.pixelSize: Units.bodyFont
        placeholderText: qsTr("Names and roles", "@info:placeholder")
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Who took part", "@label:textbox")
        onTextChanged: editor.participants = text
    }
    WrappingSwitch {
        text: qsTr("The young person took part", "@option:check")
        checked: editor.youngPersonTookPart
        onToggled: editor.youngPersonTookPart = checked
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Their views, in their words", "@label:textbox")
        font.pixelSize: Units.bodyFont
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
    TextArea {
        placeholderTextColor: Colours.placeholder
        Layout.fillWidth: true
        wrapMode: TextEdit.Wrap
        text: editor.youngPersonViews
        font.pixelSize: Units.bodyFont
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Their views, in their words", "@label:textbox")
        onTextChanged: editor.youngPersonViews = text
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("What was agreed", "@label:textbox")
        font.pixelSize: Units.bodyFont
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
    TextArea {
        placeholderTextColor: Colours.placeholder
        Layout.fillWidth: true
        wrapMode: TextEdit.Wrap
        text: editor.outcome
        font.pixelSize: Units.bodyFont
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("What was agreed", "@label:textbox")
        onTextChanged: editor.outcome = text
    }
    DateField {
        id: nextField
        label: qsTr("Next review by", "@label")
        minimumDate: root.dayOf(editor.heldOn)
        onPicked: editor.nextReviewDue = nextField.isoDate
    }
    PathwayButton {
        Layout.fillWidth: true
        Layout.minimumHeight: Units.touchTarget
        highlighted: true
        enabled: editor.canEdit
        text: qsTr("Save the review", "@action:button")
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

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
    }

    Heading {
        //: %1 the young person's name
        text: qsTr("Plan review with %1", "@title").arg(editor.youngPersonName)
    }
    BodyText {
        text: editor.dueText
        font.bold: editor.overdue
    }
    DatePickerField {
        label: qsTr("Held on", "@label")
        isoDate: editor.heldOn
        maximumIso: editor.todayIso
        onEdited: iso => editor.heldOn = iso
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
        Layout.fillWidth: true
        wrapMode: TextEdit.Wrap
        text: editor.outcome
        font.pixelSize: Units.bodyFont
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("What was agreed", "@label:textbox")
        onTextChanged: editor.outcome = text
    }
    DatePickerField {
        label: qsTr("Next review by", "@label")
        isoDate: editor.nextReviewDue
        minimumIso: editor.heldOn
        onEdited: iso => editor.nextReviewDue = iso
    }
    Button {
        Layout.fillWidth: true
        Layout.minimumHeight: Units.touchTarget
        highlighted: true
        enabled: editor.canEdit
        text: qsTr("Save the review", "@action:button")
        font.pixelSize: Units.largeFont
        Accessible.role: Accessible.Button
        Accessible.name: text
        Accessible.onPressAction: editor.save()
        onClicked: editor.save()
    }
    MessageBar {
        text: editor.message
    }
}

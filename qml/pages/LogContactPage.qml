// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Log a contact in seconds: pick the young person, and the defaults (a successful visit,
// now) save with one tap; the time can be set back to when it happened. Saved on this device
// at once; sent when there is a connection. One form saves one contact.
ScrollPage {
    id: root

    required property AppController app
    property string youngPersonId: ""

    title: qsTr("Log a contact", "@title:page")

    ContactLogController {
        id: log
        app: root.app
        youngPersonId: root.youngPersonId
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Units.largeSpacing
        // A saved form stays as it was saved; "Log another contact" starts the next one.
        enabled: !log.saved

        Label {
            text: qsTr("Who with", "@label:listbox")
            font.pixelSize: Units.bodyFont
        }
        PathwayComboBox {
            id: personBox
            model: log.people
            textRole: "name"
            valueRole: "key"
            Accessible.name: qsTr("Who with", "@label:listbox")
            Component.onCompleted: {
                const i = log.people.indexOfKey(root.youngPersonId);
                personBox.currentIndex = i >= 0 ? i : 0;
                log.youngPersonId = personBox.currentValue ?? "";
            }
            onActivated: log.youngPersonId = personBox.currentValue
        }
        DateTimeField {
            id: whenField
            objectName: "contactWhenField"
            label: qsTr("When", "@label")
            maximumDateTime: log.latestAt
            onPicked: dateTime => log.at = dateTime
        }
        Label {
            text: qsTr("How", "@label")
            font.pixelSize: Units.bodyFont
        }
        Flow {
            Layout.fillWidth: true
            spacing: Units.spacing
            Repeater {
                model: log.kinds
                delegate: PathwayButton {
                    id: kindButton
                    required property var modelData
                    checkable: true
                    checked: log.kind === kindButton.modelData.code
                    highlighted: kindButton.checked
                    text: kindButton.modelData.label
                    font.pixelSize: Units.bodyFont
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: kindButton.modelData.label
                    onClicked: log.kind = kindButton.modelData.code
                }
            }
        }
        WrappingSwitch {
            id: successfulSwitch
            text: qsTr("We talked (successful contact)", "@option:check")
            checked: log.successful
            onToggled: log.successful = successfulSwitch.checked
        }
        WrappingSwitch {
            id: aloneSwitch
            text: qsTr("Seen alone", "@option:check")
            checked: log.seenAlone
            onToggled: log.seenAlone = aloneSwitch.checked
        }
        // A label above the box, not a placeholder in it: a placeholder is cut off, not wrapped,
        // at 200% text.
        BodyText {
            text: qsTr("Notes (optional)", "@info:placeholder")
            Accessible.ignored: true
        }
        TextArea {
            id: notesArea
            Layout.fillWidth: true
            wrapMode: TextEdit.Wrap
            text: log.notes
            font.pixelSize: Units.bodyFont
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Notes", "@label:textbox")
            onTextChanged: log.notes = notesArea.text
        }
        PathwayButton {
            Layout.fillWidth: true
            Layout.minimumHeight: Units.youngPersonTouchTarget
            highlighted: true
            text: qsTr("Save contact", "@action:button")
            font.pixelSize: Units.largeFont
            onClicked: log.save()
        }
    }
    MessageBar {
        text: log.message
        problem: log.problem
    }
    PathwayButton {
        Layout.fillWidth: true
        Layout.minimumHeight: Units.touchTarget
        visible: log.saved
        text: qsTr("Log another contact", "@action:button")
        font.pixelSize: Units.bodyFont
        onClicked: log.startAnother()
    }

    // The field shows the form's time, also after "Log another contact" sets it back to now.
    Binding {
        target: whenField
        property: "selectedDateTime"
        value: log.at
    }
}

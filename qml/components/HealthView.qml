// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Health history, appointments and notes; anyone who sees it can add to it. On top, whether
// the health history has been handed over, which staff record.
ColumnLayout {
    id: root

    required property YoungPersonController person

    Layout.fillWidth: true
    spacing: Units.largeSpacing

    HandoverController {
        id: handover
        app: root.person.app
        youngPersonId: root.person.youngPersonId
    }
    Card {
        title: qsTr("Health history handover", "@title")
        subtitle: handover.statusText
        attention: !handover.complete && root.person.isStaff
        accessibleText: handover.statusText
        PathwayButton {
            visible: handover.canEdit
            text: handover.complete ? qsTr("Change the handover", "@action:button") : qsTr("Record the handover", "@action:button")
            font.pixelSize: Units.bodyFont
            about: root.person.name
            onClicked: root.openHandover()
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Units.spacing
        PathwayButton {
            highlighted: true
            text: qsTr("Add an appointment", "@action:button")
            font.pixelSize: Units.bodyFont
            Accessible.name: text
            onClicked: addDialog.openFor(true)
        }
        PathwayButton {
            text: qsTr("Add a note", "@action:button")
            font.pixelSize: Units.bodyFont
            Accessible.name: text
            onClicked: addDialog.openFor(false)
        }
    }
    MessageBar {
        text: root.person.message
    }
    Repeater {
        model: root.person.health
        delegate: Card {
            id: entry
            required property string heading
            required property string kindText
            required property string dateText
            required property string details
            required property bool upcoming
            required property string accessibleName
            title: entry.heading
            status: entry.dateText
            subtitle: entry.kindText
            detail: entry.details
            attention: entry.upcoming
            accessibleText: entry.accessibleName
        }
    }
    ListState {
        loading: root.person.health.loading
        count: root.person.health.count
        emptyText: qsTr("Nothing in your health history yet.", "@info")
        emptyHint: qsTr("Add appointments and notes with the buttons above.", "@info")
    }

    CopyToKeepCard {
        person: root.person
        kind: "health"
    }
    PathwayDialog {
        id: addDialog
        property bool appointment: false
        anchors.centerIn: Overlay.overlay
        width: Math.min(Units.maxFormWidth, root.width)
        title: addDialog.appointment ? qsTr("New appointment", "@title:window") : qsTr("New note", "@title:window")
        standardButtons: Dialog.Save | Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            TextField {
                placeholderTextColor: Colours.placeholder
                id: titleField
                Layout.fillWidth: true
                font.pixelSize: Units.bodyFont
                placeholderText: qsTr("What is it?", "@info:placeholder")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("What is it?", "@label:textbox")
            }
            DateField {
                id: dateField
                label: qsTr("Date", "@label")
            }
            TextArea {
                placeholderTextColor: Colours.placeholder
                id: detailsField
                Layout.fillWidth: true
                wrapMode: TextEdit.Wrap
                font.pixelSize: Units.bodyFont
                placeholderText: qsTr("More details (optional)", "@info:placeholder")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("More details", "@label:textbox")
            }
        }
        onAccepted: root.person.addHealthEntry(titleField.text, detailsField.text, dateField.isoDate, addDialog.appointment)
        function openFor(appointment: bool) {
            addDialog.appointment = appointment;
            titleField.clear();
            detailsField.clear();
            dateField.setIsoDate(root.person.todayIso());
            addDialog.open();
        }
    }

    function openHandover() {
        root.person.app.push("handoverEdit", {
            youngPersonId: root.person.youngPersonId
        });
    }
}

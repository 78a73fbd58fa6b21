// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Contact history and requests, newest first. Staff can amend a contact (never edit it) or
// mark it entered in error: it then stays here, struck through, with the reason.
ColumnLayout {
    id: root

    required property YoungPersonController person

    signal amendRequested(string contactId, string contactTitle)
    signal enteredInErrorRequested(string contactId, string contactTitle)

    Layout.fillWidth: true
    spacing: Units.largeSpacing

    Repeater {
        model: root.person.contacts
        delegate: Card {
            id: contact
            required property string key
            required property string heading
            required property string whenText
            required property string outcomeText
            required property string notes
            required property bool amended
            required property bool canAmend
            required property bool enteredInError
            required property string errorText
            required property string accessibleName
            title: contact.heading
            status: contact.whenText
            subtitle: contact.outcomeText
            detail: contact.amended && !contact.enteredInError ? qsTr("%1 (amended)", "@info").arg(contact.notes) : contact.notes
            struckOut: contact.enteredInError
            accessibleText: contact.accessibleName
            Label {
                Layout.fillWidth: true
                visible: contact.enteredInError
                text: contact.errorText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Units.bodyFont
                font.bold: true
                Accessible.ignored: true
            }
            Flow {
                Layout.fillWidth: true
                visible: contact.canAmend
                spacing: Units.spacing
                PathwayButton {
                    text: qsTr("Amend", "@action:button")
                    font.pixelSize: Units.bodyFont
                    about: contact.accessibleName
                    onClicked: root.amendRequested(contact.key, contact.accessibleName)
                }
                PathwayButton {
                    flat: true
                    text: qsTr("Entered in error", "@action:button")
                    font.pixelSize: Units.bodyFont
                    about: contact.accessibleName
                    onClicked: root.enteredInErrorRequested(contact.key, contact.accessibleName)
                }
            }
        }
    }
    ListState {
        loading: root.person.contacts.loading
        count: root.person.contacts.count
        emptyText: qsTr("No contact recorded yet.", "@info")
        emptyHint: qsTr("Contacts appear here once they are logged.", "@info")
    }
}

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Contact history and requests, newest first. Staff can amend a contact (never edit it).
ColumnLayout {
    id: root

    required property YoungPersonController person

    signal amendRequested(string contactId, string contactTitle)

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
            required property string accessibleName
            title: contact.heading
            status: contact.whenText
            subtitle: contact.outcomeText
            detail: contact.amended ? qsTr("%1 (amended)", "@info").arg(contact.notes) : contact.notes
            accessibleText: contact.accessibleName
            Button {
                visible: contact.canAmend
                text: qsTr("Amend", "@action:button")
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Amend contact: %1", "@action:button").arg(contact.accessibleName)
                onClicked: root.amendRequested(contact.key, contact.accessibleName)
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

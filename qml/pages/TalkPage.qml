pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A young person asks their PA for contact (urgent or when convenient) and sees their contact history.
ScrollPage {
    id: root

    required property AppController app

    title: qsTr("Talk to my PA", "@title:page")

    YoungPersonController {
        id: person
        app: root.app
    }

    Heading {
        //: %1 is the PA's name
        text: qsTr("My PA: %1", "@title").arg(person.paName)
    }
    TextArea {
        id: messageField
        Layout.fillWidth: true
        wrapMode: TextEdit.Wrap
        font.pixelSize: Units.bodyFont
        placeholderText: qsTr("What do you want to talk about? (optional)", "@info:placeholder")
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Message to my PA", "@label:textbox")
    }
    Button {
        Layout.fillWidth: true
        Layout.minimumHeight: Units.youngPersonTouchTarget
        highlighted: true
        Material.accent: "#b71c1c"
        text: qsTr("I need to talk today", "@action:button")
        font.pixelSize: Units.largeFont
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Ask my PA to contact me urgently", "@action:button")
        onClicked: {
            if (person.requestContact(true, messageField.text))
                messageField.clear();
        }
    }
    Button {
        Layout.fillWidth: true
        Layout.minimumHeight: Units.youngPersonTouchTarget
        text: qsTr("Talk when you can", "@action:button")
        font.pixelSize: Units.largeFont
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Ask my PA to contact me when convenient", "@action:button")
        onClicked: {
            if (person.requestContact(false, messageField.text))
                messageField.clear();
        }
    }
    MessageBar {
        text: person.message
    }
    Heading {
        text: qsTr("Our contact", "@title")
    }
    ContactsView {
        person: person
    }
}

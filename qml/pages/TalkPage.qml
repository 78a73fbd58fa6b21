// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A young person asks their PA for contact (urgent or when convenient), sees where their requests
// stand and their PA's answers, who to call now if it cannot wait, and their contact history.
ScrollPage {
    id: root

    required property AppController app

    title: qsTr("Talk to my PA", "@title:page")

    YoungPersonController {
        id: person
        app: root.app
    }
    ContactRequestController {
        id: myRequests
        app: root.app
    }

    Heading {
        //: %1 is the PA's name
        text: qsTr("My PA: %1", "@title").arg(person.paName)
    }
    // The question above the box, not inside it: a placeholder cannot wrap at large text sizes.
    Label {
        Layout.fillWidth: true
        text: qsTr("What do you want to talk about? (optional)", "@info:placeholder")
        wrapMode: Text.Wrap
        font.pixelSize: Units.bodyFont
        Accessible.ignored: true // the box below carries the name
    }
    TextArea {
        placeholderTextColor: Colours.placeholder
        id: messageField
        Layout.fillWidth: true
        wrapMode: TextEdit.Wrap
        font.pixelSize: Units.bodyFont
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Message to my PA", "@label:textbox")
    }
    PathwayButton {
        id: urgentButton
        Layout.fillWidth: true
        Layout.minimumHeight: Units.youngPersonTouchTarget
        highlighted: true
        Material.accent: Colours.urgentBackground
        Material.foreground: Colours.textOnStrong
        text: qsTr("I need to talk today", "@action:button")
        font.pixelSize: Units.largeFont
        Accessible.description: qsTr("Asks my PA to contact me urgently", "@info:accessible")
        onClicked: {
            if (person.requestContact(true, messageField.text))
                messageField.clear();
        }
    }
    PathwayButton {
        id: laterButton
        Layout.fillWidth: true
        Layout.minimumHeight: Units.youngPersonTouchTarget
        text: qsTr("Talk when you can", "@action:button")
        font.pixelSize: Units.largeFont
        Accessible.description: qsTr("Asks my PA to contact me when convenient", "@info:accessible")
        onClicked: {
            if (person.requestContact(false, messageField.text))
                messageField.clear();
        }
    }
    MessageBar {
        text: person.message
    }
    // Right under the request while an urgent one is open; at the end otherwise.
    HelpNowView {
        visible: myRequests.hasOpenUrgent
        requests: myRequests
    }
    Heading {
        visible: myRequests.requests.count > 0
        text: qsTr("My requests", "@title")
    }
    RequestsView {
        requests: myRequests
    }
    Heading {
        text: qsTr("Our contact", "@title")
    }
    ContactsView {
        person: person
    }
    HelpNowView {
        visible: !myRequests.hasOpenUrgent
        requests: myRequests
    }
    GlossaryTerms {
        terms: ["pa"]
    }
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A young person's record for staff: plan, health, offer, documents, contact, chronology and situation.
Page {
    id: root

    required property AppController app
    required property string youngPersonId
    // The tab to show first, by name (an alert opens the tab that resolves it).
    property string section: ""
    readonly property var sections: ["plan", "health", "offer", "documents", "contact", "chronology", "circumstances"]

    title: person.name
    Accessible.role: Accessible.Pane
    Accessible.name: root.title
    Component.onCompleted: tabs.currentIndex = Math.max(0, root.sections.indexOf(root.section))

    YoungPersonController {
        id: person
        app: root.app
        youngPersonId: root.youngPersonId
    }
    ContactLogController {
        id: contactLog
        app: root.app
        youngPersonId: root.youngPersonId
    }
    // Open requests to talk show above the tabs, whichever tab is open; all of them under Contact.
    ContactRequestController {
        id: openRequests
        app: root.app
        youngPersonId: root.youngPersonId
        openOnly: true
    }
    ContactRequestController {
        id: allRequests
        app: root.app
        youngPersonId: root.youngPersonId
    }

    header: ColumnLayout {
        spacing: 0
        Pane {
            Layout.fillWidth: true
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                IconText {
                    glyph: "translate"
                    text: person.interpreterText
                    font.bold: true
                }
                BodyText {
                    //: %1 age and category, %2 PA name, %3 when last contacted
                    text: qsTr("%1. PA: %2. Last contact: %3", "@info").arg(person.summaryText).arg(person.paName).arg(person.lastContactText)
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Units.spacing
                    PathwayButton {
                        highlighted: true
                        text: qsTr("Log visit now", "@action:button")
                        font.pixelSize: Units.bodyFont
                        about: person.name
                        onClicked: contactLog.logVisitNow()
                    }
                    PathwayButton {
                        text: qsTr("Log an earlier contact", "@action:button")
                        font.pixelSize: Units.bodyFont
                        about: person.name
                        onClicked: root.app.push("logContact", {
                            youngPersonId: root.youngPersonId
                        })
                    }
                }
                PathwayButton {
                    objectName: "setUpPhoneButton"
                    text: qsTr("Set up their phone", "@action:button")
                    font.pixelSize: Units.bodyFont
                    about: person.name
                    onClicked: enrolSheet.open()
                }
                MessageBar {
                    text: contactLog.message
                    problem: contactLog.problem
                }
                RequestsView {
                    requests: openRequests
                }
            }
        }
        TabBar {
            id: tabs
            objectName: "recordTabs"
            Layout.fillWidth: true
            Repeater {
                model: [
                    qsTr("Plan", "@title:tab"),
                    qsTr("Health", "@title:tab"),
                    qsTr("Offer", "@title:tab"),
                    qsTr("Documents", "@title:tab"),
                    qsTr("Contact", "@title:tab"),
                    qsTr("Chronology", "@title:tab"),
                    //: The tab with activity, accommodation, in touch, gender, ethnicity and disability
                    qsTr("Situation", "@title:tab")
                ]
                delegate: TabButton {
                    id: tab
                    required property int index
                    required property string modelData
                    text: tab.modelData
                    width: implicitWidth
                    font.pixelSize: Units.smallFont
                    Accessible.role: Accessible.PageTab
                    Accessible.name: tab.modelData
                    Accessible.selectable: true
                    Accessible.selected: tab.checked
                    Accessible.onPressAction: tabs.setCurrentIndex(tab.index)
                }
            }
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: stack.implicitHeight + Units.hugeSpacing * 2
        clip: true
        ScrollBar.vertical: ScrollBar {}

        StackLayout {
            id: stack
            x: Math.max(Units.largeSpacing, (flick.width - width) / 2)
            y: Units.largeSpacing
            width: Math.min(flick.width - Units.largeSpacing * 2, Units.maxContentWidth)
            currentIndex: tabs.currentIndex
            PlanView {
                person: person
            }
            HealthView {
                person: person
            }
            OfferView {
                person: person
            }
            DocumentsView {
                person: person
            }
            ColumnLayout {
                spacing: Units.largeSpacing
                RequestsView {
                    requests: allRequests
                }
                ContactsView {
                    person: person
                    onAmendRequested: (contactId, contactTitle) => amendDialog.openFor(contactId, contactTitle)
                    onEnteredInErrorRequested: (contactId, contactTitle) => errorDialog.openFor(contactId, contactTitle)
                }
            }
            ChronologyView {
                person: person
            }
            CircumstancesView {
                person: person
            }
        }
    }

    EnteredInErrorDialog {
        id: errorDialog
        objectName: "enteredInErrorDialog"
        log: contactLog
    }
    EnrolCodeSheet {
        id: enrolSheet
        app: root.app
        youngPersonId: root.youngPersonId
        personName: person.name
    }

    PathwayDialog {
        id: amendDialog
        property string contactId: ""
        anchors.centerIn: Overlay.overlay
        width: Math.min(Units.maxFormWidth, root.width)
        title: qsTr("Amend a contact", "@title:window")
        standardButtons: Dialog.Save | Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            BodyText {
                id: amendWhat
            }
            BodyText {
                text: qsTr("The original stays on the record; this adds an amendment.", "@info")
            }
            TextArea {
                placeholderTextColor: Colours.placeholder
                id: amendNotes
                Layout.fillWidth: true
                wrapMode: TextEdit.Wrap
                font.pixelSize: Units.bodyFont
                placeholderText: qsTr("Corrected notes", "@info:placeholder")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Corrected notes", "@label:textbox")
            }
            CheckBox {
                id: amendSuccessful
                text: qsTr("We talked (successful contact)", "@option:check")
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.CheckBox
                Accessible.name: text
            }
            TextField {
                placeholderTextColor: Colours.placeholder
                id: amendReason
                Layout.fillWidth: true
                font.pixelSize: Units.bodyFont
                placeholderText: qsTr("Why it is amended", "@info:placeholder")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Why it is amended", "@label:textbox")
            }
        }
        onAccepted: contactLog.amend(amendDialog.contactId, amendReason.text, amendNotes.text, amendSuccessful.checked)
        function openFor(contactId: string, contactTitle: string) {
            amendDialog.contactId = contactId;
            amendWhat.text = contactTitle;
            amendNotes.clear();
            amendReason.clear();
            amendSuccessful.checked = true;
            amendDialog.open();
        }
    }
}

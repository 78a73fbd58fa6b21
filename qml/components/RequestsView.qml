// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A young person's requests to talk: open ones first, each with where it stands and how it was
// answered. Staff answer an open one here: with a reply the young person reads, or by logging the
// contact that answers it.
ColumnLayout {
    id: root

    required property ContactRequestController requests
    property string emptyText: ""
    property string emptyHint: ""

    Layout.fillWidth: true
    spacing: Units.largeSpacing

    MessageBar {
        text: root.requests.message
    }
    Repeater {
        model: root.requests.requests
        delegate: Card {
            id: request
            required property string key
            required property string heading
            required property string message
            required property string shortState
            required property string detailText
            required property bool open
            required property bool urgent
            required property bool canAnswer
            required property string accessibleName

            title: request.heading
            status: request.shortState
            attention: request.open && request.urgent
            subtitle: request.message
            detail: request.detailText
            accessibleText: request.accessibleName

            Flow {
                Layout.fillWidth: true
                visible: request.canAnswer
                spacing: Units.spacing
                PathwayButton {
                    id: logButton
                    highlighted: true
                    text: qsTr("Log the contact", "@action:button")
                    font.pixelSize: Units.bodyFont
                    about: request.accessibleName
                    onClicked: contactDialog.openFor(request.key, request.accessibleName)
                }
                PathwayButton {
                    id: replyButton
                    text: qsTr("Reply", "@action:button")
                    font.pixelSize: Units.bodyFont
                    about: request.accessibleName
                    onClicked: replyDialog.openFor(request.key, request.accessibleName)
                }
            }
        }
    }
    ListState {
        visible: root.emptyText.length > 0
        loading: root.requests.requests.loading
        count: root.requests.requests.count
        emptyText: root.emptyText
        emptyHint: root.emptyHint
    }

    PathwayDialog {
        id: contactDialog
        property string requestId: ""
        property string kindCode: root.requests.answerKinds.length > 0 ? root.requests.answerKinds[0].code : ""
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(Units.maxFormWidth, parent ? parent.width : Units.maxFormWidth)
        title: qsTr("Log the contact that answers it", "@title:window")
        footer: DialogButtonBox {
            PathwayButton {
                id: contactSave
                text: qsTr("Save", "@action:button")
                onClicked: contactDialog.accept()
            }
            PathwayButton {
                id: contactCancel
                text: qsTr("Cancel", "@action:button")
                flat: true
                onClicked: contactDialog.reject()
            }
        }
        ColumnLayout {
            anchors.fill: parent
            BodyText {
                id: contactWhat
            }
            ButtonGroup {
                id: kindGroup
            }
            Repeater {
                model: root.requests.answerKinds
                delegate: RadioButton {
                    id: kindButton
                    required property var modelData
                    required property int index
                    text: kindButton.modelData.label
                    checked: kindButton.index === 0
                    font.pixelSize: Units.bodyFont
                    ButtonGroup.group: kindGroup
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: kindButton.text
                    Accessible.onPressAction: kindButton.toggle()
                    onCheckedChanged: {
                        if (kindButton.checked)
                            contactDialog.kindCode = kindButton.modelData.code;
                    }
                }
            }
            TextArea {
                placeholderTextColor: Colours.placeholder
                id: contactNotes
                Layout.fillWidth: true
                wrapMode: TextEdit.Wrap
                font.pixelSize: Units.bodyFont
                placeholderText: qsTr("What you talked about (staff only)", "@info:placeholder")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("What you talked about (staff only)", "@label:textbox")
            }
        }
        onAccepted: root.requests.respondWithContact(contactDialog.requestId, contactDialog.kindCode, contactNotes.text)
        function openFor(requestId: string, what: string) {
            contactDialog.requestId = requestId;
            contactWhat.text = what;
            contactNotes.clear();
            contactDialog.open();
        }
    }

    PathwayDialog {
        id: replyDialog
        property string requestId: ""
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(Units.maxFormWidth, parent ? parent.width : Units.maxFormWidth)
        title: qsTr("Reply", "@title:window")
        footer: DialogButtonBox {
            PathwayButton {
                id: replySend
                text: qsTr("Send reply", "@action:button")
                onClicked: replyDialog.accept()
            }
            PathwayButton {
                id: replyCancel
                text: qsTr("Cancel", "@action:button")
                flat: true
                onClicked: replyDialog.reject()
            }
        }
        ColumnLayout {
            anchors.fill: parent
            BodyText {
                id: replyWhat
            }
            BodyText {
                text: qsTr("The young person reads your reply in the app. It answers the request.", "@info")
            }
            TextArea {
                placeholderTextColor: Colours.placeholder
                id: replyText
                Layout.fillWidth: true
                wrapMode: TextEdit.Wrap
                font.pixelSize: Units.bodyFont
                placeholderText: qsTr("Your reply", "@info:placeholder")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Your reply", "@label:textbox")
            }
        }
        onAccepted: root.requests.reply(replyDialog.requestId, replyText.text)
        function openFor(requestId: string, what: string) {
            replyDialog.requestId = requestId;
            replyWhat.text = what;
            replyText.clear();
            replyDialog.open();
        }
    }
}

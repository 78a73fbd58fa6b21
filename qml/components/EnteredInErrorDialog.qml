// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Marking a contact "entered in error": asks why, and confirms. The original stays on the
// record, struck through with the reason, and leaves every count and alert.
PathwayDialog {
    id: root

    required property ContactLogController log
    property string contactId: ""
    property string contactTitle: ""

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Units.maxFormWidth, parent ? parent.width - Units.spacing * 2 : Units.maxFormWidth)
    focus: true
    title: qsTr("Mark as entered in error?", "@title:window")

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Units.spacing
        BodyText {
            text: root.contactTitle
            font.bold: true
        }
        BodyText {
            text: qsTr("It will no longer count as contact in any figure or alert. It stays on the record, struck through, with your reason.", "@info")
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Why was it entered in error?", "@label:textbox")
            wrapMode: Text.Wrap
            font.pixelSize: Units.bodyFont
            Accessible.ignored: true
        }
        TextField {
            placeholderTextColor: Colours.placeholder
            id: reasonField
            Layout.fillWidth: true
            font.pixelSize: Units.bodyFont
            placeholderText: qsTr("For example: logged for the wrong young person", "@info:placeholder")
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Why was it entered in error?", "@label:textbox")
            onAccepted: root.confirm()
        }
        MessageBar {
            id: refusal
            problem: true
        }
    }

    footer: Item {
        implicitHeight: buttons.implicitHeight + Units.spacing * 2
        // Aligned to the end edge, the main action last in reading order.
        Flow {
            id: buttons
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Units.spacing
            spacing: Units.spacing
            layoutDirection: Qt.RightToLeft // mirrored to left-to-right in right-to-left languages
            PathwayButton {
                flat: true
                Material.foreground: root.Material.accent
                text: qsTr("Mark as entered in error", "@action:button")
                font.pixelSize: Units.bodyFont
                Accessible.name: text
                onClicked: root.confirm()
            }
            PathwayButton {
                flat: true
                Material.foreground: root.Material.accent
                text: qsTr("Cancel", "@action:button")
                font.pixelSize: Units.bodyFont
                Accessible.name: text
                onClicked: root.reject()
            }
        }
    }

    // Marks the contact; stays open with the reason why when the controller refuses.
    function confirm() {
        if (root.log.markEnteredInError(root.contactId, reasonField.text))
            root.close();
        else
            refusal.text = root.log.message;
    }

    function openFor(contactId: string, contactTitle: string) {
        root.contactId = contactId;
        root.contactTitle = contactTitle;
        reasonField.clear();
        refusal.text = "";
        root.open();
        reasonField.forceActiveFocus();
    }
}

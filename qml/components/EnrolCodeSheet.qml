// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A PA sets up a young person's phone: a one-time code to read out, the same as a QR code to scan
// (it also carries the server), what to do on the phone, and whether the phone has used it yet.
PathwayDialog {
    id: root

    required property AppController app
    required property string youngPersonId
    required property string personName

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Units.maxFormWidth, parent.width - Units.largeSpacing * 2)
    height: Math.min(implicitHeight, parent.height - Units.largeSpacing * 2)
    padding: Units.largeSpacing
    //: %1 is the young person's name
    title: qsTr("Set up %1's phone", "@title:window").arg(root.personName)
    standardButtons: Dialog.Close
    onOpened: enrol.create()
    onClosed: enrol.reset()

    EnrolCodeController {
        id: enrol
        app: root.app
        youngPersonId: root.youngPersonId
    }

    Flickable {
        anchors.fill: parent
        implicitHeight: column.implicitHeight
        contentWidth: width
        contentHeight: column.implicitHeight
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: parent.width
            spacing: Units.largeSpacing

            RowLayout {
                visible: enrol.busy
                spacing: Units.spacing
                BusyIndicator {
                    running: enrol.busy
                    Accessible.ignored: true
                }
                BodyText {
                    text: enrol.statusText
                }
            }
            BodyText {
                visible: enrol.hasCode
                text: qsTr("Read the code out, or let them scan the QR code with their phone's camera.", "@info")
            }
            Label {
                objectName: "enrolCode"
                visible: enrol.hasCode
                Layout.alignment: Qt.AlignHCenter
                text: enrol.code
                font.pixelSize: Units.figureFont
                font.family: "monospace"
                font.letterSpacing: Units.smallSpacing
                font.bold: true
                Accessible.role: Accessible.StaticText
                //: %1 is the code spelt out one character at a time
                Accessible.name: qsTr("Code: %1", "@info").arg(enrol.spokenCode)
            }
            QrCode {
                visible: enrol.hasCode
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(column.width, Units.gridUnit * 13)
                Layout.preferredHeight: Layout.preferredWidth
                text: enrol.link
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code to set up their phone, with the same code", "@info")
            }
            BodyText {
                visible: text.length > 0
                text: enrol.expiryText
            }
            BodyText {
                visible: enrol.hasCode
                text: qsTr("On their phone:\n1. Install Pathway and open it.\n2. Tap \"I have a code from my PA\".\n3. Type the code, or scan the QR code with the camera.\n4. They choose their own passphrase or PIN. Nobody else needs to know it.", "@info")
            }
            MessageBar {
                visible: enrol.hasCode
                text: enrol.statusText
            }
            BodyText {
                visible: enrol.errorText.length > 0
                text: enrol.errorText
                Accessible.role: Accessible.AlertMessage
            }
            PathwayButton {
                visible: enrol.canRetry
                Layout.minimumHeight: Units.touchTarget
                highlighted: true
                text: qsTr("Make a new code", "@action:button")
                font.pixelSize: Units.bodyFont
                Accessible.name: text
                onClicked: enrol.create()
            }
        }
    }
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Every alert of a PA's caseload or a manager's team: what is wrong, for whom, since when, who
// acknowledged it and why; each opens the page that resolves it, or is acknowledged with a note.
ScrollPage {
    id: root

    required property AppController app

    title: qsTr("Alerts", "@title:page")

    AlertsController {
        id: alerts
        app: root.app
        onAcknowledged: ackDialog.close()
    }

    BodyText {
        text: alerts.headline
        font.bold: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Units.spacing
        BusyIndicator {
            visible: alerts.checking
            running: alerts.checking
            Layout.preferredWidth: Units.iconSize * 1.5
            Layout.preferredHeight: Units.iconSize * 1.5
            Accessible.ignored: true
        }
        BodyText {
            text: alerts.statusText
            Accessible.role: Accessible.StaticText
        }
    }
    PathwayButton {
        visible: alerts.canCheckAgain
        text: qsTr("Check with the server again", "@action:button")
        font.pixelSize: Units.bodyFont
        Accessible.name: text
        onClicked: alerts.refresh()
    }
    WrappingSwitch {
        id: onlyForMeSwitch
        objectName: "onlyForMeSwitch"
        visible: alerts.canFilter
        checked: alerts.onlyForMe
        text: qsTr("Only alerts for managers", "@option:check")
        onToggled: alerts.onlyForMe = onlyForMeSwitch.checked
    }
    MessageBar {
        text: alerts.message
    }

    Repeater {
        model: alerts.model
        delegate: Card {
            id: row
            required property string key
            required property string name
            required property string whatText
            required property string sinceText
            required property string tierText
            required property string forText
            required property bool serious
            required property bool acknowledged
            required property string ackText
            required property string ackNote
            required property string originText
            required property bool canAcknowledge
            required property string ackHint
            required property bool sending
            required property string actionKey
            required property string actionText
            required property var actionProperties
            required property string accessibleName

            title: row.name
            status: row.tierText
            attention: row.serious && !row.acknowledged
            subtitle: row.whatText
            //: %1 since when (or when due), %2 who the alert is for
            detail: row.sinceText.length > 0 ? qsTr("%1 · %2", "@info alert").arg(row.sinceText).arg(row.forText) : row.forText
            accessibleText: row.accessibleName

            BodyText {
                visible: row.acknowledged
                text: row.ackText
                font.bold: true
                Accessible.ignored: true
            }
            BodyText {
                visible: row.acknowledged
                //: The note written when the alert was acknowledged, quoted
                text: qsTr("“%1”", "@info quoted note").arg(row.ackNote)
                Accessible.ignored: true
            }
            BodyText {
                visible: row.originText.length > 0
                text: row.originText
                font.pixelSize: Units.smallFont
                Accessible.role: Accessible.StaticText
            }
            // While offline the status above says why nothing can be acknowledged; on each card it would repeat.
            BodyText {
                visible: row.sending
                text: row.ackHint
                font.pixelSize: Units.smallFont
                Accessible.role: Accessible.StaticText
            }
            Flow {
                Layout.fillWidth: true
                spacing: Units.spacing
                PathwayButton {
                    visible: row.actionKey.length > 0
                    highlighted: true
                    text: row.actionText
                    font.pixelSize: Units.bodyFont
                    about: row.name
                    onClicked: root.app.push(row.actionKey, row.actionProperties)
                }
                PathwayButton {
                    objectName: "acknowledgeButton"
                    visible: !row.acknowledged
                    enabled: row.canAcknowledge
                    text: qsTr("Acknowledge…", "@action:button")
                    font.pixelSize: Units.bodyFont
                    //: %1 what is wrong, %2 a young person
                    about: qsTr("%1, %2", "@info:accessible").arg(row.whatText).arg(row.name)
                    Accessible.description: row.ackHint
                    onClicked: ackDialog.openFor(row.key, row.whatText, row.name)
                }
            }
        }
    }
    ListState {
        loading: alerts.model.loading
        count: alerts.model.count
        emptyText: qsTr("No alerts: nothing needs action right now.", "@info")
        emptyHint: qsTr("Alerts appear here when contact, a plan review, documents, the health history or a young person's request need action.", "@info")
    }

    PathwayDialog {
        id: ackDialog
        property string alertKey: ""
        anchors.centerIn: Overlay.overlay
        width: Math.min(Units.maxFormWidth * 1.2, root.width - Units.largeSpacing * 2)
        // At large text the note and its words scroll inside the dialog instead of leaving the screen.
        height: Math.min(implicitHeight, root.height - Units.largeSpacing * 2)
        title: qsTr("Acknowledge with a note", "@title:window")
        onOpened: noteField.forceActiveFocus()

        // The title follows the text size and wraps, like the rest of the page.
        header: Label {
            text: ackDialog.title
            wrapMode: Text.Wrap
            leftPadding: ackDialog.leftPadding
            rightPadding: ackDialog.rightPadding
            topPadding: ackDialog.topPadding
            font.pixelSize: Units.largeFont
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Flickable {
            id: ackFlick
            anchors.fill: parent
            implicitHeight: ackColumn.implicitHeight
            contentWidth: width
            contentHeight: ackColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: ackColumn
                width: ackFlick.width
                spacing: Units.spacing
                BodyText {
                    id: ackWhat
                    font.bold: true
                }
                BodyText {
                    text: qsTr("Say what is being done about it, or why it can wait. Everyone who sees this alert sees your name, your note and when.", "@info")
                }
                TextArea {
                    placeholderTextColor: Colours.placeholder
                    id: noteField
                    objectName: "noteField"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Units.touchTarget * 2
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Units.bodyFont
                    placeholderText: qsTr("Note", "@info:placeholder")
                    Accessible.role: Accessible.EditableText
                    Accessible.name: qsTr("Note", "@label:textbox")
                    onTextChanged: alerts.clearAckError()
                }
                Label {
                    Layout.fillWidth: true
                    visible: alerts.ackError.length > 0
                    text: alerts.ackError
                    wrapMode: Text.Wrap
                    font.pixelSize: Units.bodyFont
                    color: Colours.urgentText
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                BusyIndicator {
                    visible: alerts.acknowledging
                    running: alerts.acknowledging
                    Accessible.ignored: true
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Units.spacing
                    PathwayButton {
                        objectName: "sendAcknowledgement"
                        highlighted: true
                        enabled: !alerts.acknowledging
                        text: qsTr("Acknowledge", "@action:button")
                        font.pixelSize: Units.bodyFont
                        Accessible.name: text
                        onClicked: alerts.acknowledge(ackDialog.alertKey, noteField.text)
                    }
                    PathwayButton {
                        flat: true
                        text: qsTr("Cancel", "@action:button")
                        font.pixelSize: Units.bodyFont
                        Accessible.name: text
                        onClicked: ackDialog.close()
                    }
                }
            }
        }

        function openFor(key: string, what: string, name: string) {
            if (ackDialog.alertKey !== key)
                noteField.clear();
            ackDialog.alertKey = key;
            //: %1 what is wrong, %2 a young person
            ackWhat.text = qsTr("%1: %2", "@info alert").arg(what).arg(name);
            alerts.clearAckError();
            ackDialog.open();
        }
    }
}

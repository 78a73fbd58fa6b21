// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Signing in again after the sign-in expired, on top of the current page: staff type their
// password (the e-mail is the same account's and cannot be changed), a young person types a new
// code from their PA. A bottom sheet on a phone, a dialog on a desktop; scrolls at large text.
Popup {
    id: root

    required property AppController app
    required property bool wide
    readonly property bool youngPerson: root.app.youngPerson

    parent: Overlay.overlay
    modal: true
    focus: true
    width: root.wide ? Math.min(Units.maxFormWidth * 1.3, root.parent.width - Units.hugeSpacing * 2) : root.parent.width
    height: Math.min(column.implicitHeight + root.topPadding + root.bottomPadding + Units.largeSpacing * 2,
                     root.parent.height - (root.wide ? Units.hugeSpacing * 2 : Units.hugeSpacing * 3))
    x: (root.parent.width - root.width) / 2
    y: root.wide ? (root.parent.height - root.height) / 2 : root.parent.height - root.height
    padding: Units.largeSpacing
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    onOpened: {
        root.app.signInAgain.clearError();
        passwordField.clear();
        codeField.clear();
        if (root.youngPerson)
            codeField.forceActiveFocus();
        else if (emailField.readOnly)
            passwordField.forceActiveFocus();
        else
            emailField.forceActiveFocus();
    }

    FlatBackground {
        target: root.background
    }

    Connections {
        target: root.app.signInAgain
        function onChanged() {
            if (!root.app.signInAgain.expired)
                root.close();
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Sign in again", "@title")

        ColumnLayout {
            id: column
            width: flick.width
            spacing: Units.largeSpacing

            Heading {
                text: qsTr("Sign in again", "@title")
            }
            BodyText {
                text: root.youngPerson
                    ? qsTr("Ask your PA for a new code and type it here. Everything you did while signed out is kept on this phone and goes up once you are signed in.", "@info")
                    : qsTr("Type the password for this account. Everything you did while signed out is kept on this device and goes up once you are signed in.", "@info")
            }
            Label {
                visible: !root.youngPerson
                text: qsTr("Work e-mail", "@label:textbox")
                font.pixelSize: Units.bodyFont
                Accessible.ignored: true // the field below carries the name
            }
            TextField {
                placeholderTextColor: Colours.placeholder
                id: emailField
                visible: !root.youngPerson
                Layout.fillWidth: true
                // The same account only: shown, not editable, when the device knows it.
                text: root.app.signInAgain.email
                readOnly: root.app.signInAgain.email.length > 0
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Work e-mail", "@label:textbox")
                Accessible.readOnly: emailField.readOnly
            }
            Label {
                visible: !root.youngPerson
                text: qsTr("Password", "@label:textbox")
                font.pixelSize: Units.bodyFont
                Accessible.ignored: true // the field below carries the name
            }
            TextField {
                placeholderTextColor: Colours.placeholder
                id: passwordField
                visible: !root.youngPerson
                Layout.fillWidth: true
                echoMode: TextInput.Password
                enabled: !root.app.signInAgain.busy
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Password", "@label:textbox")
                onAccepted: root.submit()
                onTextEdited: root.app.signInAgain.clearError()
            }
            Label {
                visible: root.youngPerson
                text: qsTr("The new code from your PA", "@label:textbox")
                font.pixelSize: Units.bodyFont
                Accessible.ignored: true // the field below carries the name
            }
            TextField {
                placeholderTextColor: Colours.placeholder
                id: codeField
                visible: root.youngPerson
                Layout.fillWidth: true
                enabled: !root.app.signInAgain.busy
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                font.pixelSize: Units.largeFont
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("The new code from your PA", "@label:textbox")
                onAccepted: root.submit()
                onTextEdited: root.app.signInAgain.clearError()
            }
            BodyText {
                visible: root.app.signInAgain.error.length > 0
                text: root.app.signInAgain.error
                color: Colours.errorText
                Accessible.role: Accessible.AlertMessage
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: root.app.signInAgain.busy
                running: visible
                Accessible.ignored: true
            }
            PathwayButton {
                Layout.fillWidth: true
                Layout.minimumHeight: Units.youngPersonTouchTarget
                highlighted: true
                enabled: !root.app.signInAgain.busy
                text: qsTr("Sign in", "@action:button")
                font.pixelSize: Units.largeFont
                onClicked: root.submit()
            }
            PathwayButton {
                Layout.fillWidth: true
                Layout.minimumHeight: Units.touchTarget
                flat: true
                text: qsTr("Not now", "@action:button")
                font.pixelSize: Units.bodyFont
                //: Closes the sign-in sheet; the app keeps working on this device
                Accessible.description: qsTr("Closes this and keeps working on this device", "@info:accessible")
                onClicked: root.close()
            }
        }
    }

    function submit() {
        root.app.signInAgain.submit(emailField.text, passwordField.text, codeField.text);
        passwordField.clear();
    }
}

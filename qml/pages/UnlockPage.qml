// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// The lock screen: the passphrase or PIN opens the encrypted store on this device.
ScrollPage {
    id: root

    required property AppController app

    title: qsTr("Pathway is locked", "@title")

    Heading {
        text: root.title
        size: Units.headingFont
    }
    BodyText {
        text: qsTr("Enter your passphrase or PIN to open it.", "@info")
    }
    TextField {
        id: passphraseField
        Layout.fillWidth: true
        echoMode: TextInput.Password
        focus: true
        enabled: !root.app.busy && root.app.retrySeconds === 0
        font.pixelSize: Units.largeFont
        placeholderText: qsTr("Passphrase or PIN", "@label:textbox")
        placeholderTextColor: Colours.placeholder
        Accessible.role: Accessible.EditableText
        Accessible.passwordEdit: true
        // Qt gives a password field no accessible name, whatever is set here (so that what is
        // typed is never read out): a screen reader says its description, the placeholder's words.
        Accessible.description: qsTr("Passphrase or PIN", "@label:textbox")
        onAccepted: root.tryUnlock()
        onTextEdited: root.app.clearError()
    }
    BodyText {
        visible: root.app.errorText.length > 0
        text: root.app.errorText
        color: Colours.errorText
        Accessible.role: Accessible.AlertMessage
    }
    BodyText {
        visible: root.app.retrySeconds > 0
        //: Shown after several wrong tries
        text: qsTr("You can try again in %n second(s).", "@info", root.app.retrySeconds)
    }
    PathwayButton {
        Layout.fillWidth: true
        Layout.minimumHeight: Units.youngPersonTouchTarget
        highlighted: true
        enabled: !root.app.busy && root.app.retrySeconds === 0
        text: qsTr("Unlock", "@action:button")
        font.pixelSize: Units.largeFont
        onClicked: root.tryUnlock()
    }
    BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        visible: root.app.busy
        running: visible
        Accessible.ignored: true
    }

    function tryUnlock() {
        root.app.unlock(passphraseField.text);
        passphraseField.clear();
    }
}

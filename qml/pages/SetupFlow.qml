pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// First run: choose how to start (young person with an enrolment code, staff sign-in, or
// the demo), choose a passphrase or PIN, then the first sync.
Page {
    id: root

    required property AppController app
    // "young_person", "staff" or "demo": which way the user chose.
    property string path: ""
    property int demoRole: AppController.None

    StackView {
        id: steps
        anchors.fill: parent
        initialItem: welcomeStep
    }

    // Back at the first run after this device was revoked: start from the first step, where the notice is.
    Connections {
        target: root.app
        function onSetupNoticeChanged() {
            if (root.app.setupNotice.length > 0)
                steps.pop(null);
        }
    }

    Component {
        id: welcomeStep
        ScrollPage {
            BodyText {
                visible: root.app.setupNotice.length > 0
                text: root.app.setupNotice
                font.bold: true
                Accessible.role: Accessible.AlertMessage
            }
            Heading {
                text: qsTr("Welcome to Pathway", "@title")
                font.pixelSize: Units.headingFont
            }
            BodyText {
                text: qsTr("Your plan, your documents and your PA, on your phone. It works without internet.", "@info")
            }
            Button {
                Layout.fillWidth: true
                Layout.minimumHeight: Units.youngPersonTouchTarget
                highlighted: true
                text: qsTr("I have a code from my PA", "@action:button")
                font.pixelSize: Units.largeFont
                Accessible.role: Accessible.Button
                Accessible.name: text
                onClicked: {
                    root.path = "young_person";
                    steps.push(serverStep);
                }
            }
            Button {
                Layout.fillWidth: true
                Layout.minimumHeight: Units.youngPersonTouchTarget
                text: qsTr("I work for the council: sign in", "@action:button")
                font.pixelSize: Units.largeFont
                Accessible.role: Accessible.Button
                Accessible.name: text
                onClicked: {
                    root.path = "staff";
                    steps.push(serverStep);
                }
            }
            Button {
                Layout.fillWidth: true
                Layout.minimumHeight: Units.youngPersonTouchTarget
                flat: true
                text: qsTr("Try the demo (no server needed)", "@action:button")
                font.pixelSize: Units.largeFont
                Accessible.role: Accessible.Button
                Accessible.name: text
                onClicked: {
                    root.path = "demo";
                    steps.push(demoStep);
                }
            }
        }
    }

    Component {
        id: serverStep
        ScrollPage {
            id: serverPage
            Heading {
                text: root.path === "staff" ? qsTr("Sign in", "@title") : qsTr("Enter your code", "@title")
            }
            Label {
                text: qsTr("Server address", "@label:textbox")
                font.pixelSize: Units.bodyFont
            }
            TextField {
                id: serverField
                Layout.fillWidth: true
                text: root.app.settings.serverUrl
                placeholderText: qsTr("https://pathway.example.org", "@info:placeholder")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Server address", "@label:textbox")
            }
            Label {
                visible: root.path === "staff"
                text: qsTr("Work e-mail", "@label:textbox")
                font.pixelSize: Units.bodyFont
            }
            TextField {
                id: emailField
                visible: root.path === "staff"
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Work e-mail", "@label:textbox")
            }
            Label {
                visible: root.path === "staff"
                text: qsTr("Password", "@label:textbox")
                font.pixelSize: Units.bodyFont
            }
            TextField {
                id: passwordField
                visible: root.path === "staff"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Password", "@label:textbox")
            }
            Label {
                visible: root.path === "young_person"
                text: qsTr("The code from your PA", "@label:textbox")
                font.pixelSize: Units.bodyFont
            }
            TextField {
                id: codeField
                visible: root.path === "young_person"
                Layout.fillWidth: true
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                font.pixelSize: Units.largeFont
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("The code from your PA", "@label:textbox")
            }
            BodyText {
                visible: root.app.signInError.length > 0
                text: root.app.signInError
                color: Material.color(Material.Red, root.Material.theme === Material.Dark ? Material.Shade200 : Material.Shade900)
            }
            Button {
                Layout.fillWidth: true
                Layout.minimumHeight: Units.youngPersonTouchTarget
                highlighted: true
                enabled: !root.app.busy
                text: qsTr("Next", "@action:button")
                font.pixelSize: Units.largeFont
                Accessible.role: Accessible.Button
                Accessible.name: text
                onClicked: {
                    root.app.settings.serverUrl = serverField.text;
                    root.app.prepareSignIn(serverField.text, emailField.text, passwordField.text, codeField.text);
                    if (root.app.signInError.length === 0)
                        steps.push(passphraseStep);
                }
            }
        }
    }

    Component {
        id: demoStep
        ScrollPage {
            Heading {
                text: qsTr("Try the demo as…", "@title")
            }
            BodyText {
                text: qsTr("The demo uses made-up people. It is saved, encrypted, on this device only.", "@info")
            }
            Repeater {
                model: [
                    {
                        role: AppController.YoungPerson,
                        label: qsTr("A young person", "@action:button")
                    },
                    {
                        role: AppController.PersonalAdviser,
                        label: qsTr("A personal adviser (PA)", "@action:button")
                    },
                    {
                        role: AppController.Manager,
                        label: qsTr("A manager", "@action:button")
                    }
                ]
                delegate: Button {
                    id: roleButton
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.minimumHeight: Units.youngPersonTouchTarget
                    text: roleButton.modelData.label
                    font.pixelSize: Units.largeFont
                    Accessible.role: Accessible.Button
                    Accessible.name: roleButton.modelData.label
                    onClicked: {
                        root.demoRole = roleButton.modelData.role;
                        steps.push(passphraseStep);
                    }
                }
            }
        }
    }

    Component {
        id: passphraseStep
        ScrollPage {
            Heading {
                text: qsTr("Choose a passphrase or PIN", "@title")
            }
            BodyText {
                text: qsTr("You will need it each time you open Pathway. It keeps your information safe if you lose your phone.", "@info")
            }
            Switch {
                id: pinSwitch
                Layout.minimumHeight: Units.touchTarget
                text: qsTr("Use a PIN (numbers only)", "@option:check")
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.CheckBox
                Accessible.name: text
            }
            TextField {
                id: firstField
                Layout.fillWidth: true
                echoMode: TextInput.Password
                inputMethodHints: pinSwitch.checked ? Qt.ImhDigitsOnly : Qt.ImhNone
                placeholderText: pinSwitch.checked ? qsTr("PIN", "@info:placeholder") : qsTr("Passphrase", "@info:placeholder")
                font.pixelSize: Units.largeFont
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("New passphrase or PIN", "@label:textbox")
            }
            TextField {
                id: secondField
                Layout.fillWidth: true
                echoMode: TextInput.Password
                inputMethodHints: firstField.inputMethodHints
                placeholderText: qsTr("Type it again", "@info:placeholder")
                font.pixelSize: Units.largeFont
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Type it again", "@label:textbox")
            }
            BodyText {
                id: problemText
                visible: text.length > 0
                color: Material.color(Material.Red, root.Material.theme === Material.Dark ? Material.Shade200 : Material.Shade900)
                text: root.app.errorText
            }
            Button {
                Layout.fillWidth: true
                Layout.minimumHeight: Units.youngPersonTouchTarget
                highlighted: true
                enabled: !root.app.busy
                text: qsTr("Save and continue", "@action:button")
                font.pixelSize: Units.largeFont
                Accessible.role: Accessible.Button
                Accessible.name: text
                onClicked: {
                    if (root.path === "demo")
                        root.app.startDemo(root.demoRole, firstField.text, secondField.text);
                    else {
                        root.app.finishSignIn(firstField.text, secondField.text);
                        if (root.app.stage === AppController.FirstSync)
                            steps.push(firstSyncStep);
                    }
                }
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: root.app.busy
                running: visible
                Accessible.ignored: true
            }
        }
    }

    Component {
        id: firstSyncStep
        ScrollPage {
            Heading {
                text: qsTr("Getting your information", "@title")
            }
            BodyText {
                text: root.app.sync.stateText
            }
            ProgressBar {
                Layout.fillWidth: true
                value: root.app.sync.progress
                Accessible.role: Accessible.ProgressBar
                Accessible.name: qsTr("First sync progress", "@info")
            }
            BodyText {
                visible: root.app.signInError.length > 0
                text: root.app.signInError
                Accessible.role: Accessible.AlertMessage
            }
            Button {
                visible: root.app.signInError.length > 0 && root.app.stage === AppController.FirstSync
                Layout.fillWidth: true
                Layout.minimumHeight: Units.touchTarget
                highlighted: true
                text: qsTr("Try again", "@action:button")
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Try the first sync again", "@action:button")
                onClicked: root.app.retryFirstSync()
            }
            Button {
                visible: root.app.signInError.length > 0 && root.app.stage === AppController.FirstSync
                Layout.fillWidth: true
                Layout.minimumHeight: Units.touchTarget
                text: qsTr("Continue without it", "@action:button")
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Continue without the first sync", "@action:button")
                onClicked: root.app.skipFirstSync()
            }
            Button {
                visible: root.app.stage === AppController.Setup
                Layout.fillWidth: true
                Layout.minimumHeight: Units.touchTarget
                text: qsTr("Back", "@action:button")
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Back to signing in", "@action:button")
                onClicked: steps.pop(null)
            }
        }
    }
}

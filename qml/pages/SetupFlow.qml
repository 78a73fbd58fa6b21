// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// First run: choose how to start (young person with an enrolment code, staff sign-in, or the
// demo); the server checks the code or password; then a passphrase or PIN, then the first sync.
// Every step goes back, and what was typed stays (here, in memory) until the flow is done.
Page {
    id: root

    required property AppController app
    // "young_person", "staff" or "demo": which way the user chose.
    property string path: ""
    property string demoRole: "young_person"
    // What was typed, kept across Back and Next. Secrets only in memory, cleared once set up.
    property string codeText: ""
    property string emailText: ""
    property string passwordText: ""
    property string serverText: ""
    property string passphraseText: ""
    property string repeatText: ""
    property bool usePin: false
    property bool showAdvanced: false
    // The code of the last link shown, so a link fills the code step once.
    property string shownLinkCode: ""

    objectName: "setupFlow"

    StackView {
        id: steps
        anchors.fill: parent
        initialItem: welcomeStep
    }

    Connections {
        target: root.app
        // Back at the first run after this device was revoked: start from the first step, where the notice is.
        function onSetupNoticeChanged() {
            if (root.app.setupNotice.length > 0) {
                root.forget();
                steps.pop(null);
            }
        }
        // A PA's QR code or link opened the app: its code is ready to use.
        function onSignInStateChanged() {
            root.showLinkCode();
        }
        function onStageChanged() {
            if (root.app.stage === AppController.Ready)
                root.forget();
        }
    }
    Component.onCompleted: root.showLinkCode()

    Component {
        id: welcomeStep
        SetupStep {
            canGoBack: false
            LanguageChoice {
                languages: root.app.languages
            }
            BodyText {
                visible: root.app.setupNotice.length > 0
                text: root.app.setupNotice
                font.bold: true
                Accessible.role: Accessible.AlertMessage
            }
            Heading {
                text: qsTr("Welcome to Pathway", "@title")
                size: Units.headingFont
            }
            BodyText {
                text: qsTr("Your plan, your documents and your PA, on your phone. It works without internet.", "@info")
            }
            PathwayButton {
                Layout.fillWidth: true
                Layout.minimumHeight: Units.youngPersonTouchTarget
                highlighted: true
                text: qsTr("I have a code from my PA", "@action:button")
                font.pixelSize: Units.largeFont
                Accessible.name: text
                onClicked: root.choose("young_person", codeStep)
            }
            PathwayButton {
                Layout.fillWidth: true
                Layout.minimumHeight: Units.youngPersonTouchTarget
                text: qsTr("I work for the council: sign in", "@action:button")
                font.pixelSize: Units.largeFont
                Accessible.name: text
                onClicked: root.choose("staff", signInStep)
            }
            PathwayButton {
                Layout.fillWidth: true
                Layout.minimumHeight: Units.youngPersonTouchTarget
                flat: true
                text: qsTr("Try the demo (no server needed)", "@action:button")
                font.pixelSize: Units.largeFont
                Accessible.name: text
                onClicked: root.choose("demo", demoStep)
            }
        }
    }

    Component {
        id: codeStep
        SetupStep {
            id: codePage
            canGoBack: !root.app.checkingSignIn
            onBackRequested: steps.pop()
            Connections {
                target: root.app
                enabled: codePage.StackView.status === StackView.Active
                function onSignInAccepted() {
                    steps.push(passphraseStep);
                }
            }
            Heading {
                text: qsTr("Enter your code", "@title")
            }
            BodyText {
                text: qsTr("Your PA gives you a code like 7KQ4-M2XD. If they show you a QR code instead, scan it with your phone's camera.", "@info")
            }
            Label {
                text: qsTr("The code from your PA", "@label:textbox")
                font.pixelSize: Units.bodyFont
            }
            TextField {
                placeholderTextColor: Colours.placeholder
                Layout.fillWidth: true
                text: root.codeText
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase | Qt.ImhNoAutoUppercase
                font.pixelSize: Units.largeFont
                font.letterSpacing: Units.smallSpacing / 2
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("The code from your PA", "@label:textbox")
                onTextEdited: root.codeText = text
                onAccepted: root.app.prepareEnrolment(root.codeText, root.serverText)
            }
            BodyText {
                visible: root.app.serverAddress.length === 0 && root.serverText.length === 0
                text: qsTr("This app does not know your council's server yet. Ask your PA to show you the QR code for your phone, and scan it with your camera, or to send you the link.", "@info")
            }
            BodyText {
                visible: root.app.signInError.length > 0
                text: root.app.signInError
                color: Colours.errorText
                Accessible.role: Accessible.AlertMessage
            }
            PathwayButton {
                Layout.fillWidth: true
                Layout.minimumHeight: Units.youngPersonTouchTarget
                highlighted: true
                enabled: !root.app.busy
                text: qsTr("Next", "@action:button")
                font.pixelSize: Units.largeFont
                Accessible.name: text
                onClicked: root.app.prepareEnrolment(root.codeText, root.serverText)
            }
            CheckingIndicator {
                app: root.app
            }
            SetupAdvanced {
                app: root.app
                serverText: root.serverText
                expanded: root.showAdvanced
                onExpandedChanged: root.showAdvanced = expanded
                onServerEdited: text => root.serverText = text
            }
        }
    }

    Component {
        id: signInStep
        SetupStep {
            id: signInPage
            canGoBack: !root.app.checkingSignIn
            onBackRequested: steps.pop()
            Connections {
                target: root.app
                enabled: signInPage.StackView.status === StackView.Active
                function onSignInAccepted() {
                    steps.push(passphraseStep);
                }
            }
            Heading {
                text: qsTr("Sign in", "@title")
            }
            Label {
                text: qsTr("Work e-mail", "@label:textbox")
                font.pixelSize: Units.bodyFont
            }
            TextField {
                placeholderTextColor: Colours.placeholder
                Layout.fillWidth: true
                text: root.emailText
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Work e-mail", "@label:textbox")
                onTextEdited: root.emailText = text
            }
            Label {
                text: qsTr("Password", "@label:textbox")
                font.pixelSize: Units.bodyFont
            }
            TextField {
                placeholderTextColor: Colours.placeholder
                Layout.fillWidth: true
                text: root.passwordText
                echoMode: TextInput.Password
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Password", "@label:textbox")
                onTextEdited: root.passwordText = text
                onAccepted: root.app.prepareSignIn(root.serverText, root.emailText, root.passwordText, "")
            }
            BodyText {
                visible: root.app.signInError.length > 0
                text: root.app.signInError
                color: Colours.errorText
                Accessible.role: Accessible.AlertMessage
            }
            PathwayButton {
                Layout.fillWidth: true
                Layout.minimumHeight: Units.youngPersonTouchTarget
                highlighted: true
                enabled: !root.app.busy
                text: qsTr("Next", "@action:button")
                font.pixelSize: Units.largeFont
                Accessible.name: text
                onClicked: root.app.prepareSignIn(root.serverText, root.emailText, root.passwordText, "")
            }
            CheckingIndicator {
                app: root.app
            }
            SetupAdvanced {
                app: root.app
                serverText: root.serverText
                expanded: root.showAdvanced
                onExpandedChanged: root.showAdvanced = expanded
                onServerEdited: text => root.serverText = text
            }
        }
    }

    Component {
        id: demoStep
        SetupStep {
            onBackRequested: steps.pop()
            Heading {
                text: qsTr("Try the demo as…", "@title")
            }
            BodyText {
                text: qsTr("The demo uses made-up people. It is saved, encrypted, on this device only.", "@info")
            }
            Repeater {
                model: [
                    {
                        role: "young_person",
                        label: qsTr("A young person", "@action:button")
                    },
                    {
                        role: "pa",
                        label: qsTr("A personal adviser (PA)", "@action:button")
                    },
                    {
                        role: "manager",
                        label: qsTr("A manager", "@action:button")
                    }
                ]
                delegate: PathwayButton {
                    id: roleButton
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.minimumHeight: Units.youngPersonTouchTarget
                    text: roleButton.modelData.label
                    font.pixelSize: Units.largeFont
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
        SetupStep {
            canGoBack: root.app.stage === AppController.Setup && !root.app.busy
            onBackRequested: {
                root.app.clearError();
                steps.pop();
            }
            Heading {
                text: qsTr("Choose a passphrase or PIN", "@title")
            }
            BodyText {
                text: qsTr("You will need it each time you open Pathway. It keeps your information safe if you lose your phone.", "@info")
            }
            WrappingSwitch {
                id: pinSwitch
                checked: root.usePin
                text: qsTr("Use a PIN (numbers only)", "@option:check")
                onToggled: root.usePin = pinSwitch.checked
            }
            TextField {
                placeholderTextColor: Colours.placeholder
                id: firstField
                Layout.fillWidth: true
                text: root.passphraseText
                echoMode: TextInput.Password
                inputMethodHints: root.usePin ? Qt.ImhDigitsOnly : Qt.ImhNone
                placeholderText: root.usePin ? qsTr("PIN", "@info:placeholder") : qsTr("Passphrase", "@info:placeholder")
                font.pixelSize: Units.largeFont
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("New passphrase or PIN", "@label:textbox")
                onTextEdited: root.passphraseText = text
            }
            TextField {
                placeholderTextColor: Colours.placeholder
                Layout.fillWidth: true
                text: root.repeatText
                echoMode: TextInput.Password
                inputMethodHints: firstField.inputMethodHints
                placeholderText: qsTr("Type it again", "@info:placeholder")
                font.pixelSize: Units.largeFont
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Type it again", "@label:textbox")
                onTextEdited: root.repeatText = text
            }
            BodyText {
                visible: text.length > 0
                color: Colours.errorText
                text: root.app.errorText.length > 0 ? root.app.errorText : root.app.signInError
                Accessible.role: Accessible.AlertMessage
            }
            PathwayButton {
                Layout.fillWidth: true
                Layout.minimumHeight: Units.youngPersonTouchTarget
                highlighted: true
                enabled: !root.app.busy
                text: qsTr("Save and continue", "@action:button")
                font.pixelSize: Units.largeFont
                Accessible.name: text
                onClicked: root.savePassphrase()
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
        SetupStep {
            canGoBack: root.app.stage === AppController.Setup
            onBackRequested: steps.pop()
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
                visible: text.length > 0
                text: root.app.signInError.length > 0 ? root.app.signInError : root.app.errorText
                Accessible.role: Accessible.AlertMessage
            }
            PathwayButton {
                visible: root.app.signInError.length > 0 && root.app.stage === AppController.FirstSync
                Layout.fillWidth: true
                Layout.minimumHeight: Units.touchTarget
                highlighted: true
                text: qsTr("Try again", "@action:button")
                font.pixelSize: Units.bodyFont
                Accessible.description: qsTr("Tries the first sync again", "@info:accessible")
                onClicked: root.app.retryFirstSync()
            }
            PathwayButton {
                visible: root.app.signInError.length > 0 && root.app.stage === AppController.FirstSync
                Layout.fillWidth: true
                Layout.minimumHeight: Units.touchTarget
                text: qsTr("Continue without it", "@action:button")
                font.pixelSize: Units.bodyFont
                Accessible.description: qsTr("Continues without the first sync", "@info:accessible")
                onClicked: root.app.skipFirstSync()
            }
        }
    }

    function choose(path: string, step: Component) {
        root.path = path;
        root.app.clearError();
        steps.push(step);
    }

    function savePassphrase() {
        if (root.path === "demo") {
            root.app.startDemoAs(root.demoRole, root.passphraseText, root.repeatText);
            return;
        }
        root.app.finishSignIn(root.passphraseText, root.repeatText);
        if (root.app.stage === AppController.FirstSync)
            steps.push(firstSyncStep);
    }

    function showLinkCode() {
        if (root.app.linkCode.length === 0 || root.app.linkCode === root.shownLinkCode || root.app.stage !== AppController.Setup)
            return;
        root.shownLinkCode = root.app.linkCode;
        root.path = "young_person";
        root.codeText = root.app.linkCode;
        steps.pop(null);
        steps.push(codeStep);
    }

    // The screenshot tour opens a step by name: "code", "signin" (with Advanced open) or "passphrase".
    function openStep(name: string) {
        steps.pop(null);
        root.showAdvanced = name === "signin";
        if (name === "code")
            root.choose("young_person", codeStep);
        else if (name === "signin")
            root.choose("staff", signInStep);
        else if (name === "passphrase")
            root.choose("demo", passphraseStep);
    }

    // Nothing typed outlives the flow: once set up (or wiped), the fields start empty.
    function forget() {
        root.passwordText = "";
        root.passphraseText = "";
        root.repeatText = "";
        root.codeText = "";
        root.emailText = "";
        root.serverText = "";
    }
}

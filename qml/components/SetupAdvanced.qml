// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// "Advanced" on a sign-in step: which server the app connects to, and a field to use another one.
ColumnLayout {
    id: root

    required property AppController app
    // What the user typed (empty: the app's own server); kept by the flow across steps.
    required property string serverText
    property bool expanded: false

    signal serverEdited(string text)

    Layout.fillWidth: true
    spacing: Units.spacing

    PathwayButton {
        flat: true
        Layout.minimumHeight: Units.touchTarget
        text: root.expanded ? qsTr("Hide advanced settings", "@action:button") : qsTr("Advanced", "@action:button")
        font.pixelSize: Units.bodyFont
        Accessible.name: text
        onClicked: root.expanded = !root.expanded
    }
    BodyText {
        visible: root.expanded && root.app.serverAddress.length > 0
        //: %1 is a web address, e.g. https://pathway.northbrook.gov.uk
        text: qsTr("This app connects to %1.", "@info").arg(root.app.serverAddress)
    }
    BodyText {
        visible: root.expanded
        text: qsTr("Another server address (only if your council gave you one)", "@label:textbox")
        Accessible.ignored: true
    }
    TextField {
        placeholderTextColor: Colours.placeholder
        visible: root.expanded
        Layout.fillWidth: true
        text: root.serverText
        placeholderText: qsTr("https://pathway.example.org", "@info:placeholder")
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        font.pixelSize: Units.bodyFont
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Another server address (only if your council gave you one)", "@label:textbox")
        onTextEdited: root.serverEdited(text)
    }
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Above every main page while the server no longer accepts this device's sign-in: says that
// the work is safe on the device, how much waits to go up, and offers to sign in again.
Pane {
    id: root

    required property AppController app
    readonly property int waiting: root.app.sync.pendingChanges
    readonly property string message: root.waiting > 0
        //: Banner on every page when the login has expired; %n is the number of changes not yet sent
        ? qsTr("Your sign-in has expired. Your changes are kept on this device: %n waiting to go up.", "@info", root.waiting)
        : qsTr("Your sign-in has expired. Your changes are kept on this device.", "@info")

    signal signInRequested

    visible: root.app.signInAgain.expired
    Layout.fillWidth: true
    padding: Units.largeSpacing
    topPadding: Units.spacing
    bottomPadding: Units.spacing
    Material.elevation: 2
    Material.background: Colours.bannerBackground
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.message

    FlatBackground {
        target: root.background
    }

    // Side by side when there is room; the button goes under the text on a phone or at large text sizes.
    GridLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        columns: root.width >= Units.gridUnit * 30 && Units.fontScale < 1.5 ? 2 : 1
        columnSpacing: Units.largeSpacing
        rowSpacing: Units.spacing

        Label {
            Layout.fillWidth: true
            text: root.message
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            font.pixelSize: Units.bodyFont
            font.bold: true
            color: Colours.bannerText
            Accessible.ignored: true
        }
        PathwayButton {
            Layout.minimumHeight: Units.touchTarget
            Layout.alignment: Qt.AlignVCenter
            highlighted: true
            text: qsTr("Sign in again", "@action:button")
            font.pixelSize: Units.bodyFont
            onClicked: root.signInRequested()
        }
    }
}

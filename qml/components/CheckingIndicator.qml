// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// While the server checks a password or code: a spinner and what is happening, in words.
RowLayout {
    id: root

    required property AppController app

    visible: root.app.checkingSignIn
    Layout.fillWidth: true
    spacing: Units.spacing

    BusyIndicator {
        running: root.visible
        Accessible.ignored: true
    }
    BodyText {
        text: qsTr("Checking with the server…", "@info")
        Accessible.role: Accessible.AlertMessage
    }
}

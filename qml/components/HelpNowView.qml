// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Who to call now, because a PA may not answer at night: the authority's out-of-hours line,
// then 999, Childline and Samaritans. Works offline; a tap opens the phone's dialler.
ColumnLayout {
    id: root

    required property ContactRequestController requests

    Layout.fillWidth: true
    spacing: Units.spacing

    Heading {
        text: qsTr("If you need help now", "@title")
    }
    BodyText {
        text: qsTr("Your PA may not answer straight away, for example at night. You can call:", "@info")
    }
    Repeater {
        model: root.requests.helplines
        delegate: Card {
            id: line
            required property var modelData
            title: line.modelData.name
            subtitle: line.modelData.detail
            //: %1 who (e.g. "Samaritans"), %2 when or for whom
            accessibleText: qsTr("%1: %2", "@info helpline").arg(line.modelData.name).arg(line.modelData.detail)
            PathwayButton {
                id: callButton
                Layout.fillWidth: true
                highlighted: true
                Layout.minimumHeight: Units.youngPersonTouchTarget
                //: %1 a phone number
                text: qsTr("Call %1", "@action:button").arg(line.modelData.number)
                font.pixelSize: Units.largeFont
                Accessible.name: line.modelData.accessibleName
                onClicked: Qt.openUrlExternally(line.modelData.url)
            }
        }
    }
}

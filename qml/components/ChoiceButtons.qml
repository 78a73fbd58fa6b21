// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// One choice out of a few, as a labelled row of buttons that wraps: the options come from a
// controller as [{code, label}], the chosen one is `current`; chosen(code) when tapped.
ColumnLayout {
    id: root

    required property string label
    required property var options
    required property string current

    signal chosen(string code)

    Layout.fillWidth: true
    spacing: Units.smallSpacing

    Label {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Units.bodyFont
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: Units.spacing
        Repeater {
            model: root.options
            delegate: PathwayButton {
                id: choice
                required property var modelData
                checkable: true
                checked: root.current === choice.modelData.code
                highlighted: choice.checked
                text: choice.modelData.label
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.RadioButton
                Accessible.checkable: true
                Accessible.checked: choice.checked
                //: A choice for screen readers: %1 the question, %2 one answer
                Accessible.name: qsTr("%1: %2", "@option:radio").arg(root.label).arg(choice.modelData.label)
                onClicked: root.chosen(choice.modelData.code)
            }
        }
    }
}

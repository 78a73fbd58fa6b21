// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Language, text size, dark theme and auto-lock; lock now.
ScrollPage {
    id: root

    required property AppController app

    title: qsTr("Settings", "@title:page")

    LanguageChoice {
        languages: root.app.languages
    }
    Heading {
        text: qsTr("Text size", "@title")
    }
    Slider {
        id: fontSlider
        Layout.fillWidth: true
        from: 1.0
        to: 2.0
        stepSize: 0.25
        snapMode: Slider.SnapAlways
        value: root.app.settings.fontScale
        Accessible.role: Accessible.Slider
        Accessible.name: qsTr("Text size", "@label:slider")
        onMoved: root.app.settings.fontScale = fontSlider.value
    }
    BodyText {
        //: %1 is a percentage, e.g. 150
        text: qsTr("Text is %1% of normal size.", "@info").arg(Math.round(root.app.settings.fontScale * 100))
    }
    WrappingSwitch {
        id: darkSwitch
        text: qsTr("Dark theme", "@option:check")
        checked: root.app.settings.darkTheme
        onToggled: root.app.settings.darkTheme = darkSwitch.checked
    }
    Heading {
        text: qsTr("Lock", "@title")
    }
    // The question above its box: beside it, a long translation at 200% text is squeezed.
    ColumnLayout {
        Layout.fillWidth: true
        BodyText {
            text: qsTr("Lock after this many minutes without use:", "@label:spinbox")
        }
        SpinBox {
            from: 1
            to: 60
            value: root.app.settings.autoLockMinutes
            font.pixelSize: Units.bodyFont
            Accessible.role: Accessible.SpinBox
            Accessible.name: qsTr("Minutes before locking", "@label:spinbox")
            onValueModified: root.app.settings.autoLockMinutes = value
        }
    }
    PathwayButton {
        Layout.minimumHeight: Units.touchTarget
        text: qsTr("Lock now", "@action:button")
        font.pixelSize: Units.bodyFont
        onClicked: root.app.lock()
    }
}

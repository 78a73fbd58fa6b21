// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Choosing a day from a calendar, and with withTime an hour and a minute: what DateField and
// DateTimeField open. Nothing is typed as a date. Outside minimum..maximum (each optional) it
// says why and cannot be confirmed.
PathwayDialog {
    id: root

    property bool withTime: false
    // The earliest and latest allowed (local time); invalid: no limit.
    property date minimum
    property date maximum
    // The value being chosen (local time).
    property date value
    readonly property bool tooEarly: root.isValid(root.minimum) && root.isValid(root.value) && (root.withTime ? root.value.getTime() < root.minimum.getTime() : calendar.dayNumber(root.value) < calendar.dayNumber(root.minimum))
    readonly property bool tooLate: root.isValid(root.maximum) && root.isValid(root.value) && (root.withTime ? root.value.getTime() > root.maximum.getTime() : calendar.dayNumber(root.value) > calendar.dayNumber(root.maximum))
    readonly property var dialogLocale: Qt.locale()

    // Confirmed: the value chosen.
    signal chosen(date value)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Units.maxFormWidth, parent ? parent.width - Units.spacing * 2 : Units.maxFormWidth)
    height: Math.min(root.implicitHeight, parent ? parent.height - Units.spacing * 2 : root.implicitHeight)
    focus: true
    padding: Units.largeSpacing

    onValueChanged: {
        if (!root.isValid(root.value))
            return;
        hours.value = root.value.getHours();
        minutes.value = root.value.getMinutes();
    }
    onAccepted: root.chosen(root.value)

    Flickable {
        id: flick
        anchors.fill: parent
        implicitWidth: column.implicitWidth
        implicitHeight: column.implicitHeight
        contentWidth: width
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: flick.width
            spacing: Units.spacing

            CalendarMonth {
                id: calendar
                Layout.fillWidth: true
                selectedDate: root.value
                minimumDate: root.minimum
                maximumDate: root.maximum
                focus: true
                onDayChosen: day => root.value = root.withTime ? new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours.value, minutes.value) : day
                onDayActivated: {
                    if (!root.tooEarly && !root.tooLate)
                        root.accept();
                }
            }
            Label {
                visible: root.withTime
                text: qsTr("Time", "@label:spinbox")
                font.pixelSize: Units.bodyFont
                Accessible.ignored: true
            }
            Flow {
                Layout.fillWidth: true
                visible: root.withTime
                spacing: Units.smallSpacing
                SpinBox {
                    id: hours
                    width: Math.max(Units.gridUnit * 7, hours.implicitContentWidth + Units.touchTarget * 2)
                    from: 0
                    to: 23
                    wrap: true
                    editable: true
                    font.pixelSize: Units.bodyFont
                    textFromValue: (value, locale) => new Date(2000, 0, 1, value).toLocaleTimeString(root.dialogLocale, "HH")
                    valueFromText: (text, locale) => root.numberFrom(text, hours.value)
                    Accessible.role: Accessible.SpinBox
                    Accessible.name: qsTr("Hour", "@label:spinbox")
                    onValueModified: root.setTime(hours.value, minutes.value)
                }
                Label {
                    height: hours.height
                    verticalAlignment: Text.AlignVCenter
                    //: Between the hour and the minute of a time
                    text: qsTr(":", "@label time separator")
                    font.pixelSize: Units.largeFont
                    Accessible.ignored: true
                }
                SpinBox {
                    id: minutes
                    width: Math.max(Units.gridUnit * 7, minutes.implicitContentWidth + Units.touchTarget * 2)
                    from: 0
                    to: 59
                    wrap: true
                    editable: true
                    font.pixelSize: Units.bodyFont
                    textFromValue: (value, locale) => new Date(2000, 0, 1, 0, value).toLocaleTimeString(root.dialogLocale, "mm")
                    valueFromText: (text, locale) => root.numberFrom(text, minutes.value)
                    Accessible.role: Accessible.SpinBox
                    Accessible.name: qsTr("Minute", "@label:spinbox")
                    onValueModified: root.setTime(hours.value, minutes.value)
                }
            }
            PathwayButton {
                flat: true
                text: root.withTime ? qsTr("Now", "@action:button") : qsTr("Today", "@action:button")
                font.pixelSize: Units.bodyFont
                Accessible.name: text
                onClicked: root.setNow()
            }
            Label {
                Layout.fillWidth: true
                visible: root.tooEarly || root.tooLate
                wrapMode: Text.Wrap
                text: root.tooLate
                    //: %1 the latest date (or date and time) allowed
                    ? qsTr("Choose %1 or earlier.", "@info").arg(root.textOf(root.maximum))
                    //: %1 the earliest date (or date and time) allowed
                    : qsTr("Choose %1 or later.", "@info").arg(root.textOf(root.minimum))
                font.pixelSize: Units.bodyFont
                font.bold: true
                color: Colours.attentionText
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }

    footer: Item {
        implicitHeight: buttons.implicitHeight + Units.spacing * 2
        // Aligned to the end edge, the main action last in reading order.
        Flow {
            id: buttons
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Units.spacing
            spacing: Units.spacing
            layoutDirection: Qt.RightToLeft // mirrored to left-to-right in right-to-left languages
            PathwayButton {
                text: qsTr("Choose", "@action:button")
                enabled: !root.tooEarly && !root.tooLate && root.isValid(root.value)
                flat: true
                Material.foreground: root.Material.accent
                font.pixelSize: Units.bodyFont
                Accessible.name: text
                onClicked: root.accept()
            }
            PathwayButton {
                flat: true
                Material.foreground: root.Material.accent
                text: qsTr("Cancel", "@action:button")
                font.pixelSize: Units.bodyFont
                Accessible.name: text
                onClicked: root.reject()
            }
        }
    }

    function isValid(d) {
        return d instanceof Date && !isNaN(d.getTime());
    }

    // A date (or date and time) as the user reads it in their locale.
    function textOf(d) {
        if (!root.isValid(d))
            return "";
        const day = d.toLocaleDateString(root.dialogLocale, Locale.LongFormat);
        //: A date and a time: %1 date, %2 time
        return root.withTime ? qsTr("%1, %2", "@info date and time").arg(day).arg(d.toLocaleTimeString(root.dialogLocale, Locale.ShortFormat)) : day;
    }

    function numberFrom(text: string, fallback: int): int {
        const n = Number.fromLocaleString(root.dialogLocale, text);
        return isNaN(n) ? fallback : n;
    }

    function setTime(hour: int, minute: int) {
        const d = root.isValid(root.value) ? root.value : new Date();
        root.value = new Date(d.getFullYear(), d.getMonth(), d.getDate(), hour, minute);
    }

    // Now (or today), but never past the latest allowed.
    function setNow() {
        let now = new Date();
        if (root.isValid(root.maximum) && now.getTime() > root.maximum.getTime())
            now = root.maximum;
        const chosen = root.withTime ? new Date(now.getFullYear(), now.getMonth(), now.getDate(), now.getHours(), now.getMinutes()) : new Date(now.getFullYear(), now.getMonth(), now.getDate());
        root.value = chosen;
        calendar.showDate(chosen);
    }

    // Opens on @p initial (now or today when invalid).
    function openWith(initial) {
        if (root.isValid(initial)) {
            root.value = root.withTime ? initial : new Date(initial.getFullYear(), initial.getMonth(), initial.getDate());
            calendar.showDate(initial);
        } else {
            root.setNow();
        }
        root.open();
        calendar.forceActiveFocus();
    }
}

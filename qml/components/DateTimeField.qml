// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A date and time, shown in the locale's own format, chosen from a calendar and hour and minute
// spin boxes: never typed. Bind or set selectedDateTime, read it (or isoDateTime), and react
// to picked().
ColumnLayout {
    id: root

    // What the time is ("When"): shown above, and in the accessible name.
    property string label: ""
    // The chosen date and time (local); invalid: none chosen yet.
    property date selectedDateTime
    // The earliest and latest that may be chosen; invalid: no limit.
    property date minimumDateTime
    property date maximumDateTime
    readonly property bool hasDateTime: root.isValid(root.selectedDateTime)
    // The chosen instant in ISO 8601, UTC (empty when none), for controllers that take ISO.
    readonly property string isoDateTime: root.hasDateTime ? root.selectedDateTime.toISOString() : ""
    // The chosen date and time as the user reads them.
    readonly property string displayText: root.hasDateTime
        //: A date and a time: %1 date, %2 time
        ? qsTr("%1, %2", "@info date and time").arg(root.selectedDateTime.toLocaleDateString(Qt.locale(), Locale.LongFormat)).arg(root.selectedDateTime.toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
        : ""

    // The user chose a date and time (selectedDateTime is already set).
    signal picked(date dateTime)

    Layout.fillWidth: true
    spacing: Units.smallSpacing

    Label {
        Layout.fillWidth: true
        visible: root.label.length > 0
        text: root.label
        wrapMode: Text.Wrap
        font.pixelSize: Units.bodyFont
        Accessible.ignored: true
    }
    PathwayButton {
        id: button
        Layout.fillWidth: true
        Layout.minimumHeight: Units.touchTarget
        text: root.hasDateTime ? root.displayText : qsTr("Choose a date and time", "@action:button")
        font.pixelSize: Units.bodyFont
        contentItem: Label {
            text: button.text
            font: button.font
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            verticalAlignment: Text.AlignVCenter
            color: button.Material.foreground
        }
        //: A date and time field: %1 what it is, %2 the date and time (or "Choose a date and time")
        Accessible.name: root.label.length > 0 ? qsTr("%1: %2", "@action:button").arg(root.label).arg(button.text) : button.text
        Accessible.description: qsTr("Opens a calendar", "@info")
        onClicked: root.open()
    }

    DateTimeDialog {
        id: dialog
        withTime: true
        title: root.label.length > 0 ? root.label : qsTr("Choose a date and time", "@title:window")
        minimum: root.minimumDateTime
        maximum: root.maximumDateTime
        onChosen: value => {
            root.selectedDateTime = value;
            root.picked(value);
        }
    }

    // Opens the calendar on the chosen date and time (now when none).
    function open() {
        dialog.openWith(root.selectedDateTime);
    }

    function close() {
        dialog.close();
    }

    function isValid(d) {
        return d instanceof Date && !isNaN(d.getTime());
    }
}

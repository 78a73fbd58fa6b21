// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A date, shown in the locale's own format, chosen from a calendar: never typed. Bind or set
// selectedDate (or setIsoDate()), read selectedDate or isoDate, and react to picked().
ColumnLayout {
    id: root

    // What the date is ("Date of the appointment"): shown above, and in the accessible name.
    property string label: ""
    // The chosen day (local midnight); invalid: none chosen yet.
    property date selectedDate
    // The earliest and latest day that may be chosen; invalid: no limit.
    property date minimumDate
    property date maximumDate
    readonly property bool hasDate: root.isValid(root.selectedDate)
    // The chosen day as yyyy-MM-dd (empty when none), for controllers that take ISO dates.
    readonly property string isoDate: root.hasDate ? Qt.formatDate(root.selectedDate, "yyyy-MM-dd") : ""
    // The chosen day as the user reads it.
    readonly property string displayText: root.hasDate ? root.selectedDate.toLocaleDateString(Qt.locale(), Locale.LongFormat) : ""

    // The user chose a day (selectedDate is already set).
    signal picked(date date)

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
        text: root.hasDate ? root.displayText : qsTr("Choose a date", "@action:button")
        font.pixelSize: Units.bodyFont
        contentItem: Label {
            text: button.text
            font: button.font
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            verticalAlignment: Text.AlignVCenter
            color: button.Material.foreground
        }
        //: A date field: %1 what the date is, %2 the date (or "Choose a date")
        Accessible.name: root.label.length > 0 ? qsTr("%1: %2", "@action:button").arg(root.label).arg(button.text) : button.text
        Accessible.description: qsTr("Opens a calendar", "@info")
        onClicked: root.open()
    }

    DateTimeDialog {
        id: dialog
        withTime: false
        title: root.label.length > 0 ? root.label : qsTr("Choose a date", "@title:window")
        minimum: root.minimumDate
        maximum: root.maximumDate
        onChosen: value => {
            root.selectedDate = value;
            root.picked(value);
        }
    }

    // Opens the calendar on the chosen day (today when none).
    function open() {
        dialog.openWith(root.selectedDate);
    }

    // Sets the day from yyyy-MM-dd (anything else clears it).
    function setIsoDate(iso: string) {
        root.selectedDate = root.dayOf(iso);
    }

    // The day of yyyy-MM-dd at local midnight (invalid for anything else), e.g. for maximumDate.
    function dayOf(iso: string): date {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
        return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(NaN);
    }

    function close() {
        dialog.close();
    }

    function isValid(d) {
        return d instanceof Date && !isNaN(d.getTime());
    }
}

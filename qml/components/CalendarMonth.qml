// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// One month of days to choose from, in the locale's week order, with month and year steps.
// Days outside minimumDate..maximumDate (each optional) cannot be chosen. Keys: arrows move a
// day or a week, Page Up/Down a month, Enter confirms (dayActivated).
FocusScope {
    id: root

    // The chosen day (local midnight); invalid: none yet.
    property date selectedDate
    property date minimumDate
    property date maximumDate
    // The month shown: 0 (January) to 11, and its year.
    property int shownMonth: new Date().getMonth()
    property int shownYear: new Date().getFullYear()
    readonly property var calendarLocale: Qt.locale()

    // A day was chosen (tap, key or screen reader).
    signal dayChosen(date day)
    // Enter on the keyboard: choose the selected day and close.
    signal dayActivated

    implicitWidth: layout.implicitWidth
    implicitHeight: layout.implicitHeight
    activeFocusOnTab: true
    Accessible.role: Accessible.Table
    //: The calendar as a screen reader names it; %1 month and year
    Accessible.name: qsTr("Calendar, %1", "@info").arg(title.text)

    Keys.onPressed: event => {
        const forward = root.LayoutMirroring.enabled ? -1 : 1;
        let step = 0;
        if (event.key === Qt.Key_Left)
            step = -forward;
        else if (event.key === Qt.Key_Right)
            step = forward;
        else if (event.key === Qt.Key_Up)
            step = -7;
        else if (event.key === Qt.Key_Down)
            step = 7;
        if (step !== 0) {
            root.moveBy(step, 0);
            event.accepted = true;
        } else if (event.key === Qt.Key_PageUp || event.key === Qt.Key_PageDown) {
            root.moveBy(0, event.key === Qt.Key_PageUp ? -1 : 1);
            event.accepted = true;
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space) {
            if (root.isValid(root.selectedDate))
                root.dayActivated();
            event.accepted = true;
        }
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
        spacing: Units.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            spacing: 0
            ToolButton {
                Layout.minimumWidth: Units.touchTarget
                Layout.minimumHeight: Units.touchTarget
                enabled: root.monthAllowed(root.shownYear - 1, root.shownMonth, true)
                // Double arrow back one year; mirrored in right-to-left languages
                text: root.LayoutMirroring.enabled ? "»" : "«"
                font.pixelSize: Units.largeFont
                focusPolicy: Qt.NoFocus
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Previous year", "@action:button")
                Accessible.onPressAction: root.showMonth(root.shownYear - 1, root.shownMonth)
                onClicked: root.showMonth(root.shownYear - 1, root.shownMonth)
            }
            ToolButton {
                Layout.minimumWidth: Units.touchTarget
                Layout.minimumHeight: Units.touchTarget
                enabled: root.monthAllowed(root.shownYear, root.shownMonth - 1, true)
                // Arrow back one month; mirrored in right-to-left languages
                text: root.LayoutMirroring.enabled ? "›" : "‹"
                font.pixelSize: Units.largeFont
                focusPolicy: Qt.NoFocus
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Previous month", "@action:button")
                Accessible.onPressAction: root.showMonth(root.shownYear, root.shownMonth - 1)
                onClicked: root.showMonth(root.shownYear, root.shownMonth - 1)
            }
            Label {
                id: title
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                //: A calendar's heading: %1 month name, %2 year
                text: qsTr("%1 %2", "@title:group month and year").arg(root.calendarLocale.standaloneMonthName(root.shownMonth, Locale.LongFormat)).arg(new Date(root.shownYear, root.shownMonth, 1).toLocaleDateString(root.calendarLocale, "yyyy"))
                font.pixelSize: Units.bodyFont
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: title.text
            }
            ToolButton {
                Layout.minimumWidth: Units.touchTarget
                Layout.minimumHeight: Units.touchTarget
                enabled: root.monthAllowed(root.shownYear, root.shownMonth + 1, false)
                // Arrow on one month; mirrored in right-to-left languages
                text: root.LayoutMirroring.enabled ? "‹" : "›"
                font.pixelSize: Units.largeFont
                focusPolicy: Qt.NoFocus
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Next month", "@action:button")
                Accessible.onPressAction: root.showMonth(root.shownYear, root.shownMonth + 1)
                onClicked: root.showMonth(root.shownYear, root.shownMonth + 1)
            }
            ToolButton {
                Layout.minimumWidth: Units.touchTarget
                Layout.minimumHeight: Units.touchTarget
                enabled: root.monthAllowed(root.shownYear + 1, root.shownMonth, false)
                // Double arrow on one year; mirrored in right-to-left languages
                text: root.LayoutMirroring.enabled ? "«" : "»"
                font.pixelSize: Units.largeFont
                focusPolicy: Qt.NoFocus
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Next year", "@action:button")
                Accessible.onPressAction: root.showMonth(root.shownYear + 1, root.shownMonth)
                onClicked: root.showMonth(root.shownYear + 1, root.shownMonth)
            }
        }

        GridLayout {
            id: grid
            Layout.fillWidth: true
            columns: 7
            rowSpacing: 0
            columnSpacing: 0

            Repeater {
                model: 7
                delegate: Label {
                    id: weekday
                    required property int index
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    horizontalAlignment: Text.AlignHCenter
                    text: root.calendarLocale.dayName((root.calendarLocale.firstDayOfWeek + weekday.index) % 7, Locale.NarrowFormat)
                    font.pixelSize: Units.smallFont
                    opacity: 0.7
                    Accessible.ignored: true
                }
            }
            Repeater {
                model: 42
                delegate: AbstractButton {
                    id: day
                    required property int index
                    readonly property date cellDay: root.cellDate(day.index)
                    readonly property bool inMonth: day.cellDay.getMonth() === root.shownMonth
                    readonly property bool chosen: root.sameDay(day.cellDay, root.selectedDate)
                    readonly property bool isToday: root.sameDay(day.cellDay, new Date())

                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: Math.max(Units.touchTarget * 0.85, day.implicitContentHeight + Units.spacing)
                    enabled: root.dayAllowed(day.cellDay)
                    focusPolicy: Qt.NoFocus
                    checkable: true
                    checked: day.chosen
                    Accessible.role: Accessible.Button
                    Accessible.checkable: true
                    Accessible.checked: day.chosen
                    Accessible.name: day.cellDay.toLocaleDateString(root.calendarLocale, Locale.LongFormat)
                    Accessible.onPressAction: root.choose(day.cellDay)
                    onClicked: root.choose(day.cellDay)

                    contentItem: Label {
                        text: day.cellDay.toLocaleDateString(root.calendarLocale, "d")
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        font.pixelSize: Units.bodyFont
                        font.bold: day.isToday
                        color: day.chosen ? root.Material.background : root.Material.foreground
                        opacity: !day.enabled ? 0.3 : (day.inMonth ? 1 : 0.55)
                    }
                    background: Rectangle {
                        anchors.centerIn: parent
                        width: Math.min(parent.width, parent.height) - Units.smallSpacing
                        height: width
                        radius: width / 2
                        color: day.chosen ? root.Material.accent : "transparent"
                        border.width: day.isToday && !day.chosen ? Units.borderWidth : (root.activeFocus && day.chosen ? Units.focusWidth : 0)
                        border.color: root.Material.accent
                    }
                }
            }
        }
    }

    // Untyped: qmllint 6.4 crashes now and then on methods called on typed date parameters.
    function isValid(d) {
        return d instanceof Date && !isNaN(d.getTime());
    }

    // A day as a number that orders by date: yyyymmdd.
    function dayNumber(d) {
        return d.getFullYear() * 10000 + d.getMonth() * 100 + d.getDate();
    }

    function sameDay(a, b) {
        return root.isValid(a) && root.isValid(b) && root.dayNumber(a) === root.dayNumber(b);
    }

    function dayAllowed(d) {
        if (root.isValid(root.minimumDate) && root.dayNumber(d) < root.dayNumber(root.minimumDate))
            return false;
        return !(root.isValid(root.maximumDate) && root.dayNumber(d) > root.dayNumber(root.maximumDate));
    }

    // Whether any day of a month may be chosen (the step buttons need it). @p backwards: a step back.
    function monthAllowed(year: int, month: int, backwards: bool): bool {
        const first = new Date(year, month, 1);
        const last = new Date(year, month + 1, 0);
        return backwards ? root.dayAllowed(last) || !root.isValid(root.minimumDate) : root.dayAllowed(first) || !root.isValid(root.maximumDate);
    }

    // The day in grid cell @p index: the grid starts on the locale's first day of the week.
    function cellDate(index) {
        const first = new Date(root.shownYear, root.shownMonth, 1);
        const offset = (first.getDay() - root.calendarLocale.firstDayOfWeek + 7) % 7;
        return new Date(root.shownYear, root.shownMonth, 1 - offset + index);
    }

    function showMonth(year: int, month: int) {
        const d = new Date(year, month, 1);
        root.shownYear = d.getFullYear();
        root.shownMonth = d.getMonth();
    }

    // Shows the month of @p d (today when invalid).
    function showDate(d) {
        const shown = root.isValid(d) ? d : new Date();
        root.showMonth(shown.getFullYear(), shown.getMonth());
    }

    function choose(d) {
        if (!root.dayAllowed(d))
            return;
        root.showDate(d);
        root.dayChosen(new Date(d.getFullYear(), d.getMonth(), d.getDate()));
    }

    // Keyboard: moves the chosen day by @p days and @p months, within the allowed range.
    function moveBy(days: int, months: int) {
        const from = root.isValid(root.selectedDate) ? root.selectedDate : new Date();
        let next = new Date(from.getFullYear(), from.getMonth() + months, from.getDate() + days);
        if (months !== 0 && next.getDate() !== from.getDate())
            next = new Date(from.getFullYear(), from.getMonth() + months + 1, 0); // 31 Jan + 1 month: 28/29 Feb
        root.choose(next);
    }
}

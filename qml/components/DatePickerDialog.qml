pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A calendar to choose one day, used by the record editors through DatePickerField: a month
// at a time (arrows), the year with a spin box, a day with a tap. Days outside
// minimumIso..maximumIso cannot be chosen. Dates go in and out as yyyy-MM-dd text, built from
// the calendar's own year, month and day so no time zone can shift them.
Dialog {
    id: root

    // The chosen day when the dialog opens ("": none yet; the calendar starts at startIso).
    property string isoDate: ""
    property string startIso: ""
    property string minimumIso: ""
    property string maximumIso: ""
    // Offers "No date" as well.
    property bool allowNone: false

    // The month on show (month 0-11, as MonthGrid counts) and the day tapped so far.
    property int shownYear: 2000
    property int shownMonth: 0
    property string pendingIso: ""

    signal picked(string isoDate)

    anchors.centerIn: Overlay.overlay
    width: Math.min(Units.gridUnit * 24, (parent?.width ?? Units.gridUnit * 24) - Units.largeSpacing * 2)
    modal: true
    padding: Units.spacing
    standardButtons: root.allowNone ? (Dialog.Ok | Dialog.Cancel | Dialog.Reset) : (Dialog.Ok | Dialog.Cancel)

    onAboutToShow: {
        const start = root.isoDate.length === 10 ? root.isoDate : root.startIso;
        root.pendingIso = root.isoDate;
        root.shownYear = start.length === 10 ? Number(start.substring(0, 4)) : new Date().getFullYear();
        root.shownMonth = start.length === 10 ? Number(start.substring(5, 7)) - 1 : new Date().getMonth();
        const noDate = root.standardButton(Dialog.Reset);
        if (noDate) {
            noDate.text = qsTr("No date", "@action:button");
            noDate.Accessible.name = qsTr("No date", "@action:button");
        }
    }
    onAccepted: {
        if (root.pendingIso.length === 10)
            root.picked(root.pendingIso);
    }
    onReset: {
        root.picked("");
        root.close();
    }

    ColumnLayout {
        width: root.availableWidth
        spacing: Units.smallSpacing

        RowLayout {
            Layout.fillWidth: true
            ToolButton {
                // The arrow points to where the earlier month is, in either reading direction.
                text: root.mirrored ? "\u203A" : "\u2039"
                font.pixelSize: Units.titleFont
                Layout.minimumWidth: Units.touchTarget
                Layout.minimumHeight: Units.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Previous month", "@action:button")
                Accessible.onPressAction: root.moveMonth(-1)
                onClicked: root.moveMonth(-1)
            }
            Label {
                Layout.fillWidth: true
                //: The month on show in a calendar: %1 the month's name, %2 the year
                text: qsTr("%1 %2", "@title:calendar").arg(Qt.locale().standaloneMonthName(root.shownMonth, Locale.LongFormat)).arg(root.shownYear)
                font.pixelSize: Units.largeFont
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ToolButton {
                text: root.mirrored ? "\u2039" : "\u203A"
                font.pixelSize: Units.titleFont
                Layout.minimumWidth: Units.touchTarget
                Layout.minimumHeight: Units.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Next month", "@action:button")
                Accessible.onPressAction: root.moveMonth(1)
                onClicked: root.moveMonth(1)
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Units.spacing
            Label {
                text: qsTr("Year", "@label:spinbox")
                font.pixelSize: Units.bodyFont
                Accessible.ignored: true
            }
            SpinBox {
                id: yearBox
                from: root.minimumIso.length === 10 ? Number(root.minimumIso.substring(0, 4)) : 1900
                to: root.maximumIso.length === 10 ? Number(root.maximumIso.substring(0, 4)) : 2100
                value: root.shownYear
                editable: false
                font.pixelSize: Units.bodyFont
                textFromValue: (value, locale) => Number(value).toString()
                Accessible.role: Accessible.SpinBox
                Accessible.name: qsTr("Year %1", "@label:spinbox").arg(yearBox.value)
                onValueModified: root.shownYear = yearBox.value
            }
        }
        DayOfWeekRow {
            Layout.fillWidth: true
            Accessible.ignored: true
            delegate: Label {
                required property string shortName
                text: shortName
                // Some languages' short day names are whole words: they shrink to fit the column.
                font.pixelSize: Units.smallFont
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Math.round(Units.smallFont * 0.6)
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
        MonthGrid {
            id: grid
            Layout.fillWidth: true
            month: root.shownMonth
            year: root.shownYear
            spacing: 0
            delegate: AbstractButton {
                id: dayCell
                required property int day
                required property int month
                required property int year
                required property bool today
                readonly property string iso: root.isoOf(dayCell.year, dayCell.month, dayCell.day)
                readonly property bool inMonth: dayCell.month === grid.month
                readonly property bool chosen: dayCell.iso === root.pendingIso
                implicitHeight: Units.touchTarget * 0.85
                opacity: dayCell.inMonth ? (dayCell.enabled ? 1 : 0.35) : 0
                enabled: dayCell.inMonth && root.withinRange(dayCell.iso)
                focusPolicy: Qt.StrongFocus
                contentItem: Label {
                    text: dayCell.day
                    font.pixelSize: Units.bodyFont
                    font.bold: dayCell.today || dayCell.chosen
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    color: dayCell.chosen ? "#ffffff" : dayCell.Material.foreground
                }
                background: Rectangle {
                    radius: height / 2
                    color: dayCell.chosen ? dayCell.Material.accentColor : "transparent"
                    border.width: dayCell.today && !dayCell.chosen ? Units.borderWidth : 0
                    border.color: dayCell.Material.accentColor
                }
                Accessible.role: Accessible.Button
                Accessible.name: new Date(dayCell.year, dayCell.month, dayCell.day).toLocaleDateString(Qt.locale(), Locale.LongFormat)
                Accessible.onPressAction: root.pendingIso = dayCell.iso
                onClicked: root.pendingIso = dayCell.iso
                onDoubleClicked: {
                    root.pendingIso = dayCell.iso;
                    root.accept();
                }
            }
        }
        Label {
            Layout.fillWidth: true
            text: root.pendingIso.length === 10 ? root.longText(root.pendingIso) : qsTr("Tap a day.", "@info")
            font.pixelSize: Units.bodyFont
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    function moveMonth(step: int) {
        let m = root.shownMonth + step;
        let y = root.shownYear;
        if (m < 0) {
            m = 11;
            y -= 1;
        } else if (m > 11) {
            m = 0;
            y += 1;
        }
        if (y < yearBox.from || y > yearBox.to)
            return;
        root.shownMonth = m;
        root.shownYear = y;
    }

    // yyyy-MM-dd from a year, a month (0-11) and a day.
    function isoOf(year: int, month: int, day: int): string {
        return String(year).padStart(4, "0") + "-" + String(month + 1).padStart(2, "0") + "-" + String(day).padStart(2, "0");
    }

    function withinRange(iso: string): bool {
        return (root.minimumIso.length !== 10 || iso >= root.minimumIso) && (root.maximumIso.length !== 10 || iso <= root.maximumIso);
    }

    // A yyyy-MM-dd day in the locale's long format.
    function longText(iso: string): string {
        return new Date(Number(iso.substring(0, 4)), Number(iso.substring(5, 7)) - 1, Number(iso.substring(8, 10))).toLocaleDateString(Qt.locale(), Locale.LongFormat);
    }
}

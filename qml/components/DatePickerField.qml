pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A labelled date of a record editor: shows the day in the locale's words and opens the
// calendar (DatePickerDialog) to change it. Never a typed date. Emits edited() with the new
// yyyy-MM-dd ("" for no date when allowNone).
ColumnLayout {
    id: root

    required property string label
    property string isoDate: ""
    property string startIso: ""
    property string minimumIso: ""
    property string maximumIso: ""
    property bool allowNone: false

    signal edited(string isoDate)

    Layout.fillWidth: true
    spacing: Units.smallSpacing

    Label {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Units.bodyFont
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
    Button {
        id: button
        Layout.fillWidth: true
        Layout.minimumHeight: Units.touchTarget
        flat: false
        text: root.isoDate.length === 10 ? picker.longText(root.isoDate) : qsTr("No date. Choose one", "@action:button")
        font.pixelSize: Units.bodyFont
        font.capitalization: Font.MixedCase
        Accessible.role: Accessible.Button
        //: A date field for screen readers: %1 its label, %2 the date shown
        Accessible.name: qsTr("%1: %2", "@action:button date field").arg(root.label).arg(button.text)
        Accessible.onPressAction: picker.open()
        onClicked: picker.open()
    }
    DatePickerDialog {
        id: picker
        objectName: "datePicker"
        title: root.label
        isoDate: root.isoDate
        startIso: root.startIso
        minimumIso: root.minimumIso
        maximumIso: root.maximumIso
        allowNone: root.allowNone
        onPicked: iso => root.edited(iso)
    }
}

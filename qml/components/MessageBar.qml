import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// The result of the last action ("Saved on this device", or what went wrong).
Label {
    id: root
    Layout.fillWidth: true
    visible: root.text.length > 0
    wrapMode: Text.Wrap
    font.pixelSize: Units.bodyFont
    font.bold: true
    padding: Units.spacing
    background: Rectangle {
        radius: Units.radius
        color: root.Material.theme === Material.Dark ? "#1b3a1f" : "#e8f5e9"
    }
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.text
}

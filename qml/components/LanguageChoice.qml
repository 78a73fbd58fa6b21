// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// The app's language: each listed in its own words; choosing one changes every page at once and is remembered.
ColumnLayout {
    id: root

    required property Languages languages

    Layout.fillWidth: true
    spacing: Units.smallSpacing

    Label {
        id: caption
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        //: Label of the list of languages; each language is listed in its own words
        text: qsTr("Language", "@label:listbox")
        font.pixelSize: Units.bodyFont
    }
    PathwayComboBox {
        id: box
        objectName: "languageChoice"
        model: root.languages.available
        textRole: "name"
        valueRole: "code"
        currentIndex: root.languages.currentIndex
        //: %1 is the language in use, in its own words, e.g. "العربية"
        Accessible.name: qsTr("Language: %1", "@label:listbox").arg(box.displayText)
        onActivated: index => root.languages.choose(box.valueAt(index))
    }
}

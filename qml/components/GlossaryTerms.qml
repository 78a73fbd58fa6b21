// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Words on this page that may need explaining (PA, GP, NHS number...): tapping one shows what it
// means in one plain sentence, under the words; tapping it again hides it.
ColumnLayout {
    id: root

    // The glossary codes of the words this page uses (GlossaryModel::allTerms).
    required property var terms
    property string shown: ""

    Layout.fillWidth: true
    spacing: Units.smallSpacing

    GlossaryModel {
        id: glossary
        terms: root.terms
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Words explained", "@title")
        wrapMode: Text.Wrap
        font.pixelSize: Units.smallFont
        font.bold: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: Units.spacing
        Repeater {
            model: glossary
            delegate: PathwayButton {
                id: term
                required property string key
                required property string word
                required property string meaning
                required property string accessibleName

                flat: true
                glyph: "help_outline"
                text: term.word
                checkable: true
                checked: root.shown === term.key
                Accessible.name: term.accessibleName
                // A screen reader reads the meaning with the button.
                Accessible.description: term.meaning
                onClicked: root.shown = root.shown === term.key ? "" : term.key
            }
        }
    }
    Label {
        id: meaning
        Layout.fillWidth: true
        visible: root.shown.length > 0
        text: glossary.valueAt(glossary.indexOfKey(root.shown), "meaning") ?? ""
        wrapMode: Text.Wrap
        font.pixelSize: Units.bodyFont
        Accessible.role: Accessible.StaticText
        Accessible.name: meaning.text
    }
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A button as every page uses it: its words wrap (200% text), its accessible name is its words
// followed by what it acts on (`about`), so that the name holds the visible words in every
// language; a longer explanation goes in Accessible.description. A screen reader's Press does what
// a tap does, and it is drawn and tapped at least 48 dp high.
Button {
    id: root

    // An icon (a Material Icons ligature name, see Icons) drawn before the words; empty for none.
    property string glyph: ""
    // How the words wrap: anywhere a line must break (the default), or only between words.
    property int wrapMode: Text.Wrap
    // What the button acts on (a person, a plan area, a document), said after its words: "Open
    // record: Megan". Empty for a button whose words say it all.
    property string about: ""

    // Never wider than what holds it (a Flow of buttons at 200% text): the words wrap instead.
    implicitWidth: {
        const natural = Math.max(implicitBackgroundWidth + leftInset + rightInset, implicitContentWidth + leftPadding + rightPadding);
        return root.parent && root.parent.width > 0 ? Math.min(natural, root.parent.width) : natural;
    }
    topInset: 0
    bottomInset: 0
    implicitHeight: Math.max(Units.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Units.bodyFont
    // Words on the accent colour keep 4.5:1 in both themes (Colours.textOnAccent).
    Material.foreground: root.highlighted ? Colours.textOnAccent : Colours.text
    Accessible.role: Accessible.Button
    //: A button's accessible name: %1 the button's words, %2 what it acts on (a person, a plan area)
    Accessible.name: root.about.length > 0 ? qsTr("%1: %2", "@info:accessible").arg(root.text.replace(/…$/, "")).arg(root.about) : root.text
    Accessible.onPressAction: root.clicked()

    // A filled button keeps its colour under the software renderer (only the shadow goes).
    FlatBackground {
        target: root.background
    }

    contentItem: RowLayout {
        spacing: Units.spacing
        Label {
            visible: root.glyph.length > 0 && Icons.available
            text: root.glyph
            font.family: Icons.family
            font.pixelSize: Units.iconSize * Units.fontScale
            color: root.Material.foreground
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            text: root.text
            font: root.font
            wrapMode: root.wrapMode
            horizontalAlignment: Text.AlignHCenter
            color: root.enabled ? root.Material.foreground : root.Material.hintTextColor
            Accessible.ignored: true
        }
    }
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// "Read aloud": speaks what the page (or one plan area) shows; pressed again, it stops. Its words
// and accessible name never change while it speaks (a screen reader would announce the change
// over the reading): the icon and the pressed state show that it is reading.
PathwayButton {
    id: root

    // None: no button (a staff page).
    property ReadAloudController reader: null
    // What to read: "plan", "area" (with areaCode), "offer", "documents" or "health".
    required property string what
    property string areaCode: ""

    visible: root.reader !== null && root.reader.available
    flat: true
    glyph: root.reader?.speaking ? "stop" : "volume_up"
    text: qsTr("Read aloud", "@action:button")
    checkable: false
    down: root.reader?.speaking ?? false
    Accessible.checkable: true
    Accessible.checked: root.reader?.speaking ?? false
    onClicked: root.reader?.toggle(root.what, root.areaCode)
}

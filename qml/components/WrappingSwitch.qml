// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Controls.Material.impl as MaterialImpl
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A switch whose text wraps (Material's elides it), so a long question survives 200% text
// and narrow phones; the text stays on the reading side in right-to-left layouts.
Switch {
    id: root

    Layout.fillWidth: true
    Layout.minimumHeight: Units.touchTarget
    font.pixelSize: Units.bodyFont
    Accessible.role: Accessible.CheckBox
    Accessible.name: root.text
    // toggle() alone does not emit toggled(), which the pages act on.
    Accessible.onPressAction: {
        root.toggle();
        root.toggled();
    }

    // Under the software renderer the handle is outlined instead of raised (it is as light as the page).
    FlatBackground {
        target: (root.indicator as MaterialImpl.SwitchIndicator).handle
        outlined: true
    }

    contentItem: Label {
        leftPadding: root.indicator && !root.mirrored ? root.indicator.width + root.spacing : 0
        rightPadding: root.indicator && root.mirrored ? root.indicator.width + root.spacing : 0
        text: root.text
        font: root.font
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        verticalAlignment: Text.AlignVCenter
        Accessible.ignored: true
    }
}

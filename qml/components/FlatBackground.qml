// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import Pathway.Ui
import Pathway.Models

// Under Qt Quick's software renderer, draws a Material control's background without its shadow.
// The Material style draws a raised control (a filled button, a tool bar, a card, a dialog, a
// combo box, a switch's handle) through a layer whose effect (ElevationEffect) is a shader, which
// the software renderer cannot run: the background vanished with the shadow, and white words stood
// on the white page. This turns the layer off there, and can outline the background instead of
// its shadow where it would otherwise not stand out from the page. Other renderers keep the shadow.
QtObject {
    id: root

    // The item to draw flat: a control's background (or a popup's, or a switch's handle).
    required property Item target
    // Draw a thin outline where the shadow was (a card on the page); the target must be a Rectangle.
    property bool outlined: false
    property color outlineColour: Colours.outline

    readonly property Binding layerOff: Binding {
        when: Rendering.software && root.target !== null
        target: root.target
        property: "layer.enabled"
        value: false
    }
    readonly property Binding borderWidth: Binding {
        when: Rendering.software && root.outlined && root.target !== null
        target: root.target
        property: "border.width"
        value: 1
    }
    readonly property Binding borderColour: Binding {
        when: Rendering.software && root.outlined && root.target !== null
        target: root.target
        property: "border.color"
        value: root.outlineColour
    }
}

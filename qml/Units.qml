// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma Singleton
import QtQuick

// Every size the pages use. Layout sizes stay fixed; text sizes follow the font-scale
// setting (1.0 to 2.0) so text can grow to 200% while layouts wrap around it.
QtObject {
    id: root

    // Set from the user's font-scale setting by Main.qml.
    property real fontScale: 1.0

    readonly property int gridUnit: 18
    readonly property int smallSpacing: 4
    readonly property int spacing: 8
    readonly property int largeSpacing: 16
    readonly property int hugeSpacing: 24
    // Smallest size of anything that can be tapped (Material: 48 dp).
    readonly property int touchTarget: 48
    readonly property int youngPersonTouchTarget: 56
    readonly property int radius: 8
    readonly property int borderWidth: 1
    readonly property int focusWidth: 2
    readonly property int progressHeight: 8
    readonly property int sideBarWidth: gridUnit * 15
    readonly property int maxContentWidth: gridUnit * 45
    readonly property int maxFormWidth: gridUnit * 26
    readonly property int badgeSize: 12
    readonly property int iconSize: 24

    readonly property real smallFont: Math.round(13 * fontScale)
    readonly property real bodyFont: Math.round(15 * fontScale)
    readonly property real largeFont: Math.round(18 * fontScale)
    readonly property real titleFont: Math.round(21 * fontScale)
    readonly property real headingFont: Math.round(26 * fontScale)
    readonly property real figureFont: Math.round(34 * fontScale)

    readonly property int shortDuration: 150
}

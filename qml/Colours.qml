// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma Singleton
import QtQuick

// Every colour the pages use, for the light and the dark theme (the palette: named Colours because
// QtQuick's own Palette type would hide a singleton called Palette). Each text colour is listed in
// `pairs` with the background it is drawn on, and tests/qml/tst_palette checks every pair
// reaches a contrast of at least 4.5:1.
QtObject {
    id: root

    // Set from the user's theme setting by Main.qml.
    property bool dark: false

    // The window and card backgrounds, and text on them (Material's own values, made explicit).
    readonly property color window: root.dark ? "#303030" : "#fafafa"
    readonly property color card: root.dark ? "#2b2b2b" : "#ffffff"
    readonly property color text: root.dark ? "#ffffff" : "#212121"
    // A card's outline where its shadow cannot be drawn (Qt Quick's software renderer).
    readonly property color outline: root.dark ? "#5c5c5c" : "#cfcfcf"
    // Secondary text (a card's detail line).
    readonly property color secondaryText: root.dark ? "#e0e0e0" : "#424242"
    // Text typed into a field before anything is typed (Material's own is about 2.6:1).
    readonly property color placeholder: root.dark ? "#bdbdbd" : "#616161"
    // The accent: highlighted buttons' background, checked switches, links.
    readonly property color accent: root.dark ? "#9fa8da" : "#303f9f"
    // Text on the accent (a highlighted button's words).
    readonly property color textOnAccent: root.dark ? "#000000" : "#ffffff"
    // Material's own background of a button that is not highlighted.
    readonly property color button: root.dark ? "#464646" : "#d6d7d7"
    // The phone's bottom navigation bar.
    readonly property color navBackground: root.dark ? "#263238" : "#e8eaf6"
    readonly property color navText: root.dark ? "#ffffff" : "#1a237e"
    // Something needs attention: a card's background and its status text.
    readonly property color attentionCard: root.dark ? "#3e2723" : "#fff3e0"
    readonly property color attentionText: root.dark ? "#ffcc80" : "#a33700"
    // A banner (the sign-in expired) and its words.
    readonly property color bannerBackground: root.dark ? "#4e342e" : "#fff3e0"
    readonly property color bannerText: root.dark ? "#ffe0b2" : "#4e2600"
    // The result of an action: a problem, or done.
    readonly property color problemBackground: root.dark ? "#4e2a12" : "#fff3e0"
    readonly property color doneBackground: root.dark ? "#1b3a1f" : "#e8f5e9"
    // An error message under a field, and an urgent alert's words.
    readonly property color errorText: root.dark ? "#ef9a9a" : "#b71c1c"
    readonly property color urgentText: root.dark ? "#ffab91" : "#b71c1c"
    // A young person's request on a PA's caseload card: urgent, or not, with white words.
    readonly property color urgentBackground: "#b71c1c"
    readonly property color requestBackground: "#1565c0"
    readonly property color textOnStrong: "#ffffff"

    // Every text colour with the background it is drawn on: [what, text, background].
    readonly property var pairs: [
        ["body text on the window", root.text, root.window],
        ["body text on a card", root.text, root.card],
        ["secondary text on a card", root.secondaryText, root.card],
        ["placeholder in a field", root.placeholder, root.window],
        ["placeholder on a card", root.placeholder, root.card],
        ["highlighted button", root.textOnAccent, root.accent],
        ["button", root.text, root.button],
        ["accent text on the window", root.accent, root.window],
        ["bottom bar", root.navText, root.navBackground],
        ["attention card text", root.text, root.attentionCard],
        ["attention status", root.attentionText, root.attentionCard],
        ["attention status on a card", root.attentionText, root.card],
        ["banner", root.bannerText, root.bannerBackground],
        ["problem message", root.text, root.problemBackground],
        ["done message", root.text, root.doneBackground],
        ["error text on the window", root.errorText, root.window],
        ["urgent alert text on a card", root.urgentText, root.card],
        ["urgent request", root.textOnStrong, root.urgentBackground],
        ["request", root.textOnStrong, root.requestBackground]
    ]
}

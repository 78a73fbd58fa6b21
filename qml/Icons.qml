// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma Singleton
import QtQuick

// The icon font (Material Icons, Apache 2.0, from Debian's fonts-material-design-icons-iconfont,
// bundled into the resources at build time). An icon is its ligature name ("home", "event").
// Without the font, `available` is false and icons are left out (the words always stay).
QtObject {
    id: root

    readonly property FontLoader loader: FontLoader {
        source: "qrc:/qt/qml/Pathway/Ui/fonts/MaterialIcons-Regular.ttf"
    }
    readonly property bool available: root.loader.status === FontLoader.Ready
    readonly property string family: root.available ? root.loader.font.family : ""
}

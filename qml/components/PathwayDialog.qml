// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import Pathway.Ui
import Pathway.Models

// A dialog as every page uses it: modal over the dimmed page, and drawn (without its shadow)
// under the software renderer too.
Dialog {
    id: root

    modal: true

    FlatBackground {
        target: root.background
    }
}

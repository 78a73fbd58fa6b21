// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// The loading and empty states of a list model: put it right after the list.
ColumnLayout {
    id: root

    // The list's model state: pass model.loading and model.count.
    required property bool loading
    required property int count
    required property string emptyText
    property string emptyHint: ""

    Layout.fillWidth: true
    visible: root.loading || root.count === 0

    LoadingState {
        visible: root.loading
    }
    EmptyState {
        visible: !root.loading && root.count === 0
        text: root.emptyText
        hint: root.emptyHint
    }
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A block of information in a list: a title, up to three lines, a status, and optional
// controls below. Screen readers hear one composed name (accessibleText).
Pane {
    id: root

    property string title: ""
    property string subtitle: ""
    property string detail: ""
    property string status: ""
    property bool attention: false
    property bool clickable: false
    // The card's record no longer counts (e.g. a contact entered in error): its words are struck through.
    property bool struckOut: false
    required property string accessibleText
    default property alias extra: extraColumn.data

    signal clicked

    Layout.fillWidth: true
    padding: Units.largeSpacing
    contentHeight: layout.implicitHeight
    Material.elevation: 1
    Material.background: root.attention
        ? Colours.attentionCard
        : Colours.card
    activeFocusOnTab: root.clickable
    Accessible.role: root.clickable ? Accessible.Button : Accessible.ListItem
    Accessible.name: root.accessibleText
    Accessible.onPressAction: root.clicked()
    Keys.onReturnPressed: root.clicked()
    Keys.onSpacePressed: root.clicked()

    // Under the software renderer the card is outlined instead of raised by a shadow.
    FlatBackground {
        target: root.background
        outlined: true
    }

    // A handler, not a MouseArea: buttons inside the card keep their own taps.
    TapHandler {
        enabled: root.clickable
        onTapped: root.clicked()
    }
    HoverHandler {
        enabled: root.clickable
        cursorShape: Qt.PointingHandCursor
    }

    ColumnLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Units.smallSpacing

        TextMetrics {
            id: statusMetrics
            font: statusLabel.font
            text: root.status
        }
        TextMetrics {
            id: titleMetrics
            font: titleLabel.font
            text: root.title
        }

        // The status goes beside the title when both fit on one line, and below it otherwise, so
        // that large text or a long translation never squeezes the title to a letter per line.
        GridLayout {
            id: header

            readonly property bool statusBeside: root.title.length === 0 || titleMetrics.advanceWidth + statusMetrics.advanceWidth + (attentionIcon.visible ? attentionIcon.implicitWidth : 0) + 3 * Units.spacing <= root.availableWidth

            Layout.fillWidth: true
            columns: header.statusBeside ? 2 : 1
            columnSpacing: Units.spacing
            rowSpacing: Units.smallSpacing
            Label {
                id: titleLabel
                Layout.fillWidth: true
                visible: root.title.length > 0
                text: root.title
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Units.largeFont
                font.bold: true
                font.strikeout: root.struckOut
                Accessible.ignored: true
            }
            RowLayout {
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: !header.statusBeside
                visible: root.status.length > 0
                spacing: Units.spacing
                // Something needs attention: an icon beside the status words, not colour alone.
                Label {
                    id: attentionIcon
                    Layout.alignment: Qt.AlignTop
                    visible: root.attention && Icons.available
                    text: "error_outline"
                    font.family: Icons.family
                    font.pixelSize: Units.iconSize
                    color: statusLabel.color
                    Accessible.ignored: true
                }
                Label {
                    id: statusLabel
                    // Beside the title, as wide as its words; below it, the whole width.
                    Layout.fillWidth: true
                    Layout.preferredWidth: Math.ceil(statusMetrics.advanceWidth) + 1
                    text: root.status
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    font.pixelSize: Units.smallFont
                    font.bold: root.attention
                    color: root.attention
                        ? Colours.attentionText
                        : root.Material.foreground
                    Accessible.ignored: true
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.subtitle.length > 0
            text: root.subtitle
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            font.pixelSize: Units.bodyFont
            font.strikeout: root.struckOut
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            visible: root.detail.length > 0
            text: root.detail
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            font.pixelSize: Units.smallFont
            font.strikeout: root.struckOut
            color: Colours.secondaryText
            Accessible.ignored: true
        }
        ColumnLayout {
            id: extraColumn
            Layout.fillWidth: true
            spacing: Units.spacing
        }
    }
}

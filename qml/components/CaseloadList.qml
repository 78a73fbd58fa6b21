// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A caseload, most urgent first: what needs attention, last contact, and one tap to log a
// visit now. Tapping a young person opens their record.
ColumnLayout {
    id: root

    required property AppController app
    required property CaseloadController caseload
    property bool showPa: false

    Layout.fillWidth: true
    spacing: Units.spacing

    BodyText {
        text: root.caseload.headline
    }
    MessageBar {
        text: root.caseload.message
    }
    Repeater {
        model: root.caseload.model
        delegate: Card {
            id: row
            required property string key
            required property string name
            required property string summary
            required property string attentionText
            required property string moreText
            required property bool needsAttention
            required property string lastContactText
            required property string paName
            required property string requestText
            required property bool urgentRequest
            required property string accessibleName
            required property string interpreterText

            title: row.name
            status: row.moreText.length > 0
                ? qsTr("%1, %2", "@info alert, and more").arg(row.attentionText).arg(row.moreText)
                : row.attentionText
            attention: row.needsAttention
            subtitle: root.showPa ? qsTr("%1 · PA: %2", "@info").arg(row.summary).arg(row.paName) : row.summary
            detail: row.lastContactText
            clickable: true
            accessibleText: row.accessibleName
            onClicked: root.app.push("record", {
                youngPersonId: row.key
            })

            IconText {
                glyph: "translate"
                text: row.interpreterText
                font.bold: true
                Accessible.ignored: true
            }
            Label {
                Layout.fillWidth: true
                visible: row.requestText.length > 0
                text: row.requestText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Units.bodyFont
                font.bold: true
                color: Colours.textOnStrong
                padding: Units.spacing
                background: Rectangle {
                    radius: Units.radius
                    color: row.urgentRequest ? Colours.urgentBackground : Colours.requestBackground
                }
                Accessible.ignored: true
            }
            Flow {
                Layout.fillWidth: true
                spacing: Units.spacing
                PathwayButton {
                    id: visitButton
                    highlighted: true
                    text: qsTr("Log visit now", "@action:button")
                    font.pixelSize: Units.bodyFont
                    about: row.name
                    onClicked: root.caseload.logVisitNow(row.key)
                }
                PathwayButton {
                    id: openButton
                    text: qsTr("Open record", "@action:button")
                    font.pixelSize: Units.bodyFont
                    about: row.name
                    onClicked: root.app.push("record", {
                        youngPersonId: row.key
                    })
                }
            }
        }
    }
    ListState {
        loading: root.caseload.model.loading
        count: root.caseload.model.count
        emptyText: qsTr("No young people in this caseload.", "@info")
        emptyHint: qsTr("A manager allocates young people to PAs. Sync to get new allocations.", "@info")
    }
}

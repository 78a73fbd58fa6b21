// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtCharts
import Pathway.Ui
import Pathway.Models

// A manager's figures over the last 12 months, for the whole team or one PA: for each, a line
// chart and the same figures in words (one button per month); choosing a month or a point lists
// the young people behind it, and each opens their record.
ScrollPage {
    id: root

    required property AppController app

    title: qsTr("Performance", "@title:page")

    PerformanceController {
        id: performance
        objectName: "performanceController"
        app: root.app
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Show the figures of", "@label:listbox")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        font.pixelSize: Units.bodyFont
    }
    PathwayComboBox {
        id: scopeBox
        model: performance.scopes
        textRole: "name"
        valueRole: "key"
        onActivated: performance.scope = scopeBox.currentValue
        //: %1 the team or the PA whose figures are shown
        Accessible.name: qsTr("Show the figures of: %1", "@label:listbox").arg(scopeBox.currentText)
    }
    BodyText {
        text: qsTr("Each figure month by month over the last 12 months. Choose a month, or a point on a chart, to see the young people behind it.", "@info")
    }

    Repeater {
        model: performance.figures
        delegate: Card {
            id: figure

            required property string key
            required property string label
            required property string group
            required property string valueText
            required property bool isShare
            required property int axisMax
            required property var ticks
            required property var points
            required property var months
            required property string accessibleName

            title: figure.label
            subtitle: figure.valueText
            detail: figure.group
            accessibleText: figure.accessibleName

            onPointsChanged: figure.fillChart()
            Component.onCompleted: figure.fillChart()

            ChartView {
                id: chart
                Layout.fillWidth: true
                Layout.preferredHeight: Units.gridUnit * 11
                legend.visible: false
                antialiasing: true
                backgroundColor: Colours.card
                plotAreaColor: Colours.card
                // Room for the top tick's label and the first and last month names.
                margins.top: Units.spacing
                margins.bottom: 0
                margins.left: Units.spacing
                margins.right: Units.spacing
                // The month buttons below say the same in words.
                Accessible.ignored: true
                // How many month names fit depends on the chart's width.
                onWidthChanged: figure.fillChart()

                // A category axis with a label at each tick: its numbers are written in the app's language.
                CategoryAxis {
                    id: yAxis
                    min: 0
                    max: figure.axisMax
                    labelsPosition: CategoryAxis.AxisLabelsPositionOnValue
                    labelsColor: Colours.secondaryText
                    labelsFont.pixelSize: Units.smallFont
                    gridLineColor: Colours.button
                    color: Colours.secondaryText
                }
                CategoryAxis {
                    id: xAxis
                    min: -0.5
                    max: Math.max(0.5, figure.months.length - 0.5)
                    labelsPosition: CategoryAxis.AxisLabelsPositionOnValue
                    labelsColor: Colours.secondaryText
                    labelsFont.pixelSize: Units.smallFont
                    gridVisible: false
                    color: Colours.secondaryText
                    // Time runs the way the page reads: right to left in Arabic, Farsi...
                    reverse: root.LayoutMirroring.enabled
                }
                LineSeries {
                    id: line
                    axisX: xAxis
                    // The value axis on the side the page starts from: the right in right-to-left languages.
                    axisY: root.LayoutMirroring.enabled ? null : yAxis
                    axisYRight: root.LayoutMirroring.enabled ? yAxis : null
                    color: Colours.accent
                    width: 3
                    pointsVisible: true
                    onClicked: point => performance.select(figure.key, Math.round(point.x))
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Units.smallSpacing
                Repeater {
                    model: figure.months
                    delegate: PathwayButton {
                        id: month
                        required property var modelData
                        flat: !month.highlighted
                        highlighted: performance.selectedFigure === figure.key
                            && performance.selectedMonth === month.modelData.index
                        font.pixelSize: Units.smallFont
                        wrapMode: Text.WordWrap
                        text: month.modelData.text
                        onClicked: performance.select(figure.key, month.modelData.index)
                    }
                }
            }

            // The young people behind the chosen month of this figure: those to look at first.
            ColumnLayout {
                id: behind
                readonly property bool chosen: performance.selectedFigure === figure.key
                objectName: behind.chosen ? "performancePeople" : ""
                Layout.fillWidth: true
                visible: behind.chosen
                spacing: Units.spacing
                Heading {
                    text: behind.chosen ? performance.selectionText : ""
                    font.pixelSize: Units.largeFont
                }
                Repeater {
                    model: behind.chosen ? performance.people : null
                    delegate: Card {
                        id: person
                        required property string key
                        required property string name
                        required property string countedText
                        required property bool problem
                        required property string accessibleName
                        title: person.name
                        subtitle: person.countedText
                        attention: person.problem
                        clickable: true
                        accessibleText: person.accessibleName
                        onClicked: root.app.push("record", {
                            youngPersonId: person.key
                        })
                    }
                }
                EmptyState {
                    visible: performance.people.count === 0
                    text: qsTr("Nobody is in this group in this month.", "@info")
                }
                PathwayButton {
                    text: qsTr("Close the list", "@action:button")
                    onClicked: performance.clearSelection()
                }
            }

            function fillChart(): void {
                // Width changes come before the model's values are set while the card is created.
                if (!figure.months || !figure.points || !figure.ticks)
                    return;
                line.clear();
                for (const axis of [xAxis, yAxis]) {
                    const labels = Array.from(axis.categoriesLabels);
                    for (const label of labels)
                        axis.remove(label);
                }
                for (const tick of figure.ticks)
                    yAxis.append(tick.label, tick.value);
                // Every month's name where there is room, else every third one, ending with this month.
                const step = chart.width >= Units.gridUnit * 30 ? 1 : 3;
                const last = figure.months.length - 1;
                for (const m of figure.months) {
                    if ((last - m.index) % step === 0)
                        xAxis.append(m.shortMonth, m.index);
                }
                for (const p of figure.points)
                    line.append(p.x, p.y);
            }
        }
    }
}

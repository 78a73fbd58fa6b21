// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A manager's overview: live figures; choosing one lists the young people behind it.
ScrollPage {
    id: root

    required property AppController app
    // Where the returns are saved (Documents unless set).
    property alias returnsFolder: returns.folder

    title: qsTr("Team overview", "@title:page")

    TeamController {
        id: team
        app: root.app
    }
    ReturnsController {
        id: returns
        app: root.app
    }

    GridLayout {
        Layout.fillWidth: true
        columns: Math.max(1, Math.floor(width / (Units.gridUnit * 13)))
        columnSpacing: Units.spacing
        rowSpacing: Units.spacing
        Repeater {
            model: team.figures
            delegate: Card {
                id: figure
                required property string key
                required property string label
                required property int value
                required property string accessibleName
                Layout.fillWidth: true
                Layout.fillHeight: true
                title: figure.value.toString()
                subtitle: figure.label
                attention: figure.value > 0
                clickable: true
                accessibleText: figure.accessibleName
                onClicked: team.selectedFigure = figure.key
            }
        }
    }
    Heading {
        visible: team.selectedFigure.length > 0
        text: qsTr("Who needs attention", "@title")
    }
    Repeater {
        model: team.attention
        delegate: Card {
            id: person
            required property string key
            required property string name
            required property string alertText
            required property string paName
            required property string accessibleName
            title: person.name
            status: person.alertText
            subtitle: qsTr("PA: %1", "@info").arg(person.paName)
            attention: true
            clickable: true
            accessibleText: person.accessibleName
            onClicked: root.app.push("record", {
                youngPersonId: person.key
            })
        }
    }
    EmptyState {
        visible: team.selectedFigure.length === 0
        text: qsTr("Choose a figure to see who it is about.", "@info")
    }
    EmptyState {
        visible: team.selectedFigure.length > 0 && team.attention.count === 0
        text: qsTr("Nobody is in this group right now.", "@info")
    }

    // The DfE's care-leaver return, from the server's records, saved as a file.
    Card {
        visible: returns.canExport
        title: qsTr("SSDA903 care leavers return (OC3)", "@title")
        subtitle: returns.yearText
        accessibleText: qsTr("SSDA903 care leavers return (OC3), %1", "@info").arg(returns.yearText)
        PathwayButton {
            objectName: "exportOc3Button"
            enabled: !returns.busy
            text: qsTr("Save the OC3 file", "@action:button")
            onClicked: returns.exportOc3()
        }
        MessageBar {
            text: returns.message
            problem: returns.problem
        }
    }

    // Ofsted's Annex A list 9 (care leavers) as of a day, from the server's records, saved as a
    // workbook or CSV file.
    Card {
        visible: returns.canExport
        title: qsTr("Ofsted Annex A: care leavers (list 9)", "@title")
        subtitle: qsTr("Every care leaver on the day, with the columns inspectors ask for", "@info")
        //: %1 the day the list is for
        accessibleText: qsTr("Ofsted Annex A: care leavers (list 9), as of %1", "@info").arg(annexDate.displayText)
        DateField {
            id: annexDate
            objectName: "annexADateField"
            //: The day Ofsted's Annex A list is taken on
            label: qsTr("As of", "@label")
            maximumDate: annexDate.dayOf(returns.todayIso)
            Component.onCompleted: annexDate.setIsoDate(returns.annexADate)
            onPicked: returns.annexADate = annexDate.isoDate
        }
        Flow {
            Layout.fillWidth: true
            spacing: Units.spacing
            PathwayButton {
                objectName: "exportAnnexAButton"
                enabled: !returns.annexABusy
                //: Saves the list as an Excel workbook (.xlsx)
                text: qsTr("Save Annex A (Excel)", "@action:button")
                onClicked: returns.exportAnnexA("xlsx")
            }
            PathwayButton {
                objectName: "exportAnnexACsvButton"
                enabled: !returns.annexABusy
                text: qsTr("Save Annex A (CSV)", "@action:button")
                onClicked: returns.exportAnnexA("csv")
            }
        }
        MessageBar {
            text: returns.annexAMessage
            problem: returns.annexAProblem
        }
    }
}

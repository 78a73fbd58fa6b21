// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Allocate or reallocate a PA: young people without a PA first; each PA with their caseload size.
ScrollPage {
    id: root

    required property AppController app

    title: qsTr("Allocate a PA", "@title:page")

    TeamController {
        id: team
        app: root.app
    }

    MessageBar {
        text: team.message
    }
    Repeater {
        model: team.people
        delegate: Card {
            id: person
            required property string key
            required property string name
            required property string paName
            required property bool unallocated
            required property string accessibleName
            title: person.name
            status: person.paName
            attention: person.unallocated
            accessibleText: person.accessibleName
            PathwayButton {
                text: person.unallocated ? qsTr("Allocate a PA", "@action:button") : qsTr("Change PA", "@action:button")
                font.pixelSize: Units.bodyFont
                // The name holds the visible words, and whose PA it is.
                //: %1 the young person's name
                Accessible.name: person.unallocated ? qsTr("Allocate a PA for %1", "@action:button").arg(person.name)
                                                    //: %1 the young person's name
                                                    : qsTr("Change PA for %1", "@action:button").arg(person.name)
                onClicked: allocateDialog.openFor(person.key, person.name)
            }
        }
    }
    ListState {
        loading: team.people.loading
        count: team.people.count
        emptyText: qsTr("No young people in the team yet.", "@info")
        emptyHint: qsTr("Young people appear here after a sync with the server.", "@info")
    }

    PathwayDialog {
        id: allocateDialog
        property string youngPersonId: ""
        anchors.centerIn: Overlay.overlay
        width: Math.min(Units.maxFormWidth, root.width)
        standardButtons: Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            TextField {
                placeholderTextColor: Colours.placeholder
                id: reasonField
                Layout.fillWidth: true
                font.pixelSize: Units.bodyFont
                placeholderText: qsTr("Reason (optional)", "@info:placeholder")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Reason", "@label:textbox")
            }
            Repeater {
                model: team.staff
                delegate: ItemDelegate {
                    id: pa
                    required property string key
                    required property string name
                    required property string caseloadText
                    required property string accessibleName
                    Layout.fillWidth: true
                    Layout.minimumHeight: Units.touchTarget
                    text: qsTr("%1 (%2)", "@item PA name (caseload size)").arg(pa.name).arg(pa.caseloadText)
                    font.pixelSize: Units.bodyFont
                    Accessible.role: Accessible.Button
                    Accessible.name: pa.accessibleName
                    onClicked: {
                        team.allocate(allocateDialog.youngPersonId, pa.key, reasonField.text);
                        allocateDialog.close();
                    }
                }
            }
        }
        function openFor(id: string, name: string) {
            allocateDialog.youngPersonId = id;
            allocateDialog.title = qsTr("A PA for %1", "@title:window").arg(name);
            reasonField.clear();
            allocateDialog.open();
        }
    }
}

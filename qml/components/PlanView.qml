// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// The pathway plan: the ten areas in plain words, each with its goal, the young person's
// own words and the steps (who, by when). Young people add their words and tick steps off;
// staff update an area with the young person, add steps and record a review. Read-only for
// a manager's sign-off.
ColumnLayout {
    id: root

    required property YoungPersonController person
    property bool readOnly: false
    // Read aloud for each area (the young person's own plan page); none on staff pages.
    property ReadAloudController reader: null

    Layout.fillWidth: true
    spacing: Units.largeSpacing

    ReviewController {
        id: review
        app: root.person.app
        youngPersonId: root.person.youngPersonId
    }

    BodyText {
        text: root.person.reviewText
    }
    // The buttons go below the date, so that at 200% text the date keeps the whole width.
    Flow {
        Layout.fillWidth: true
        spacing: Units.spacing
        PathwayButton {
            visible: root.person.canRequestReview && !root.readOnly
            text: qsTr("Ask for a review", "@action:button")
            font.pixelSize: Units.bodyFont
            onClicked: root.person.requestReview()
        }
        PathwayButton {
            visible: review.canEdit && !root.readOnly
            text: qsTr("Record a review", "@action:button")
            font.pixelSize: Units.bodyFont
            about: root.person.name
            onClicked: root.recordReview()
        }
    }
    MessageBar {
        text: root.person.message
    }
    Repeater {
        model: root.person.plan
        delegate: Card {
            id: area
            required property string key
            required property string heading
            required property string plain
            required property string lead
            required property string more
            required property string goal
            required property string ownWords
            required property bool tookPart
            required property var actions
            required property string accessibleName

            title: area.heading
            subtitle: area.lead
            detail: area.more
            accessibleText: area.accessibleName

            ReadAloudButton {
                reader: root.reader
                what: "area"
                areaCode: area.key
                about: area.heading
            }
            Label {
                Layout.fillWidth: true
                visible: area.ownWords.length > 0
                // Their words keep their own direction (Unicode isolates, as Labels::freeText).
                text: qsTr("In my words: %1", "@info").arg("\u2068" + area.ownWords + "\u2069")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Units.smallFont
                color: Colours.secondaryText
                Accessible.ignored: true
            }

            Repeater {
                model: area.actions
                delegate: RowLayout {
                    id: step
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Units.spacing

                    CheckBox {
                        Layout.alignment: Qt.AlignTop
                        Layout.minimumWidth: Units.touchTarget
                        Layout.minimumHeight: Units.touchTarget
                        checked: step.modelData.done
                        enabled: step.modelData.canMarkDone && !root.readOnly
                        Accessible.role: Accessible.CheckBox
                        //: A plan step for a screen reader: what, who and when, status
                        Accessible.name: qsTr("%1, %2, %3", "@info plan step").arg(step.modelData.what).arg(step.modelData.whoWhen).arg(step.modelData.statusText)
                        Accessible.onToggleAction: clicked()
                        onClicked: root.person.markStepDone(step.modelData.id)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: step.modelData.what
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            font.pixelSize: Units.bodyFont
                            font.strikeout: step.modelData.done
                            Accessible.ignored: true
                        }
                        Label {
                            Layout.fillWidth: true
                            //: A plan step: %1 who and when, %2 status
                            text: qsTr("%1 · %2", "@info").arg(step.modelData.whoWhen).arg(step.modelData.statusText)
                            wrapMode: Text.Wrap
                            horizontalAlignment: Text.AlignLeft
                            font.pixelSize: Units.smallFont
                            font.bold: step.modelData.overdue
                            Accessible.ignored: true
                        }
                    }
                    Flow {
                        visible: step.modelData.canAnswer && !root.readOnly
                        Layout.preferredWidth: Math.min(implicitWidth, area.width / 2)
                        spacing: Units.spacing
                        PathwayButton {
                            text: qsTr("Accept", "@action:button a proposed plan step")
                            font.pixelSize: Units.bodyFont
                            about: step.modelData.what
                            onClicked: root.person.acceptStep(step.modelData.id)
                        }
                        PathwayButton {
                            flat: true
                            text: qsTr("Decline", "@action:button a proposed plan step")
                            font.pixelSize: Units.bodyFont
                            about: step.modelData.what
                            onClicked: root.person.declineStep(step.modelData.id)
                        }
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                visible: !root.readOnly
                spacing: Units.spacing
                PathwayButton {
                    text: qsTr("Add my words", "@action:button")
                    visible: !root.person.isStaff && root.person.canAddOwnWords
                    font.pixelSize: Units.bodyFont
                    about: area.heading
                    onClicked: wordsDialog.openFor(area.key, area.heading, area.ownWords)
                }
                PathwayButton {
                    text: qsTr("Update with them", "@action:button")
                    visible: root.person.canUpdatePlanArea
                    font.pixelSize: Units.bodyFont
                    about: area.heading
                    onClicked: sectionDialog.openFor(area.key, area.heading, area.goal, area.ownWords, area.tookPart)
                }
                PathwayButton {
                    text: qsTr("Add a step", "@action:button")
                    visible: root.person.canAddStep
                    font.pixelSize: Units.bodyFont
                    about: area.heading
                    onClicked: stepDialog.openFor(area.key, area.heading)
                }
            }
        }
    }

    CopyToKeepCard {
        person: root.person
        kind: "plan"
        offered: !root.readOnly
    }
    PathwayDialog {
        id: wordsDialog
        property string areaKey: ""
        anchors.centerIn: Overlay.overlay
        width: Math.min(Units.maxFormWidth, root.width)
        standardButtons: Dialog.Save | Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            TextArea {
                placeholderTextColor: Colours.placeholder
                id: wordsField
                Layout.fillWidth: true
                wrapMode: TextEdit.Wrap
                font.pixelSize: Units.bodyFont
                placeholderText: qsTr("What do you think? What do you want?", "@info:placeholder")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("My words", "@label:textbox")
            }
        }
        onAccepted: root.person.saveOwnWords(wordsDialog.areaKey, wordsField.text)
        function openFor(key: string, areaTitle: string, words: string) {
            wordsDialog.areaKey = key;
            wordsDialog.title = areaTitle;
            wordsField.text = words;
            wordsDialog.open();
        }
    }

    PathwayDialog {
        id: sectionDialog
        property string areaKey: ""
        anchors.centerIn: Overlay.overlay
        width: Math.min(Units.maxFormWidth, root.width)
        standardButtons: Dialog.Save | Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            Label {
                text: qsTr("Goal, in plain words", "@label:textbox")
                font.pixelSize: Units.bodyFont
            }
            TextArea {
                placeholderTextColor: Colours.placeholder
                id: goalField
                Layout.fillWidth: true
                wrapMode: TextEdit.Wrap
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Goal, in plain words", "@label:textbox")
            }
            Label {
                text: qsTr("Their own words", "@label:textbox")
                font.pixelSize: Units.bodyFont
            }
            TextArea {
                placeholderTextColor: Colours.placeholder
                id: theirWordsField
                Layout.fillWidth: true
                wrapMode: TextEdit.Wrap
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Their own words", "@label:textbox")
            }
            CheckBox {
                id: tookPartBox
                text: qsTr("The young person took part", "@option:check")
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.CheckBox
                Accessible.name: text
            }
        }
        onAccepted: root.person.savePlanSection(sectionDialog.areaKey, goalField.text, theirWordsField.text, tookPartBox.checked)
        function openFor(key: string, areaTitle: string, goal: string, words: string, tookPart: bool) {
            sectionDialog.areaKey = key;
            sectionDialog.title = areaTitle;
            goalField.text = goal;
            theirWordsField.text = words;
            tookPartBox.checked = true;
            sectionDialog.open();
        }
    }

    PathwayDialog {
        id: stepDialog
        property string areaKey: ""
        anchors.centerIn: Overlay.overlay
        width: Math.min(Units.maxFormWidth, root.width)
        standardButtons: Dialog.Save | Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            TextField {
                placeholderTextColor: Colours.placeholder
                id: whatField
                Layout.fillWidth: true
                font.pixelSize: Units.bodyFont
                placeholderText: qsTr("What will be done", "@info:placeholder")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("What will be done", "@label:textbox")
            }
            TextField {
                placeholderTextColor: Colours.placeholder
                id: whoField
                Layout.fillWidth: true
                font.pixelSize: Units.bodyFont
                placeholderText: qsTr("Who will do it", "@info:placeholder")
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Who will do it", "@label:textbox")
            }
            PathwayComboBox {
                id: whenBox
                textRole: "label"
                valueRole: "days"
                model: [
                    {
                        label: qsTr("Within a week", "@item:inlistbox"),
                        days: 7
                    },
                    {
                        label: qsTr("Within a month", "@item:inlistbox"),
                        days: 30
                    },
                    {
                        label: qsTr("Within three months", "@item:inlistbox"),
                        days: 91
                    },
                    {
                        label: qsTr("No date", "@item:inlistbox"),
                        days: 0
                    }
                ]
                Accessible.name: qsTr("By when", "@label:listbox")
            }
        }
        onAccepted: root.person.addStep(stepDialog.areaKey, whatField.text, whoField.text, whenBox.currentValue)
        function openFor(key: string, areaTitle: string) {
            stepDialog.areaKey = key;
            stepDialog.title = areaTitle;
            whatField.clear();
            whoField.clear();
            stepDialog.open();
        }
    }

    function recordReview() {
        root.person.app.push("reviewEdit", {
            youngPersonId: root.person.youngPersonId
        });
    }
}

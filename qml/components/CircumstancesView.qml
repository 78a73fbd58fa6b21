// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// What the young person is doing, where they live, whether they are in touch, and their
// gender, ethnicity and disability: where each stands, and (for staff) a new one from a day.
ColumnLayout {
    id: root

    required property YoungPersonController person

    Layout.fillWidth: true
    spacing: Units.largeSpacing

    CircumstancesController {
        id: editor
        app: root.person.app
        youngPersonId: root.person.youngPersonId
        onFormChanged: root.loadDates()
    }
    Component.onCompleted: root.loadDates()

    MessageBar {
        text: editor.message
    }

    // Activity: education, employment, training or NEET.
    Card {
        title: qsTr("Activity", "@title")
        subtitle: editor.activityText
        accessibleText: qsTr("Activity: %1", "@info").arg(editor.activityText)
        ChoiceButtons {
            visible: editor.canEdit
            label: qsTr("What they are doing now", "@label")
            options: editor.activityOptions
            current: editor.activityCode
            onChosen: code => editor.activityCode = code
        }
        DateField {
            id: activityDate
            visible: editor.canEdit
            label: qsTr("Since", "@label")
            maximumDate: root.dayOf(editor.todayIso)
            onPicked: editor.activityFrom = activityDate.isoDate
        }
        PathwayButton {
            objectName: "saveActivityButton"
            visible: editor.canEdit
            highlighted: true
            text: qsTr("Record the activity", "@action:button")
            onClicked: editor.saveActivity()
        }
    }

    // Accommodation and its suitability.
    Card {
        title: qsTr("Accommodation", "@title")
        subtitle: editor.accommodationText
        accessibleText: qsTr("Accommodation: %1", "@info").arg(editor.accommodationText)
        Label {
            visible: editor.canEdit
            Layout.fillWidth: true
            text: qsTr("Where they live now", "@label")
            font.pixelSize: Units.bodyFont
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
        PathwayComboBox {
            id: homeBox
            visible: editor.canEdit
            textRole: "label"
            valueRole: "code"
            model: editor.accommodationOptions
            currentIndex: homeBox.indexOfValue(editor.accommodationType)
            Accessible.name: qsTr("Where they live now: %1", "@label:listbox").arg(homeBox.currentText)
            onActivated: editor.accommodationType = homeBox.currentValue
        }
        WrappingSwitch {
            visible: editor.canEdit
            enabled: editor.suitabilityChoosable
            text: qsTr("Suitable for them", "@option:check")
            checked: editor.accommodationSuitable
            onToggled: editor.accommodationSuitable = checked
        }
        DateField {
            id: homeDate
            visible: editor.canEdit
            label: qsTr("Since", "@label")
            maximumDate: root.dayOf(editor.todayIso)
            onPicked: editor.accommodationFrom = homeDate.isoDate
        }
        PathwayButton {
            objectName: "saveAccommodationButton"
            visible: editor.canEdit
            highlighted: true
            text: qsTr("Record the accommodation", "@action:button")
            onClicked: editor.saveAccommodation()
        }
    }

    // In touch: worked out from contacts, except what only the PA can say.
    Card {
        title: qsTr("In touch", "@title")
        subtitle: editor.inTouchText
        accessibleText: qsTr("In touch: %1", "@info").arg(editor.inTouchText)
        ChoiceButtons {
            visible: editor.canEdit
            label: qsTr("Record instead of contact", "@label")
            options: editor.inTouchOptions
            current: editor.inTouchCode
            onChosen: code => editor.inTouchCode = code
        }
        DateField {
            id: inTouchDate
            visible: editor.canEdit
            label: qsTr("From", "@label")
            maximumDate: root.dayOf(editor.todayIso)
            onPicked: editor.inTouchOn = inTouchDate.isoDate
        }
        PathwayButton {
            visible: editor.canEdit
            text: qsTr("Record the in-touch status", "@action:button")
            onClicked: editor.saveInTouch()
        }
    }

    // Gender, ethnicity and disability.
    Card {
        title: qsTr("About them", "@title")
        subtitle: editor.identityText
        accessibleText: editor.identityText
        ChoiceButtons {
            visible: editor.canEdit
            label: qsTr("Gender", "@label")
            options: editor.genderOptions
            current: editor.gender
            onChosen: code => editor.gender = code
        }
        Label {
            visible: editor.canEdit
            Layout.fillWidth: true
            text: qsTr("Ethnicity", "@label")
            font.pixelSize: Units.bodyFont
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
        PathwayComboBox {
            id: ethnicityBox
            visible: editor.canEdit
            textRole: "label"
            valueRole: "code"
            model: editor.ethnicityOptions
            currentIndex: ethnicityBox.indexOfValue(editor.ethnicity)
            Accessible.name: qsTr("Ethnicity: %1", "@label:listbox").arg(ethnicityBox.currentText)
            onActivated: editor.ethnicity = ethnicityBox.currentValue
        }
        ChoiceButtons {
            visible: editor.canEdit
            label: qsTr("Disability", "@label")
            options: editor.disabilityOptions
            current: editor.disability
            onChosen: code => editor.disability = code
        }
        PathwayButton {
            visible: editor.canEdit
            text: qsTr("Save gender, ethnicity and disability", "@action:button")
            onClicked: editor.saveIdentity()
        }
    }

    function loadDates() {
        activityDate.setIsoDate(editor.activityFrom);
        homeDate.setIsoDate(editor.accommodationFrom);
        inTouchDate.setIsoDate(editor.inTouchOn);
    }
    // A yyyy-MM-dd day as a date for the date fields (invalid when empty).
    function dayOf(iso) {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
        return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(NaN);
    }
}

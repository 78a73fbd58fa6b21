// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A young person's home: who their PA is, when they last spoke, what to do next.
ScrollPage {
    id: root

    required property AppController app

    title: qsTr("Home", "@title:page")

    YoungPersonController {
        id: person
        app: root.app
    }

    Heading {
        //: Greeting; %1 is the young person's name
        text: qsTr("Hello %1", "@title").arg(person.name)
        size: Units.headingFont
    }
    Card {
        title: qsTr("My PA", "@title")
        subtitle: person.paName
        //: %1 is e.g. "3 weeks ago"
        detail: qsTr("We last spoke: %1", "@info").arg(person.lastContactText)
        accessibleText: qsTr("My PA is %1. We last spoke: %2", "@info").arg(person.paName).arg(person.lastContactText)
        PathwayButton {
            Layout.fillWidth: true
            Layout.minimumHeight: Units.youngPersonTouchTarget
            highlighted: true
            text: qsTr("Talk to my PA", "@action:button")
            font.pixelSize: Units.largeFont
            onClicked: root.app.navigate("talk")
        }
    }
    Card {
        title: qsTr("What to do next", "@title")
        subtitle: person.nextStepText
        detail: person.nextStepWhen
        accessibleText: qsTr("What to do next: %1 %2", "@info").arg(person.nextStepText).arg(person.nextStepWhen)
        PathwayButton {
            Layout.fillWidth: true
            Layout.minimumHeight: Units.youngPersonTouchTarget
            text: qsTr("See my plan", "@action:button")
            font.pixelSize: Units.largeFont
            onClicked: root.app.navigate("plan")
        }
    }
    Card {
        title: qsTr("My plan review", "@title")
        subtitle: person.reviewText
        accessibleText: person.reviewText
    }
    GlossaryTerms {
        terms: ["pa"]
    }
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// The young person's own "My health" page.
ScrollPage {
    id: root

    required property AppController app

    title: qsTr("My health", "@title:page")

    YoungPersonController {
        id: person
        app: root.app
    }

    ReadAloudController {
        id: readAloud
        person: person
    }
    // A young person who uses a screen reader finds read-aloud first; others find it at the end.
    ReadAloudButton {
        visible: readAloud.available && readAloud.first
        reader: readAloud
        what: "health"
    }
    GlossaryTerms {
        terms: ["gp", "nhs_number"]
    }
    HealthView {
        person: person
    }
    ReadAloudButton {
        visible: readAloud.available && !readAloud.first
        reader: readAloud
        what: "health"
    }
}

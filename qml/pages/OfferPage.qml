// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// The young person's own "What I can get" page.
ScrollPage {
    id: root

    required property AppController app

    title: qsTr("What I can get", "@title:page")

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
        what: "offer"
    }
    GlossaryTerms {
        terms: ["staying_put", "pa"]
    }
    OfferView {
        person: person
    }
    ReadAloudButton {
        visible: readAloud.available && !readAloud.first
        reader: readAloud
        what: "offer"
    }
}

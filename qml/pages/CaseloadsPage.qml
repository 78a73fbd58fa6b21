// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A manager looks at each PA's caseload, sorted by what needs attention.
ScrollPage {
    id: root

    required property AppController app

    title: qsTr("Caseloads", "@title:page")

    TeamController {
        id: team
        app: root.app
    }
    CaseloadController {
        id: caseload
        app: root.app
    }

    // The PA box picks its first PA while the page is still being created. Filling the caseload
    // then, between the list's completion and the page's, leaves Qt 6.4's nested ColumnLayouts
    // marked dirty with no relayout to come: the cards pile up at their implicit size. So follow
    // the box only once the page is complete.
    Component.onCompleted: caseload.staffId = Qt.binding(() => paBox.currentValue ?? "")

    Label {
        text: qsTr("Personal adviser", "@label:listbox")
        font.pixelSize: Units.bodyFont
    }
    PathwayComboBox {
        id: paBox
        model: team.staff
        textRole: "accessibleName"
        valueRole: "key"
        Accessible.name: qsTr("Personal adviser", "@label:listbox")
    }
    CaseloadList {
        app: root.app
        caseload: caseload
    }
}

// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A PA's caseload, sorted by what needs attention first.
ScrollPage {
    id: root

    required property AppController app

    title: qsTr("My caseload", "@title:page")

    CaseloadController {
        id: caseload
        app: root.app
    }

    CaseloadList {
        app: root.app
        caseload: caseload
    }
}

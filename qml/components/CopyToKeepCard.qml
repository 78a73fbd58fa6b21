// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A copy to keep of the plan or the health history as a PDF, in the app's language: the young
// person saves it for themselves, or their PA makes it for them. Then it can be opened to print
// or share it.
Card {
    id: root

    required property YoungPersonController person
    // "plan" or "health"
    required property string kind
    // False where the page only reads the record (a manager's sign-off).
    property bool offered: true

    title: root.kind === "plan" ? qsTr("A copy of the plan to keep", "@title") : qsTr("A copy of the health history to keep", "@title")
    subtitle: qsTr("Save it as a PDF file to print, share or keep on your phone.", "@info")
    accessibleText: root.title + ". " + root.subtitle
    visible: copy.canMake && root.offered

    CopyToKeepController {
        id: copy
        app: root.person.app
        youngPersonId: root.person.youngPersonId
    }
    FileDialog {
        id: saveDialog
        title: root.title
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)", "@item:inlistbox file type")]
        onAccepted: copy.make(root.kind, saveDialog.selectedFile)
    }
    Flow {
        Layout.fillWidth: true
        spacing: Units.spacing
        PathwayButton {
            text: qsTr("Save as PDF", "@action:button")
            font.pixelSize: Units.bodyFont
            about: root.title
            onClicked: root.save()
        }
        PathwayButton {
            visible: copy.hasCopy
            text: qsTr("Open to print or share", "@action:button")
            font.pixelSize: Units.bodyFont
            about: root.title
            onClicked: copy.openLast()
        }
    }
    MessageBar {
        text: copy.message
    }

    function save() {
        saveDialog.selectedFile = copy.suggestedFile(root.kind);
        saveDialog.open();
    }
}

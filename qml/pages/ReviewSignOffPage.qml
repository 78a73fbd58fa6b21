// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// A manager's sign-off of one plan review: the review as recorded, then the plan itself,
// and only then the sign-off, confirmed once more.
ScrollPage {
    id: root

    required property AppController app
    required property string reviewId

    title: qsTr("Sign off a review", "@title:page")

    SignOffController {
        id: signOff
        app: root.app
        reviewId: root.reviewId
    }
    YoungPersonController {
        id: person
        app: root.app
        youngPersonId: signOff.youngPersonId
    }

    Heading {
        //: %1 the young person's name
        text: qsTr("Review of %1's plan", "@title").arg(signOff.youngPersonName)
    }
    Card {
        title: signOff.heldText
        status: signOff.reasonText
        subtitle: signOff.outcome
        detail: signOff.participantsText
        //: Screen reader: the review card, %1 when held, %2 why, %3 the outcome, %4 who took part
        accessibleText: qsTr("%1. %2. %3. %4", "@info").arg(signOff.heldText).arg(signOff.reasonText).arg(signOff.outcome).arg(signOff.participantsText)
        BodyText {
            text: signOff.tookPartText
        }
        BodyText {
            visible: signOff.views.length > 0
            //: %1 the young person's views, in their words
            text: qsTr("Their views: %1", "@info").arg("\u2068" + signOff.views + "\u2069")
        }
        BodyText {
            text: signOff.nextReviewText
        }
        BodyText {
            text: signOff.signedOffText
            font.bold: true
        }
    }
    Heading {
        text: qsTr("The plan", "@title")
    }
    PlanView {
        person: person
        readOnly: true
    }
    BodyText {
        visible: signOff.canSignOff
        text: qsTr("Read the review and the plan above before you sign it off.", "@info")
    }
    PathwayButton {
        visible: signOff.canSignOff
        Layout.fillWidth: true
        Layout.minimumHeight: Units.touchTarget
        highlighted: true
        text: qsTr("Sign off this review", "@action:button")
        font.pixelSize: Units.largeFont
        about: signOff.youngPersonName
        onClicked: confirmDialog.open()
    }
    MessageBar {
        text: signOff.message
    }

    PathwayDialog {
        id: confirmDialog
        anchors.centerIn: Overlay.overlay
        width: Math.min(Units.maxFormWidth, root.width - Units.largeSpacing * 2)
        title: qsTr("Sign off this review?", "@title:window")
        standardButtons: Dialog.Yes | Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            BodyText {
                //: %1 the young person's name
                text: qsTr("You confirm that you have read %1's review and plan, and that the plan meets their needs.", "@info").arg(signOff.youngPersonName)
            }
        }
        onAccepted: signOff.signOff()
    }
}

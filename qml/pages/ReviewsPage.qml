// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// Plan reviews waiting for a manager's sign-off; each opens with the plan, to be read first.
ScrollPage {
    id: root

    required property AppController app

    title: qsTr("Plan reviews to sign off", "@title:page")

    TeamController {
        id: team
        app: root.app
    }

    MessageBar {
        text: team.message
    }
    Repeater {
        model: team.reviews
        delegate: Card {
            id: review
            required property string key
            required property string name
            required property string heldText
            required property string outcome
            required property string tookPartText
            required property string accessibleName
            title: review.name
            status: review.heldText
            subtitle: review.outcome
            detail: review.tookPartText
            accessibleText: review.accessibleName
            PathwayButton {
                highlighted: true
                text: qsTr("Read and sign off", "@action:button")
                font.pixelSize: Units.bodyFont
                about: review.name
                onClicked: root.openReview(review.key)
            }
        }
    }
    ListState {
        loading: team.reviews.loading
        count: team.reviews.count
        emptyText: qsTr("No reviews are waiting for sign-off.", "@info")
        emptyHint: qsTr("Reviews appear here when a PA records one.", "@info")
    }

    function openReview(reviewId: string) {
        root.app.push("signOff", {
            reviewId: reviewId
        });
    }
}

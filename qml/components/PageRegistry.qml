// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Pathway.Ui
import Pathway.Models

// Which page each navigation key opens. Pages are created on demand by the StackView.
QtObject {
    id: root

    readonly property Component home: Component {
        HomePage {}
    }
    readonly property Component plan: Component {
        PlanPage {}
    }
    readonly property Component health: Component {
        HealthPage {}
    }
    readonly property Component offer: Component {
        OfferPage {}
    }
    readonly property Component documents: Component {
        DocumentsPage {}
    }
    readonly property Component talk: Component {
        TalkPage {}
    }
    readonly property Component settings: Component {
        SettingsPage {}
    }
    readonly property Component caseload: Component {
        CaseloadPage {}
    }
    readonly property Component logContact: Component {
        LogContactPage {}
    }
    readonly property Component record: Component {
        RecordPage {}
    }
    readonly property Component alerts: Component {
        AlertsPage {}
    }
    readonly property Component team: Component {
        TeamPage {}
    }
    readonly property Component allocate: Component {
        AllocatePage {}
    }
    readonly property Component caseloads: Component {
        CaseloadsPage {}
    }
    readonly property Component reviews: Component {
        ReviewsPage {}
    }
    readonly property Component performance: Component {
        PerformancePage {}
    }
    readonly property Component conflicts: Component {
        ConflictsPage {}
    }
    readonly property Component rejected: Component {
        RejectedPage {}
    }
    readonly property Component documentEdit: Component {
        DocumentEditPage {}
    }
    readonly property Component entitlementEdit: Component {
        EntitlementEditPage {}
    }
    readonly property Component reviewEdit: Component {
        ReviewEditPage {}
    }
    readonly property Component signOff: Component {
        ReviewSignOffPage {}
    }
    readonly property Component handoverEdit: Component {
        HandoverEditPage {}
    }

    function component(key: string): Component {
        switch (key) {
        case "home": return root.home;
        case "plan": return root.plan;
        case "health": return root.health;
        case "offer": return root.offer;
        case "documents": return root.documents;
        case "talk": return root.talk;
        case "settings": return root.settings;
        case "caseload": return root.caseload;
        case "logContact": return root.logContact;
        case "record": return root.record;
        case "alerts": return root.alerts;
        case "team": return root.team;
        case "allocate": return root.allocate;
        case "caseloads": return root.caseloads;
        case "reviews": return root.reviews;
        case "performance": return root.performance;
        case "conflicts": return root.conflicts;
        case "rejected": return root.rejected;
        case "documentEdit": return root.documentEdit;
        case "entitlementEdit": return root.entitlementEdit;
        case "reviewEdit": return root.reviewEdit;
        case "signOff": return root.signOff;
        case "handoverEdit": return root.handoverEdit;
        }
        return null;
    }
}

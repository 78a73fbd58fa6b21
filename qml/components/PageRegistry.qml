// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
import QtQuick
import Pathway.Ui
import Pathway.Models

// Which page each navigation key opens. A page's file is compiled into the app, but loaded
// only when the page is first opened (not at start-up): start-up loads only what it shows.
QtObject {
    id: root

    readonly property var files: ({
        home: "HomePage.qml",
        plan: "PlanPage.qml",
        health: "HealthPage.qml",
        offer: "OfferPage.qml",
        documents: "DocumentsPage.qml",
        talk: "TalkPage.qml",
        settings: "SettingsPage.qml",
        caseload: "CaseloadPage.qml",
        logContact: "LogContactPage.qml",
        record: "RecordPage.qml",
        alerts: "AlertsPage.qml",
        team: "TeamPage.qml",
        allocate: "AllocatePage.qml",
        caseloads: "CaseloadsPage.qml",
        performance: "PerformancePage.qml",
        reviews: "ReviewsPage.qml",
        conflicts: "ConflictsPage.qml",
        rejected: "RejectedPage.qml",
        documentEdit: "DocumentEditPage.qml",
        entitlementEdit: "EntitlementEditPage.qml",
        reviewEdit: "ReviewEditPage.qml",
        signOff: "ReviewSignOffPage.qml",
        handoverEdit: "HandoverEditPage.qml"
    })
    property var loaded: ({})

    function component(key: string): Component {
        const file = root.files[key];
        if (!file)
            return null;
        if (!root.loaded[key])
            root.loaded[key] = Qt.createComponent("qrc:/qt/qml/Pathway/Ui/pages/" + file);
        return root.loaded[key];
    }
}

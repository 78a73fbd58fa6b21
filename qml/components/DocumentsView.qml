pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// The documents checklist: status, expiry, who is helping, and "ask my PA for help".
ColumnLayout {
    id: root

    required property YoungPersonController person

    Layout.fillWidth: true
    spacing: Units.largeSpacing

    MessageBar {
        text: root.person.message
    }
    Repeater {
        model: root.person.documents
        delegate: Card {
            id: doc
            required property string key
            required property string heading
            required property string statusText
            required property string detailText
            required property bool needsAction
            required property bool helpRequested
            required property bool canAskHelp
            required property string accessibleName
            title: doc.heading
            status: doc.statusText
            detail: doc.helpRequested ? qsTr("You asked your PA for help.", "@info") : doc.detailText
            attention: doc.needsAction
            accessibleText: doc.accessibleName
            Button {
                visible: doc.canAskHelp && !root.person.isStaff
                text: qsTr("Ask my PA for help", "@action:button")
                font.pixelSize: Units.bodyFont
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Ask my PA for help with %1", "@action:button").arg(doc.heading)
                onClicked: root.person.askDocumentHelp(doc.key)
            }
        }
    }
    ListState {
        loading: root.person.documents.loading
        count: root.person.documents.count
        emptyText: qsTr("No documents on the checklist yet.", "@info")
        emptyHint: qsTr("Your PA will add the documents you need.", "@info")
    }
}

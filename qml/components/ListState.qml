import QtQuick
import QtQuick.Controls.Material
import QtQuick.Layouts
import Pathway.Ui
import Pathway.Models

// The loading and empty states of a list model: put it right after the list.
ColumnLayout {
    id: root

    required property RowListModel model
    required property string emptyText
    property string emptyHint: ""

    Layout.fillWidth: true
    visible: root.model.loading || root.model.count === 0

    LoadingState {
        visible: root.model.loading
    }
    EmptyState {
        visible: !root.model.loading && root.model.count === 0
        text: root.emptyText
        hint: root.emptyHint
    }
}

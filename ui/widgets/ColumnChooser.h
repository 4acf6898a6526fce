#pragma once
// Right-click on a table's header to show or hide its columns.

class QTreeView;

namespace rt::ui {

void addColumnChooser(QTreeView* view);

} // namespace rt::ui

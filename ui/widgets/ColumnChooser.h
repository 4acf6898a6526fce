#pragma once
// Right-click on a table's header to show or hide its columns.

#include <QStringList>

class QTreeView;

namespace rt::ui {

void addColumnChooser(QTreeView* view);

// Sizes each column to fit a typical value (and its header), so columns
// start wide enough whatever the font.
void sizeColumnsForSamples(QTreeView* view, const QStringList& samples);

} // namespace rt::ui

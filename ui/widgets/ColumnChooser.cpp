#include "ColumnChooser.h"

#include <QFontMetrics>
#include <QHeaderView>

#include <algorithm>
#include <QMenu>
#include <QTreeView>

#include "widgets/Mnemonics.h"

namespace rt::ui {

void addColumnChooser(QTreeView* view)
{
    QHeaderView* header = view->header();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, view, [view, header](const QPoint& pos) {
        QMenu menu(view);
        menu.setTitle(QObject::tr("Columns"));
        for (int column = 0; column < header->count(); ++column) {
            QString title = view->model()->headerData(column, Qt::Horizontal).toString();
            title.replace(QLatin1String("&"), QLatin1String("&&"));
            QAction* action = menu.addAction(title);
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            // The first column (the name) always stays.
            action->setEnabled(column != 0);
            QObject::connect(action, &QAction::toggled, view, [header, column](bool on) { header->setSectionHidden(column, !on); });
        }
        giveMnemonics(&menu);
        menu.exec(header->mapToGlobal(pos));
    });
}

void sizeColumnsForSamples(QTreeView* view, const QStringList& samples)
{
    const QFontMetrics metrics(view->font());
    const QFontMetrics headerMetrics(view->header()->font());
    for (int column = 0; column < samples.size(); ++column) {
        const QString header = view->model()->headerData(column, Qt::Horizontal).toString();
        const int width = std::max(metrics.horizontalAdvance(samples[column]), headerMetrics.horizontalAdvance(header) + 16);
        view->setColumnWidth(column, width + 16);
    }
}

} // namespace rt::ui

#include "PickSourceDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rt::ui {

PickSourceDialog::PickSourceDialog(const QString& title, const QString& intro, const QString& empty,
                                   const QStringList& headers, QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(intro, this))
    , m_empty(new QLabel(empty, this))
    , m_list(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    for (QLabel* l : {m_intro, m_empty}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAccessibleName(tr("Nothing to choose"));
    m_empty->hide();
    m_list->setHeaderLabels(headers);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->setAccessibleName(title);
    m_list->header()->setStretchLastSection(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add to the Plan"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &PickSourceDialog::updateOk);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (chosenId())
            accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_buttons);
    resize(900, 460);
    updateOk();
}

void PickSourceDialog::addRow(const QStringList& cells, Id id, const QString& toolTip)
{
    auto* item = new QTreeWidgetItem(m_list, cells);
    item->setData(0, Qt::UserRole, id);
    if (!id) {
        item->setFlags(Qt::ItemIsEnabled);
        item->setFirstColumnSpanned(true);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
    }
    for (int c = 0; c < cells.size() && !toolTip.isEmpty(); ++c)
        item->setToolTip(c, toolTip);
}

void PickSourceDialog::setStretchColumn(int column)
{
    m_list->header()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void PickSourceDialog::setRightAligned(int column)
{
    m_rightAligned << column;
}

void PickSourceDialog::finish()
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        for (int c : m_rightAligned)
            m_list->topLevelItem(row)->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c : m_rightAligned)
        m_list->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    for (int c = 0; c < m_list->columnCount(); ++c) {
        if (m_list->header()->sectionResizeMode(c) != QHeaderView::Stretch) {
            m_list->resizeColumnToContents(c);
            m_list->setColumnWidth(c, m_list->columnWidth(c) + 16); // room between columns
        }
    }
    const bool empty = rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    if (empty)
        resize(640, 240); // a sentence, not a list
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->data(0, Qt::UserRole).toLongLong()) {
            m_list->setCurrentItem(m_list->topLevelItem(row));
            break;
        }
    }
    updateOk();
}

std::optional<Id> PickSourceDialog::chosenId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    const Id id = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    return id ? std::optional<Id>(id) : std::nullopt;
}

int PickSourceDialog::rowCount() const
{
    int rows = 0;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        rows += m_list->topLevelItem(row)->data(0, Qt::UserRole).toLongLong() ? 1 : 0;
    return rows;
}

bool PickSourceDialog::choose(Id id)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->data(0, Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(row));
            return true;
        }
    }
    return false;
}

void PickSourceDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chosenId().has_value());
}

} // namespace rt::ui

#include "HistoryPanel.h"

#include "Document.h"
#include "common/Text.h"
#include "dialogs/AuthorDialog.h"
#include "storage/ChangeSet.h"
#include "storage/Journal.h"
#include "widgets/FindField.h"
#include "widgets/NamedButton.h"
#include "widgets/ClearButton.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

constexpr int kSearchRole = Qt::UserRole + 1;

} // namespace

HistoryPanel::HistoryPanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_older(namedButton(tr("Show &older changes"), tr("Show older changes"), this))
    , m_author(new QLabel(this))
    , m_changeAuthor(namedButton(tr("Your &name…"), tr("Your name for the change history"), this))
{
    setObjectName(QStringLiteral("historyPanel"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(tr("Whose history"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setAccessibleName(tr("Number of changes shown"));
    m_filter->setPlaceholderText(tr("Filter by name, change, detail or who made it (Ctrl+F)"));
    giveClearButton(m_filter);
    m_filter->setAccessibleName(tr("Filter the history"));
    m_author->setTextFormat(Qt::PlainText);
    m_author->setAccessibleName(tr("Name your changes are recorded under"));

    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("Workshop"), tr("What")});
    m_tree->setAccessibleName(tr("Change history"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics(m_tree->font());
    m_tree->setColumnWidth(0, metrics.horizontalAdvance(QStringLiteral("2027-03-09 08:42")) + 48);
    m_tree->setColumnWidth(1, metrics.horizontalAdvance(QStringLiteral("Marianne Castellanos")) + 16);
    m_tree->setColumnWidth(2, metrics.horizontalAdvance(QStringLiteral("Strengthening the City Manager")) + 16);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_count);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_older);
    footer->addStretch();
    footer->addWidget(m_author);
    footer->addWidget(m_changeAuthor);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addLayout(footer);

    connect(m_filter, &QLineEdit::textChanged, this, &HistoryPanel::applyFilter);
    connect(m_older, &QPushButton::clicked, this, &HistoryPanel::showOlder);
    connect(m_changeAuthor, &QPushButton::clicked, this, &HistoryPanel::editAuthor);
    connect(&m_document, &Document::changed, this, &HistoryPanel::onChanged);
    findfield::mark(m_filter);
    m_older->hide();
    updateAuthor();
}

void HistoryPanel::setScope(const history::Scope& scope, const QString& title)
{
    const bool same = m_hasScope && scope.of == m_scope.of && scope.uuid == m_scope.uuid;
    m_scope = scope;
    m_hasScope = true;
    m_title->setText(title);
    if (!same)
        m_filter->clear();
    // A workshop's history is all one workshop; the others say which.
    m_tree->setColumnHidden(2, scope.of == history::Scope::Of::Workshop);
    // A panel out of sight reads when it is shown.
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void HistoryPanel::reload()
{
    m_stale = false;
    m_tree->clear();
    m_loaded = 0;
    m_total = 0;
    if (!m_hasScope)
        return;
    auto total = history::count(m_document.database(), m_scope);
    history::Page page;
    page.limit = kPageSize;
    auto entries = history::read(m_document.database(), m_scope, page);
    if (!total || !entries) {
        m_count->setText(tr("The history cannot be read: %1").arg(!total ? total.error().message : entries.error().message));
        m_older->hide();
        return;
    }
    m_total = *total;
    append(*entries);
    updateAuthor();
}

void HistoryPanel::showOlder()
{
    history::Page page;
    page.limit = kPageSize;
    page.offset = m_loaded;
    auto entries = history::read(m_document.database(), m_scope, page);
    if (!entries) {
        m_count->setText(tr("The history cannot be read: %1").arg(entries.error().message));
        return;
    }
    append(*entries);
}

void HistoryPanel::append(const std::vector<history::Entry>& entries)
{
    QList<QTreeWidgetItem*> items;
    for (const history::Entry& e : entries) {
        const QString workshops = history::workshopsOf(e).join(QStringLiteral("; "));
        auto* item = new QTreeWidgetItem({e.timeLabel(), e.author, workshops, e.description});
        QFont bold = item->font(3);
        bold.setBold(true);
        item->setFont(3, bold);
        item->setToolTip(0, e.localAt().toString(Qt::TextDate));
        item->setToolTip(2, workshops);
        item->setToolTip(3, history::kindLabel(e.kind));
        item->setData(0, kSearchRole, history::searchText(e, m_scope.of));
        for (const history::Line& line : e.lines) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, history::lineText(line, m_scope.of));
            child->setToolTip(0, child->text(0));
        }
        if (e.moreLines > 0)
            (new QTreeWidgetItem(item))->setText(0, tr("… and %n more row(s)", nullptr, e.moreLines));
        items << item;
    }
    m_tree->addTopLevelItems(items);
    for (QTreeWidgetItem* item : items) {
        // Detail lines read across the whole width.
        for (int i = 0; i < item->childCount(); ++i)
            item->child(i)->setFirstColumnSpanned(true);
        item->setExpanded(true);
    }
    m_loaded += int(entries.size());
    m_older->setVisible(m_loaded < m_total);
    applyFilter();
}

void HistoryPanel::applyFilter()
{
    const QStringList words = searchWords(m_filter->text());
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        item->setHidden(!matchesAllWords(item->data(0, kSearchRole).toString(), words));
    }
    updateCount();
}

void HistoryPanel::updateCount()
{
    if (m_total == 0) {
        m_count->setText(tr("No changes recorded yet."));
        return;
    }
    int shown = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        shown += m_tree->topLevelItem(i)->isHidden() ? 0 : 1;
    if (!m_filter->text().trimmed().isEmpty())
        m_count->setText(tr("%1 of %2 loaded changes match").arg(shown).arg(m_loaded));
    else if (m_loaded < m_total)
        m_count->setText(tr("The newest %1 of %2 changes").arg(m_loaded).arg(m_total));
    else
        m_count->setText(tr("%n change(s)", nullptr, m_total));
}

void HistoryPanel::updateAuthor()
{
    m_author->setText(tr("Your changes are recorded as “%1”.").arg(journal::author()));
}

void HistoryPanel::editAuthor()
{
    if (editAuthorName(this))
        updateAuthor();
}

void HistoryPanel::setFilter(const QString& text)
{
    m_filter->setText(text);
}

void HistoryPanel::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

QStringList HistoryPanel::visibleText() const
{
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->isHidden())
            continue;
        QStringList columns;
        for (int column = 0; column < m_tree->columnCount(); ++column) {
            if (!m_tree->isColumnHidden(column))
                columns << item->text(column);
        }
        lines << columns.join(QStringLiteral(" · "));
        for (int j = 0; j < item->childCount(); ++j)
            lines << QStringLiteral("    ") + item->child(j)->text(0);
    }
    return lines;
}

void HistoryPanel::onChanged()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void HistoryPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateAuthor();
    if (m_stale)
        reload();
}

} // namespace rt::ui

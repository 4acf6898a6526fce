#include "ImportReviewPage.h"

#include "models/ImportDuplicatesModel.h"
#include "people/RosterImport.h"
#include "widgets/TwoLineDelegate.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

using rosterimport::DuplicateChoice;
using rosterimport::Outcome;
using rosterimport::PlannedRow;

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

void setUpList(QTreeView* view)
{
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->header()->setStretchLastSection(true);
}

// Why a row will not be imported, in the words of the review.
QString skipReason(const PlannedRow& row)
{
    if (row.outcome == Outcome::Skip)
        return row.reason;
    if (row.outcome == Outcome::DuplicateInFile && row.choice == DuplicateChoice::EnrollExisting)
        return ImportReviewPage::tr("the same person as line %1").arg(row.sameAsLine);
    return ImportReviewPage::tr("you chose to skip it above (%1)").arg(row.reason);
}

} // namespace

ImportReviewPage::ImportReviewPage(QWidget* parent)
    : QWidget(parent)
    , m_counts(new QLabel(this))
    , m_duplicatesTitle(nullptr)
    , m_duplicatesModel(new ImportDuplicatesModel(this))
    , m_duplicates(new QTreeView(this))
    , m_choiceBox(new QGroupBox(tr("For the selected rows"), this))
    , m_choices(new QButtonGroup(this))
    , m_enrollExisting(new QRadioButton(tr("&Enroll the person already in the file"), m_choiceBox))
    , m_addNew(new QRadioButton(tr("Add as a &new person"), m_choiceBox))
    , m_skip(new QRadioButton(tr("S&kip the row"), m_choiceBox))
    , m_skippedTitle(nullptr)
    , m_skippedModel(new QStandardItemModel(this))
    , m_skipped(new QTreeView(this))
{
    setObjectName(QStringLiteral("importReviewPage"));
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    m_counts->setAccessibleName(tr("What the import will do"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    setUpList(m_duplicates);
    m_duplicates->setModel(m_duplicatesModel);
    m_duplicates->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_duplicates->setAccessibleName(tr("Likely duplicates"));
    // Each person's name with their details under it, so neither is cut off.
    m_duplicates->setUniformRowHeights(false);
    auto* twoLines = new TwoLineDelegate(ImportDuplicatesModel::DetailRole, m_duplicates);
    m_duplicates->setItemDelegateForColumn(ImportDuplicatesModel::Incoming, twoLines);
    m_duplicates->setItemDelegateForColumn(ImportDuplicatesModel::Existing, twoLines);
    m_duplicates->header()->resizeSection(ImportDuplicatesModel::Line, 45);
    m_duplicates->header()->resizeSection(ImportDuplicatesModel::Incoming, 320);
    m_duplicates->header()->resizeSection(ImportDuplicatesModel::Existing, 320);
    m_duplicates->header()->resizeSection(ImportDuplicatesModel::Reason, 170);

    m_choices->addButton(m_enrollExisting, int(DuplicateChoice::EnrollExisting));
    m_choices->addButton(m_addNew, int(DuplicateChoice::AddNew));
    m_choices->addButton(m_skip, int(DuplicateChoice::Skip));
    m_enrollExisting->setAccessibleName(tr("Enroll the person already in the file"));
    m_addNew->setAccessibleName(tr("Add as a new person"));
    m_skip->setAccessibleName(tr("Skip the row"));
    m_choiceBox->setAccessibleName(tr("What to do with the selected rows"));
    auto* choiceLayout = new QHBoxLayout(m_choiceBox);
    choiceLayout->addWidget(m_enrollExisting);
    choiceLayout->addWidget(m_addNew);
    choiceLayout->addWidget(m_skip);
    choiceLayout->addStretch();

    setUpList(m_skipped);
    m_skipped->setModel(m_skippedModel);
    m_skipped->setSelectionMode(QAbstractItemView::SingleSelection);
    m_skipped->setAccessibleName(tr("Rows that will be skipped"));
    m_skippedModel->setHorizontalHeaderLabels({tr("Line"), tr("Row"), tr("Why it is skipped")});

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_duplicatesPane = new QWidget(splitter);
    m_duplicatesTitle = heading(QString(), m_duplicatesPane);
    auto* duplicatesLayout = new QVBoxLayout(m_duplicatesPane);
    duplicatesLayout->setContentsMargins(0, 0, 0, 0);
    duplicatesLayout->addWidget(m_duplicatesTitle);
    duplicatesLayout->addWidget(m_duplicates, 1);
    duplicatesLayout->addWidget(m_choiceBox);
    m_duplicates->setParent(m_duplicatesPane);
    m_choiceBox->setParent(m_duplicatesPane);
    m_skippedPane = new QWidget(splitter);
    m_skippedTitle = heading(QString(), m_skippedPane);
    auto* skippedLayout = new QVBoxLayout(m_skippedPane);
    skippedLayout->setContentsMargins(0, 6, 0, 0);
    skippedLayout->addWidget(m_skippedTitle);
    skippedLayout->addWidget(m_skipped, 1);
    m_skipped->setParent(m_skippedPane);
    splitter->addWidget(m_duplicatesPane);
    splitter->addWidget(m_skippedPane);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addWidget(splitter, 1);
    setTabOrder(m_duplicates, m_enrollExisting);
    setTabOrder(m_enrollExisting, m_addNew);
    setTabOrder(m_addNew, m_skip);
    setTabOrder(m_skip, m_skipped);

    connect(m_choices, &QButtonGroup::idClicked, this, &ImportReviewPage::chooseForSelection);
    connect(m_duplicates->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportReviewPage::showSelectionChoice);
}

void ImportReviewPage::setPlan(rosterimport::Plan* plan)
{
    m_plan = plan;
    m_duplicatesModel->setPlan(plan);
    if (m_duplicatesModel->rowCount() > 0)
        m_duplicates->selectionModel()->setCurrentIndex(m_duplicatesModel->index(0, 0),
                                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    refresh();
    showSelectionChoice();
}

void ImportReviewPage::refresh()
{
    if (!m_plan)
        return;
    const rosterimport::PlanCounts c = m_plan->counts();
    QStringList lines;
    lines << tr("%n row(s) read from the file.", nullptr, c.rows);
    lines << tr("• %n new person(s) will be added to the file and enrolled.", nullptr, c.added);
    if (c.enrolledExisting > 0)
        lines << tr("• %n person(s) already in the file will be enrolled.", nullptr, c.enrolledExisting);
    if (c.waitlisted > 0) {
        // Capacity said plainly: who does not get a place, and why.
        const QString waitlist = tr("%n person(s) will go on the waitlist (the later rows of the file).", nullptr, c.waitlisted);
        lines << (m_plan->placesLeft > 0
                      ? tr("• The workshop has room for %n more, so %1", nullptr, m_plan->placesLeft).arg(waitlist)
                      : tr("• The workshop is full, so %1").arg(waitlist));
    }
    if (c.duplicates > 0)
        lines << tr("• %n likely duplicate(s) of someone already in the file or of an earlier row: choose below what "
                    "to do with each.",
                    nullptr, c.duplicates);
    if (c.skipped > 0)
        lines << tr("• %n row(s) will be skipped, listed below with the reason.", nullptr, c.skipped);
    lines << tr("Nothing has been written yet. Import adds everyone in one step, which Undo takes back.");
    m_counts->setText(lines.join(QLatin1Char('\n')));

    m_duplicatesTitle->setText(c.duplicates > 0 ? tr("Likely duplicates (%1)").arg(c.duplicates)
                                                : tr("No likely duplicates"));
    m_duplicates->setVisible(c.duplicates > 0);
    m_choiceBox->setVisible(c.duplicates > 0);

    m_skippedModel->removeRows(0, m_skippedModel->rowCount());
    for (const PlannedRow& row : m_plan->rows) {
        if (row.enrolls())
            continue;
        auto* line = new QStandardItem(QString::number(row.line));
        line->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        const QString who = ImportDuplicatesModel::describe(row.person);
        m_skippedModel->appendRow({line, new QStandardItem(who), new QStandardItem(skipReason(row))});
    }
    for (int r = 0; r < m_skippedModel->rowCount(); ++r)
        for (int col = 0; col < m_skippedModel->columnCount(); ++col)
            m_skippedModel->item(r, col)->setEditable(false);
    m_skippedTitle->setText(m_skippedModel->rowCount() > 0 ? tr("Rows that will be skipped (%1)").arg(m_skippedModel->rowCount())
                                                           : tr("No rows will be skipped"));
    m_skipped->setVisible(m_skippedModel->rowCount() > 0);
    m_skipped->header()->resizeSection(0, 50);
    m_skipped->header()->resizeSection(1, 320);
}

void ImportReviewPage::chooseForSelection(int choice)
{
    QList<int> rows;
    for (const QModelIndex& index : m_duplicates->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return;
    m_duplicatesModel->choose(rows, DuplicateChoice(choice));
    refresh();
}

void ImportReviewPage::showSelectionChoice()
{
    const QModelIndexList selected = m_duplicates->selectionModel()->selectedRows();
    m_choiceBox->setEnabled(!selected.isEmpty());
    // Checked only when every selected row has the same choice.
    int common = -1;
    bool someoneInFile = false; // "enroll the person already in the file" needs one
    for (const QModelIndex& index : selected) {
        const int at = m_duplicatesModel->planRow(index.row());
        if (at < 0)
            continue;
        const rosterimport::PlannedRow& row = m_plan->rows[size_t(at)];
        someoneInFile |= row.outcome == Outcome::EnrollExisting;
        common = (common == -1 || common == int(row.choice)) ? int(row.choice) : -2;
    }
    m_enrollExisting->setEnabled(someoneInFile);
    m_choices->setExclusive(false);
    for (QAbstractButton* b : m_choices->buttons())
        b->setChecked(m_choices->id(b) == common);
    m_choices->setExclusive(true);
}

} // namespace rt::ui

#include "CatalogDialog.h"

#include "Document.h"
#include "Prompts.h"
#include "widgets/ListAndForm.h"
#include "workshops/Workshop.h"
#include "widgets/FormRows.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rt::ui {

CatalogDialog::CatalogDialog(Document& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_groups(new QTableWidget(this))
    , m_newNumber(new QSpinBox(this))
    , m_newName(new QLineEdit(this))
    , m_programs(new QListWidget(this))
    , m_title(new QLineEdit(this))
    , m_provider(new QLineEdit(this))
    , m_length(new QComboBox(this))
    , m_capacity(new QSpinBox(this))
    , m_audience(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_programGroups(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("catalogDialog"));
    setWindowTitle(tr("Programs and practice groups"));

    // Practice groups.
    auto* groupsPage = new QWidget(this);
    m_groups->setColumnCount(2);
    m_groups->setHorizontalHeaderLabels({tr("Number"), tr("Name")});
    m_groups->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_groups->horizontalHeader()->setStretchLastSection(true);
    m_groups->verticalHeader()->hide();
    m_groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groups->setAccessibleName(tr("Practice groups"));
    m_newNumber->setRange(1, 999);
    m_newNumber->setAccessibleName(tr("New practice group number"));
    m_newName->setPlaceholderText(tr("Name (may be left empty)"));
    m_newName->setAccessibleName(tr("New practice group name"));
    auto* addGroup = new QPushButton(tr("&Add group"), groupsPage);
    auto* removeGroup = new QPushButton(tr("&Remove group"), groupsPage);
    auto* groupHint = new QLabel(tr("Double-click a name to change it. Groups without a name show by number."), groupsPage);
    groupHint->setWordWrap(true);
    auto* addGroupRow = new QHBoxLayout;
    addGroupRow->addWidget(m_newNumber);
    addGroupRow->addWidget(m_newName, 1);
    addGroupRow->addWidget(addGroup);
    addGroupRow->addWidget(removeGroup);
    auto* groupsLayout = new QVBoxLayout(groupsPage);
    groupsLayout->addWidget(groupHint);
    groupsLayout->addWidget(m_groups, 1);
    groupsLayout->addLayout(addGroupRow);

    // Programs.
    for (int halfDays = 1; halfDays <= 10; ++halfDays)
        m_length->addItem(durationLabel(halfDays), halfDays);
    m_capacity->setRange(0, 10000);
    m_capacity->setSpecialValueText(tr("no limit"));
    m_summary->setTabChangesFocus(true);
    m_programs->setAccessibleName(tr("Programs"));
    m_programGroups->setAccessibleName(tr("The program's practice groups"));
    auto* form = new QFormLayout;
    addRow(form, tr("&Title:"), m_title);
    addRow(form, tr("&Provider:"), m_provider);
    addRow(form, tr("&Length:"), m_length);
    addRow(form, tr("Participant &limit:"), m_capacity);
    addRow(form, tr("&Audience:"), m_audience);
    addRow(form, tr("&Summary:"), m_summary);
    addRow(form, tr("Practice &groups:"), m_programGroups);
    auto* saveProgram = new QPushButton(tr("&Save program"), this);
    auto* newProgram = new QPushButton(tr("&New program"), this);
    auto* removeProgram = new QPushButton(tr("Re&move program"), this);
    QWidget* programsPage = listAndForm(this, m_programs, form, newProgram, saveProgram, removeProgram);

    auto* tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Practice groups and programs"));
    tabs->addTab(groupsPage, tr("Practice groups"));
    tabs->addTab(programsPage, tr("Programs"));
    m_status->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(addGroup, &QPushButton::clicked, this, &CatalogDialog::addGroup);
    connect(removeGroup, &QPushButton::clicked, this, &CatalogDialog::removeGroup);
    connect(m_groups, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_loading || item->column() != 1)
            return;
        const PracticeGroup& g = m_groupRows[size_t(item->row())];
        report(m_document.apply(catalog::renamePracticeGroup(m_document.database(), g.id, item->text())));
    });
    connect(m_programs, &QListWidget::currentRowChanged, this, &CatalogDialog::showProgram);
    connect(saveProgram, &QPushButton::clicked, this, &CatalogDialog::saveProgram);
    connect(newProgram, &QPushButton::clicked, this, &CatalogDialog::newProgram);
    connect(removeProgram, &QPushButton::clicked, this, &CatalogDialog::removeProgram);
    connect(&m_document, &Document::failed, this, [this](const QString& message) { m_lastError = message; });
    reload();
    resize(820, 560);
}

void CatalogDialog::reload()
{
    m_loading = true;
    auto groups = catalog::practiceGroups(m_document.database());
    m_groupRows = groups ? *groups : std::vector<PracticeGroup>{};
    m_groups->setRowCount(int(m_groupRows.size()));
    for (size_t row = 0; row < m_groupRows.size(); ++row) {
        auto* number = new QTableWidgetItem(QString::number(m_groupRows[row].number));
        number->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_groups->setItem(int(row), 0, number);
        m_groups->setItem(int(row), 1, new QTableWidgetItem(m_groupRows[row].name));
    }
    m_programGroups->clear();
    for (const PracticeGroup& g : m_groupRows) {
        auto* item = new QListWidgetItem(g.label(), m_programGroups);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, g.id);
    }
    auto programs = catalog::programs(m_document.database());
    m_programRows = programs ? *programs : std::vector<Program>{};
    m_programs->clear();
    int current = 0;
    for (size_t row = 0; row < m_programRows.size(); ++row) {
        m_programs->addItem(m_programRows[row].title);
        if (m_programRows[row].id == m_currentProgram)
            current = int(row);
    }
    m_loading = false;
    if (!m_programRows.empty())
        m_programs->setCurrentRow(current);
    showProgram(m_programs->currentRow());
}

void CatalogDialog::showProgram(int row)
{
    if (m_loading)
        return;
    Program p;
    if (row >= 0 && size_t(row) < m_programRows.size())
        p = m_programRows[size_t(row)];
    m_currentProgram = p.id;
    m_title->setText(p.title);
    m_provider->setText(p.provider);
    m_length->setCurrentIndex(std::max(0, m_length->findData(p.halfDays)));
    m_capacity->setValue(p.capacity.value_or(0));
    m_audience->setText(p.audience);
    m_summary->setPlainText(p.summary);
    for (int i = 0; i < m_programGroups->count(); ++i) {
        QListWidgetItem* item = m_programGroups->item(i);
        const Id id = item->data(Qt::UserRole).toLongLong();
        item->setCheckState(std::find(p.practiceGroupIds.begin(), p.practiceGroupIds.end(), id) != p.practiceGroupIds.end()
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
}

void CatalogDialog::saveProgram()
{
    Program p;
    p.id = m_currentProgram;
    p.title = m_title->text();
    p.provider = m_provider->text();
    p.halfDays = m_length->currentData().toInt();
    if (m_capacity->value() > 0)
        p.capacity = m_capacity->value();
    p.audience = m_audience->text();
    p.summary = m_summary->toPlainText();
    for (int i = 0; i < m_programGroups->count(); ++i) {
        if (m_programGroups->item(i)->checkState() == Qt::Checked)
            p.practiceGroupIds.push_back(m_programGroups->item(i)->data(Qt::UserRole).toLongLong());
    }
    auto result = catalog::saveProgram(m_document.database(), p);
    if (result)
        m_currentProgram = result->subject;
    report(m_document.apply(result));
}

void CatalogDialog::newProgram()
{
    m_programs->clearSelection();
    m_loading = true;
    m_programs->setCurrentRow(-1);
    m_loading = false;
    showProgram(-1);
    m_title->setFocus();
}

void CatalogDialog::removeProgram()
{
    if (!m_currentProgram)
        return;
    if (prompts::question(this, tr("Remove program"), tr("Remove “%1” from the catalog?").arg(m_title->text())) != QMessageBox::Yes)
        return;
    const bool ok = m_document.apply(catalog::removeProgram(m_document.database(), m_currentProgram));
    if (ok)
        m_currentProgram = 0;
    report(ok);
}

void CatalogDialog::addGroup()
{
    report(m_document.apply(catalog::addPracticeGroup(m_document.database(), m_newNumber->value(), m_newName->text())));
    m_newName->clear();
}

void CatalogDialog::removeGroup()
{
    const int row = m_groups->currentRow();
    if (row < 0 || size_t(row) >= m_groupRows.size())
        return;
    report(m_document.apply(catalog::removePracticeGroup(m_document.database(), m_groupRows[size_t(row)].id)));
}

void CatalogDialog::report(bool ok)
{
    // The outcome shows here too, since this dialog covers the window's
    // notice bar.
    m_status->setText(ok ? tr("Saved.") : m_lastError);
    reload();
}

} // namespace rt::ui

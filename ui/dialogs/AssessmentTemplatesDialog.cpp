#include "AssessmentTemplatesDialog.h"

#include "Document.h"
#include "Prompts.h"
#include "assessments/Pillars.h"
#include "widgets/Colours.h"
#include "widgets/FormRows.h"
#include "widgets/NamedButton.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rt::ui {

StatementDialog::StatementDialog(const QStringList& sections, QWidget* parent)
    : QDialog(parent)
    , m_section(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_pillar(new QComboBox(this))
{
    setObjectName(QStringLiteral("statementDialog"));
    setWindowTitle(tr("Statement"));
    auto* completer = new QCompleter(sections, m_section);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_section->setCompleter(completer);
    m_section->setPlaceholderText(tr("Groups statements in results and charts, e.g. Trust"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("A statement a participant agrees or disagrees with, scored 1 to 5"));
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 4);
    m_pillar->addItem(tr("None"), 0);
    for (int n = 1; n <= pillars::count; ++n)
        m_pillar->addItem(pillars::label(n), n);
    auto* form = new QFormLayout;
    addRow(form, tr("&Section:"), m_section);
    addRow(form, tr("S&tatement:"), m_text);
    addRow(form, tr("&Pillar:"), m_pillar);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

void StatementDialog::setQuestion(const AssessmentQuestion& question)
{
    m_question = question;
    m_section->setText(question.section);
    m_text->setPlainText(question.text);
    m_pillar->setCurrentIndex(std::max(0, m_pillar->findData(question.pillar.value_or(0))));
}

AssessmentQuestion StatementDialog::question() const
{
    AssessmentQuestion q = m_question;
    q.section = m_section->text().trimmed();
    q.text = m_text->toPlainText().trimmed();
    const int pillar = m_pillar->currentData().toInt();
    q.pillar = pillar > 0 ? std::optional<int>(pillar) : std::nullopt;
    return q;
}

AssessmentTemplatesDialog::AssessmentTemplatesDialog(Document& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_info(new QLabel(this))
    , m_statements(new QTableWidget(this))
    , m_duplicate(namedButton(tr("&Duplicate"), tr("Duplicate the assessment"), this))
    , m_delete(namedButton(tr("De&lete"), tr("Delete the assessment"), this))
    , m_add(namedButton(tr("&Add statement…"), tr("Add a statement"), this))
    , m_edit(namedButton(tr("&Edit…"), tr("Edit the selected statement"), this))
    , m_remove(namedButton(tr("&Remove"), tr("Remove the selected statement"), this))
    , m_up(namedButton(tr("Move u&p"), tr("Move the statement up"), this))
    , m_down(namedButton(tr("Move do&wn"), tr("Move the statement down"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("assessmentTemplatesDialog"));
    setWindowTitle(tr("Assessment templates"));
    m_list->setAccessibleName(tr("Assessments"));
    auto* newButton = namedButton(tr("&New"), tr("New assessment"), this);
    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    listLayout->addLayout(listButtons);

    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 4);
    m_description->installEventFilter(this);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setWordWrap(true);
    auto* form = new QFormLayout;
    addRow(form, tr("Na&me:"), m_name);
    addRow(form, tr("Des&cription:"), m_description);

    m_statements->setColumnCount(4);
    m_statements->setHorizontalHeaderLabels({tr("#"), tr("Section"), tr("Statement"), tr("Pillar")});
    m_statements->verticalHeader()->hide();
    m_statements->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statements->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_statements->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_statements->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_statements->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Interactive);
    // Long sections and pillar names wrap, leaving the statements the room.
    const int narrow = fontMetrics().horizontalAdvance(QStringLiteral("Community confidence")) + 16;
    m_statements->setColumnWidth(1, narrow);
    m_statements->setColumnWidth(3, narrow);
    m_statements->setWordWrap(true);
    m_statements->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statements->setSelectionMode(QAbstractItemView::SingleSelection);
    m_statements->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statements->setAccessibleName(tr("Statements"));
    auto* statementButtons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_edit, m_remove})
        statementButtons->addWidget(b);
    statementButtons->addStretch(1);
    statementButtons->addWidget(m_up);
    statementButtons->addWidget(m_down);

    auto* editPane = new QWidget(this);
    auto* editLayout = new QVBoxLayout(editPane);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addLayout(form);
    editLayout->addWidget(m_info);
    editLayout->addWidget(m_statements, 1);
    editLayout->addLayout(statementButtons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(listPane);
    splitter->addWidget(editPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("What happened"));
    // The window's Edit menu is out of reach while this dialog is open.
    QUndoStack* stack = m_document.undoStack();
    auto* undo = namedButton(tr("&Undo"), tr("Undo the last change"), this);
    undo->setEnabled(stack->canUndo());
    undo->setToolTip(stack->undoText());
    connect(stack, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo, &QPushButton::setToolTip);
    connect(undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(undo);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(newButton, &QPushButton::clicked, this, &AssessmentTemplatesDialog::newTemplate);
    connect(m_duplicate, &QPushButton::clicked, this, &AssessmentTemplatesDialog::duplicateTemplate);
    connect(m_delete, &QPushButton::clicked, this, &AssessmentTemplatesDialog::deleteTemplate);
    connect(m_add, &QPushButton::clicked, this, &AssessmentTemplatesDialog::addStatement);
    connect(m_edit, &QPushButton::clicked, this, &AssessmentTemplatesDialog::editStatement);
    connect(m_remove, &QPushButton::clicked, this, &AssessmentTemplatesDialog::removeStatement);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStatement(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStatement(1); });
    connect(m_statements, &QTableWidget::cellDoubleClicked, this, &AssessmentTemplatesDialog::editStatement);
    connect(m_name, &QLineEdit::editingFinished, this, &AssessmentTemplatesDialog::saveNameAndDescription);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        // A name being edited was saved when the list took the focus.
        if (m_loading || row < 0)
            return;
        m_currentId = m_list->item(row)->data(Qt::UserRole).toLongLong();
        showTemplate();
    });
    connect(&m_document, &Document::failed, this, [this](const QString& message) { m_lastError = message; });
    // Undo (here or in the window) changes what this dialog shows.
    connect(&m_document, &Document::changed, this, &AssessmentTemplatesDialog::reload);
    reload();
    resize(1000, 640);
}

const AssessmentTemplate* AssessmentTemplatesDialog::current() const
{
    for (const AssessmentTemplate& t : m_templates) {
        if (t.id == m_currentId)
            return &t;
    }
    return nullptr;
}

void AssessmentTemplatesDialog::reload()
{
    auto list = assessments::templates(m_document.database());
    m_templates = list ? std::move(*list) : std::vector<AssessmentTemplate>{};
    if (!current())
        m_currentId = m_templates.empty() ? 0 : m_templates.front().id;
    m_loading = true;
    m_list->clear();
    for (const AssessmentTemplate& t : m_templates) {
        auto* item = new QListWidgetItem(t.name, m_list);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(t.description);
        if (t.id == m_currentId)
            m_list->setCurrentItem(item);
    }
    m_loading = false;
    showTemplate();
}

void AssessmentTemplatesDialog::selectTemplate(Id templateId)
{
    m_currentId = templateId;
    reload();
}

void AssessmentTemplatesDialog::showTemplate()
{
    const AssessmentTemplate* t = current();
    const int shownRow = m_statements->currentRow();
    m_loading = true;
    m_name->setText(t ? t->name : QString());
    m_description->setPlainText(t ? t->description : QString());
    m_statements->setRowCount(0);
    if (t) {
        m_statements->setRowCount(int(t->questions.size()));
        for (size_t i = 0; i < t->questions.size(); ++i) {
            const AssessmentQuestion& q = t->questions[i];
            const QString cells[] = {QString::number(i + 1), q.section, q.text, q.pillar ? pillars::label(*q.pillar) : tr("—")};
            for (int c = 0; c < 4; ++c) {
                auto* item = new QTableWidgetItem(cells[c]);
                item->setData(Qt::UserRole, q.id);
                item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
                m_statements->setItem(int(i), c, item);
            }
        }
        if (!t->questions.empty())
            m_statements->selectRow(std::clamp(shownRow, 0, int(t->questions.size()) - 1));
        m_info->setText(t->answerCount > 0
                            ? tr("%1 statements. Answered %2 times in this file: statements with answers can't be removed, "
                                 "and the assessment can't be deleted. Duplicate it to make a new version.")
                                  .arg(t->questions.size())
                                  .arg(t->answerCount)
                            : tr("%1 statements, not answered yet.").arg(t->questions.size()));
    } else {
        m_info->setText(tr("No assessments. Make one with New."));
    }
    m_statements->resizeRowsToContents();
    m_loading = false;
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_description, m_duplicate, m_delete, m_add, m_edit,
                                                      m_remove, m_up, m_down, m_statements})
        w->setEnabled(t != nullptr);
}

void AssessmentTemplatesDialog::report(bool ok, const QString& done)
{
    QPalette p = palette();
    if (!ok)
        p.setColor(QPalette::WindowText, colours::problem(QPalette::Window, p));
    m_status->setPalette(p);
    m_status->setText(ok ? (done.isEmpty() ? tr("Saved.") : done) : m_lastError);
}

QString AssessmentTemplatesDialog::unusedName(const QString& wanted) const
{
    const auto taken = [this](const QString& name) {
        return std::any_of(m_templates.begin(), m_templates.end(),
                           [&](const AssessmentTemplate& t) { return t.name.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QString name = wanted;
    for (int n = 2; taken(name); ++n)
        name = tr("%1 %2").arg(wanted).arg(n);
    return name;
}

void AssessmentTemplatesDialog::newTemplate()
{
    saveNameAndDescription();
    auto result = assessments::createTemplate(m_document.database(), unusedName(tr("New assessment")), QString());
    if (result)
        m_currentId = result->subject;
    const bool ok = m_document.apply(result);
    report(ok, tr("Made a new assessment: name it and add its statements."));
    if (ok) {
        m_name->setFocus();
        m_name->selectAll();
    }
}

void AssessmentTemplatesDialog::duplicateTemplate()
{
    const AssessmentTemplate* t = current();
    if (!t)
        return;
    saveNameAndDescription();
    auto result = assessments::duplicateTemplate(m_document.database(), t->id, unusedName(tr("%1 (copy)").arg(t->name)));
    if (result)
        m_currentId = result->subject;
    report(m_document.apply(result));
}

void AssessmentTemplatesDialog::deleteTemplate()
{
    const AssessmentTemplate* t = current();
    if (!t)
        return;
    if (prompts::question(this, tr("Delete the assessment"),
                          tr("Delete “%1” with its %2 statements? Undo brings it back.").arg(t->name).arg(t->questions.size()))
        != QMessageBox::Yes)
        return;
    report(m_document.apply(assessments::removeTemplate(m_document.database(), t->id)));
}

void AssessmentTemplatesDialog::saveNameAndDescription()
{
    const AssessmentTemplate* t = current();
    if (!t || m_loading)
        return;
    const QString name = m_name->text().trimmed();
    const QString description = m_description->toPlainText().trimmed();
    if (name == t->name && description == t->description)
        return;
    const bool ok = m_document.apply(assessments::updateTemplate(m_document.database(), t->id, name, description));
    report(ok);
    if (!ok) {
        m_name->setText(t->name);
        m_description->setPlainText(t->description);
    }
}

void AssessmentTemplatesDialog::addStatement()
{
    const AssessmentTemplate* t = current();
    if (!t)
        return;
    StatementDialog dialog(t->sections(), this);
    dialog.setWindowTitle(tr("Add a statement"));
    AssessmentQuestion q;
    q.templateId = t->id;
    // A new statement most often continues the section of the one selected.
    const int row = m_statements->currentRow();
    if (row >= 0 && size_t(row) < t->questions.size()) {
        q.section = t->questions[size_t(row)].section;
        q.pillar = t->questions[size_t(row)].pillar;
    }
    dialog.setQuestion(q);
    if (prompts::exec(dialog) != QDialog::Accepted)
        return;
    const AssessmentQuestion chosen = dialog.question();
    const int count = int(t->questions.size());
    const bool ok = m_document.apply(assessments::addQuestion(m_document.database(), t->id, chosen.section, chosen.text, chosen.pillar));
    report(ok);
    if (ok)
        m_statements->selectRow(count);
}

void AssessmentTemplatesDialog::editStatement()
{
    const AssessmentTemplate* t = current();
    const int row = m_statements->currentRow();
    if (!t || row < 0 || size_t(row) >= t->questions.size())
        return;
    StatementDialog dialog(t->sections(), this);
    dialog.setWindowTitle(tr("Edit the statement"));
    dialog.setQuestion(t->questions[size_t(row)]);
    if (prompts::exec(dialog) == QDialog::Accepted)
        report(m_document.apply(assessments::updateQuestion(m_document.database(), dialog.question())));
}

void AssessmentTemplatesDialog::removeStatement()
{
    const AssessmentTemplate* t = current();
    const int row = m_statements->currentRow();
    if (!t || row < 0 || size_t(row) >= t->questions.size())
        return;
    report(m_document.apply(assessments::removeQuestion(m_document.database(), t->questions[size_t(row)].id)));
}

void AssessmentTemplatesDialog::moveStatement(int delta)
{
    const AssessmentTemplate* t = current();
    const int row = m_statements->currentRow();
    const int to = row + delta;
    if (!t || row < 0 || size_t(row) >= t->questions.size() || to < 0 || size_t(to) >= t->questions.size())
        return;
    const bool ok = m_document.apply(assessments::moveQuestion(m_document.database(), t->questions[size_t(row)].id, to));
    report(ok);
    if (ok)
        m_statements->selectRow(to);
}

bool AssessmentTemplatesDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut)
        saveNameAndDescription();
    return QDialog::eventFilter(watched, event);
}

} // namespace rt::ui

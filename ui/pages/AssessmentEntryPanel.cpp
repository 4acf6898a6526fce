#include "AssessmentEntryPanel.h"

#include "Document.h"
#include "models/AnswerModel.h"
#include "people/Person.h"
#include "storage/Database.h"
#include "widgets/NamedButton.h"
#include "widgets/TwoLineDelegate.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

constexpr int kSubtitleRole = Qt::UserRole + 2;

QString progressText(const AnswerProgress& p)
{
    return QObject::tr("%1/%2 before · %3/%2 after").arg(p.answeredBefore).arg(p.questionCount).arg(p.answeredAfter);
}

} // namespace

AssessmentEntryPanel::AssessmentEntryPanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_templateCombo(new QComboBox(this))
    , m_before(namedButton(tr("&Before"), tr("Answers given before the workshop"), this))
    , m_after(namedButton(tr("Af&ter"), tr("Answers given after the workshop"), this))
    , m_phaseGroup(new QButtonGroup(this))
    , m_completion(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_people(new QListWidget(this))
    , m_previous(namedButton(tr("&Previous"), tr("Previous participant (Ctrl+Page Up)"), this))
    , m_next(namedButton(tr("&Next"), tr("Next participant (Ctrl+Page Down)"), this))
    , m_heading(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new AnswerModel(this))
{
    setObjectName(QStringLiteral("assessmentEntryPanel"));
    m_templateCombo->setAccessibleName(tr("Assessment"));
    m_templateCombo->setMinimumContentsLength(28);
    m_templateCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (QPushButton* b : {m_before, m_after}) {
        b->setCheckable(true);
        b->setMinimumWidth(90);
    }
    m_phaseGroup->addButton(m_before, int(Phase::Before));
    m_phaseGroup->addButton(m_after, int(Phase::After));
    m_before->setChecked(true);
    m_completion->setTextFormat(Qt::PlainText);
    m_completion->setAccessibleName(tr("Answers so far"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAccessibleName(tr("Nothing to enter"));

    m_people->setAccessibleName(tr("Participants"));
    m_people->setItemDelegate(new TwoLineDelegate(kSubtitleRole, m_people));
    m_people->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("12/12 before · 12/12 after · Police")) + 24);
    m_previous->setToolTip(tr("Previous participant (Ctrl+Page Up)"));
    m_next->setToolTip(tr("Next participant (Ctrl+Page Down)"));
    auto* peoplePane = new QWidget(this);
    auto* peopleLayout = new QVBoxLayout(peoplePane);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addWidget(new QLabel(tr("Participant:"), peoplePane));
    peopleLayout->addWidget(m_people, 1);
    auto* stepRow = new QHBoxLayout;
    stepRow->addWidget(m_previous);
    stepRow->addWidget(m_next);
    peopleLayout->addLayout(stepRow);

    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setAccessibleName(tr("Whose answers"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Type 1 to 5 to score a statement and move to the next; Delete clears a score. Type in the "
                       "Comment column (or press F2 there) to write a comment. Every change is saved at once."));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(AnswerModel::Score, new ScoreDelegate(m_view));
    m_view->setAccessibleName(tr("Statements and answers"));
    m_view->setWordWrap(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(AnswerModel::Statement, QHeaderView::Stretch);
    header->setSectionResizeMode(AnswerModel::Score, QHeaderView::Fixed);
    header->setStretchLastSection(false);
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->setColumnWidth(AnswerModel::Section, fm.horizontalAdvance(QStringLiteral("Community confidence")) + 16); // longer ones wrap
    m_view->setColumnWidth(AnswerModel::Score, std::max(fm.horizontalAdvance(m_model->headerData(AnswerModel::Score, Qt::Horizontal).toString()) + 24,
                                                        ScoreDelegate(nullptr).sizeHint({}, {}).width()));
    m_view->setColumnWidth(AnswerModel::Comment, fm.horizontalAdvance(QLatin1Char('x')) * 28);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->installEventFilter(this);

    auto* answersPane = new QWidget(this);
    auto* answersLayout = new QVBoxLayout(answersPane);
    answersLayout->setContentsMargins(0, 0, 0, 0);
    answersLayout->addWidget(m_heading);
    answersLayout->addWidget(m_hint);
    answersLayout->addWidget(m_view, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(peoplePane);
    splitter->addWidget(answersPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Assessment:"), this));
    bar->addWidget(m_templateCombo);
    bar->addSpacing(12);
    auto* segmented = new QHBoxLayout;
    segmented->setSpacing(0);
    segmented->addWidget(m_before);
    segmented->addWidget(m_after);
    bar->addLayout(segmented);
    bar->addSpacing(12);
    bar->addWidget(m_completion, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    auto* nextKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this, this, &AssessmentEntryPanel::nextParticipant);
    auto* previousKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this, this, &AssessmentEntryPanel::previousParticipant);
    nextKey->setContext(Qt::WidgetWithChildrenShortcut);
    previousKey->setContext(Qt::WidgetWithChildrenShortcut);

    connect(m_templateCombo, &QComboBox::activated, this,
            [this](int index) { selectTemplate(m_templateCombo->itemData(index).toLongLong()); });
    connect(m_phaseGroup, &QButtonGroup::idClicked, this, [this](int id) { setPhase(Phase(id)); });
    connect(m_people, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading && row >= 0)
            selectParticipant(m_people->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_previous, &QPushButton::clicked, this, &AssessmentEntryPanel::previousParticipant);
    connect(m_next, &QPushButton::clicked, this, &AssessmentEntryPanel::nextParticipant);
    connect(m_model, &AnswerModel::answerEdited, this, &AssessmentEntryPanel::queueSave);
}

void AssessmentEntryPanel::setWorkshop(Id workshopId)
{
    saveNow();
    if (workshopId != m_workshopId)
        m_personId = 0;
    m_workshopId = workshopId;
}

void AssessmentEntryPanel::reload()
{
    saveNow();
    auto list = assessments::templates(m_document.database());
    m_templates = list ? std::move(*list) : std::vector<AssessmentTemplate>{};
    m_loading = true;
    m_templateCombo->clear();
    for (const AssessmentTemplate& t : m_templates)
        m_templateCombo->addItem(t.name, t.id);
    int index = m_templateCombo->findData(m_templateId);
    if (index < 0)
        index = m_templates.empty() ? -1 : 0;
    m_templateCombo->setCurrentIndex(index);
    m_templateId = index >= 0 ? m_templates[size_t(index)].id : 0;
    m_loading = false;
    m_before->setChecked(m_phase == Phase::Before);
    m_after->setChecked(m_phase == Phase::After);
    if (m_templates.empty()) {
        showEmpty(tr("There are no assessments in this file. Add one under Edit ▸ Assessment Templates…"));
        return;
    }
    fillParticipants();
}

void AssessmentEntryPanel::showEmpty(const QString& message)
{
    m_empty->setText(message);
    m_stack->setCurrentWidget(m_empty);
    m_completion->clear();
    m_model->clear();
}

void AssessmentEntryPanel::fillParticipants()
{
    auto progress = assessments::progress(m_document.database(), m_workshopId, m_templateId);
    m_progress = progress ? std::move(*progress) : std::vector<AnswerProgress>{};
    if (!progress)
        Q_EMIT m_document.failed(progress.error().message);
    if (m_progress.empty()) {
        showEmpty(tr("Nobody is registered for this workshop yet. Add participants on the Roster & Teams tab, "
                     "then enter their answers here."));
        return;
    }
    m_stack->setCurrentIndex(0);
    int answeredBefore = 0;
    int answeredAfter = 0;
    m_loading = true;
    m_people->clear();
    int current = 0;
    for (size_t i = 0; i < m_progress.size(); ++i) {
        const AnswerProgress& p = m_progress[i];
        auto* item = new QListWidgetItem(p.name, m_people);
        item->setData(Qt::UserRole, p.personId);
        const QString subtitle = p.roleText.isEmpty() ? progressText(p) : tr("%1 · %2").arg(progressText(p), p.roleText);
        item->setData(kSubtitleRole, subtitle);
        item->setData(Qt::AccessibleDescriptionRole, subtitle);
        item->setToolTip(subtitle);
        if (p.personId == m_personId)
            current = int(i);
        answeredBefore += p.answeredBefore > 0 ? 1 : 0;
        answeredAfter += p.answeredAfter > 0 ? 1 : 0;
    }
    m_people->setCurrentRow(current);
    m_loading = false;
    m_personId = m_progress[size_t(current)].personId;
    const int total = int(m_progress.size());
    m_completion->setText(tr("%1 of %2 have answered before · %3 of %2 after").arg(answeredBefore).arg(total).arg(answeredAfter));
    fillAnswers();
}

void AssessmentEntryPanel::fillAnswers()
{
    const QModelIndex was = m_view->currentIndex();
    const int row = was.isValid() ? was.row() : 0;
    const int column = was.isValid() ? was.column() : int(AnswerModel::Score);
    const AssessmentTemplate* chosen = nullptr;
    for (const AssessmentTemplate& t : m_templates) {
        if (t.id == m_templateId)
            chosen = &t;
    }
    auto stored = m_personId && chosen
                      ? assessments::answers(m_document.database(), m_workshopId, m_personId, m_templateId, m_phase)
                      : Result<std::vector<Answer>>(std::vector<Answer>{});
    if (!stored)
        Q_EMIT m_document.failed(stored.error().message);
    m_model->setAnswers(chosen ? chosen->questions : std::vector<AssessmentQuestion>{},
                        stored ? *stored : std::vector<Answer>{});
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), column));
    updateHeading();
}

void AssessmentEntryPanel::updateHeading()
{
    QString name;
    for (const AnswerProgress& p : m_progress) {
        if (p.personId == m_personId)
            name = p.name;
    }
    const int row = m_people->currentRow();
    m_previous->setEnabled(row > 0);
    m_next->setEnabled(row >= 0 && row + 1 < m_people->count());
    if (name.isEmpty()) {
        m_heading->clear();
        return;
    }
    m_heading->setText(tr("%1 — %2: %3 of %4 statements scored")
                           .arg(name, phaseLabel(m_phase))
                           .arg(m_model->scoredCount())
                           .arg(m_model->rowCount()));
}

void AssessmentEntryPanel::selectTemplate(Id templateId)
{
    saveNow();
    m_templateId = templateId;
    reload();
}

void AssessmentEntryPanel::setPhase(Phase phase)
{
    saveNow();
    m_phase = phase;
    m_before->setChecked(phase == Phase::Before);
    m_after->setChecked(phase == Phase::After);
    // The other phase's form is another sheet of paper: from its first statement.
    m_view->setCurrentIndex(QModelIndex());
    fillAnswers();
}

void AssessmentEntryPanel::selectParticipant(Id personId)
{
    saveNow();
    m_personId = personId;
    for (int i = 0; i < m_people->count(); ++i) {
        if (m_people->item(i)->data(Qt::UserRole).toLongLong() == personId && m_people->currentRow() != i) {
            m_loading = true;
            m_people->setCurrentRow(i);
            m_loading = false;
        }
    }
    // A new form starts at its first statement.
    m_view->setCurrentIndex(QModelIndex());
    fillAnswers();
}

void AssessmentEntryPanel::nextParticipant()
{
    const int row = m_people->currentRow();
    if (row + 1 < m_people->count()) {
        selectParticipant(m_people->item(row + 1)->data(Qt::UserRole).toLongLong());
        m_view->setFocus();
    }
}

void AssessmentEntryPanel::previousParticipant()
{
    const int row = m_people->currentRow();
    if (row > 0) {
        selectParticipant(m_people->item(row - 1)->data(Qt::UserRole).toLongLong());
        m_view->setFocus();
    }
}

void AssessmentEntryPanel::queueSave()
{
    updateHeading();
    if (m_savePending)
        return;
    m_savePending = true;
    // Saved once control is back in the event loop: the save reloads the
    // table, which must not happen inside the edit that caused it.
    QTimer::singleShot(0, this, &AssessmentEntryPanel::saveNow);
}

void AssessmentEntryPanel::saveNow()
{
    if (!m_savePending)
        return;
    m_savePending = false;
    if (!m_document.apply(assessments::saveAnswers(m_document.database(), m_workshopId, m_personId, m_phase, m_model->answers())))
        fillAnswers(); // back to what is stored
}

void AssessmentEntryPanel::setCurrentScore(std::optional<int> score)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    m_model->setData(m_model->index(current.row(), AnswerModel::Score), score.value_or(0));
}

bool AssessmentEntryPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Keys typed into an open comment editor go to the editor, not here.
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    const QModelIndex current = m_view->currentIndex();
    if (mods != Qt::NoModifier || !current.isValid())
        return QWidget::eventFilter(watched, event);
    // A digit in the Comment column starts a comment, like any other key there.
    if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_5 && current.column() != AnswerModel::Comment) {
        setCurrentScore(key->key() - Qt::Key_0);
        if (current.row() + 1 < m_model->rowCount())
            m_view->setCurrentIndex(m_model->index(current.row() + 1, current.column()));
        return true;
    }
    if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
        if (current.column() == AnswerModel::Comment)
            m_model->setData(current, QString());
        else
            setCurrentScore(std::nullopt);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rt::ui

#include "CheckInPanel.h"

#include "Document.h"
#include "Prompts.h"
#include "common/Clock.h"
#include "dialogs/PersonDialog.h"
#include "models/CheckInModel.h"
#include "people/People.h"
#include "people/Roster.h"
#include "storage/Database.h"
#include "widgets/ColumnChooser.h"
#include "widgets/FindField.h"
#include "widgets/ClearButton.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

QTime nowHere()
{
    const QTime t = currentUtc().toLocalTime().time();
    return QTime(t.hour(), t.minute());
}

} // namespace

CheckInPanel::CheckInPanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new CheckInModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QTreeView(this))
    , m_lastAction(new QLabel(this))
    , m_clear(new QPushButton(tr("C&lear mark"), this))
    , m_walkIn(new QPushButton(tr("Register wal&k-in…"), this))
{
    setObjectName(QStringLiteral("checkInPanel"));
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    m_search->setFont(big);
    findfield::mark(m_search);
    m_search->setPlaceholderText(tr("Type a name, jurisdiction or email — Enter checks in the top match"));
    giveClearButton(m_search);
    m_search->setAccessibleName(tr("Find a person to check in"));
    m_search->installEventFilter(this);

    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("People matching the search"));
    m_list->header()->setStretchLastSection(true);
    sizeColumnsForSamples(m_list, {QStringLiteral("Castellanos, Marianne"), QStringLiteral("Grants Pass, OR"),
                                   QStringLiteral("Assistant City Manager"), QStringLiteral("Grants Pass"),
                                   QStringLiteral("Left early 10:45")});
    m_list->installEventFilter(this);

    m_lastAction->setTextFormat(Qt::PlainText);
    m_lastAction->setWordWrap(true);
    m_lastAction->setAccessibleName(tr("Last check-in"));
    m_lastAction->setMinimumHeight(m_lastAction->fontMetrics().height() * 2);

    auto* buttons = new QHBoxLayout;
    const std::pair<AttendanceStatus, QString> statuses[] = {
        {AttendanceStatus::Present, tr("&Present (Enter)")},
        {AttendanceStatus::Late, tr("La&te (Shift+Enter)")},
        {AttendanceStatus::LeftEarly, tr("Left &early")},
        {AttendanceStatus::Excused, tr("E&xcused")},
        {AttendanceStatus::Absent, tr("A&bsent")},
    };
    for (const auto& [status, text] : statuses) {
        auto* b = new QPushButton(text, this);
        b->setAccessibleName(tr("Mark the selected person %1").arg(attendanceLabel(status).toLower()));
        connect(b, &QPushButton::clicked, this, [this, s = status] { checkInSelected(s); });
        buttons->addWidget(b);
        m_statusButtons << b;
    }
    m_clear->setAccessibleName(tr("Clear the selected person's mark"));
    m_walkIn->setAccessibleName(tr("Register a walk-in"));
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    buttons->addWidget(m_walkIn);
    // Tab goes along the row as it reads; the buttons were made in another order.
    QWidget* previous = m_list;
    for (QPushButton* b : std::as_const(m_statusButtons)) {
        setTabOrder(previous, b);
        previous = b;
    }
    setTabOrder(previous, m_clear);
    setTabOrder(m_clear, m_walkIn);
    connect(m_clear, &QPushButton::clicked, this, &CheckInPanel::clearSelected);
    connect(m_walkIn, &QPushButton::clicked, this, &CheckInPanel::registerWalkIn);
    connect(m_search, &QLineEdit::textChanged, this, &CheckInPanel::onQueryChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CheckInPanel::updateButtons);
    connect(m_list, &QTreeView::doubleClicked, this, [this] { checkInSelected(AttendanceStatus::Present); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_lastAction);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_search);
    updateButtons();
}

void CheckInPanel::setWorkshop(Id workshopId)
{
    m_workshopId = workshopId;
    m_search->clear();
    m_lastAction->clear();
}

void CheckInPanel::setBlock(std::optional<AttendanceBlock> block)
{
    m_block = std::move(block);
    reloadMarks();
}

void CheckInPanel::reloadPeople()
{
    auto roster = roster::list(m_document.database(), m_workshopId);
    auto directory = people::directory(m_document.database());
    std::vector<Person> everyone;
    if (directory) {
        everyone.reserve(directory->size());
        for (PersonListing& listing : *directory)
            everyone.push_back(std::move(listing.person));
    }
    m_model->setPeople(roster ? *roster : std::vector<RosterEntry>{}, everyone);
    selectRow(0);
}

void CheckInPanel::reloadMarks()
{
    std::unordered_map<Id, AttendanceMark> marks;
    if (m_block) {
        if (auto found = attendance::marksOf(m_document.database(), m_block->id))
            marks = std::move(*found);
    }
    m_model->setMarks(std::move(marks));
    selectRow(0);
    updateButtons();
}

void CheckInPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

std::optional<int> CheckInPanel::selectedRow() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.row();
}

void CheckInPanel::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_list->setCurrentIndex({});
        return;
    }
    m_list->setCurrentIndex(m_model->index(row, 0));
    m_list->scrollTo(m_model->index(row, 0));
}

void CheckInPanel::onQueryChanged(const QString& text)
{
    m_model->setQuery(text);
    selectRow(0); // Enter acts on the top match
    updateButtons();
}

void CheckInPanel::updateButtons()
{
    const bool ready = m_block.has_value();
    const auto row = selectedRow();
    const CheckInCandidate* c = row ? m_model->candidateAt(*row) : nullptr;
    for (QPushButton* b : std::as_const(m_statusButtons))
        b->setEnabled(ready && c);
    m_clear->setEnabled(ready && c && m_model->markOf(c->person.id));
    m_walkIn->setEnabled(ready);
    m_search->setEnabled(ready);
}

bool CheckInPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        // Ctrl+Z undoes the last check-in, not the box's own typing (which
        // was cleared when the check-in was done).
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_search) {
        if (enter) {
            if (m_model->rowCount() == 0 && !m_search->text().trimmed().isEmpty())
                registerWalkIn();
            else if (!m_search->text().trimmed().isEmpty())
                checkInSelected(key->modifiers() & Qt::ShiftModifier ? AttendanceStatus::Late : AttendanceStatus::Present);
            return true;
        }
        // Up and Down move through the matches without leaving the box.
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    } else if (watched == m_list && enter) {
        checkInSelected(key->modifiers() & Qt::ShiftModifier ? AttendanceStatus::Late : AttendanceStatus::Present);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CheckInPanel::checkInSelected(AttendanceStatus status)
{
    const auto row = selectedRow();
    const CheckInCandidate* c = row ? m_model->candidateAt(*row) : nullptr;
    if (!c || !m_block)
        return;
    const Id personId = c->person.id;
    const QString name = c->person.fullName();
    if (c->kind == CandidateKind::InFile) {
        registerExisting(personId, name, status);
        return;
    }
    QTime at;
    if (statusHasTime(status))
        at = nowHere();
    if (auto existing = m_model->markOf(personId); existing && existing->status == status && !statusHasTime(status)) {
        m_lastAction->setText(tr("%1 is already marked %2 for %3.").arg(name, attendanceLabel(status).toLower(), m_block->name()));
        m_search->clear();
        return;
    }
    applyMark(personId, name, status, at);
}

void CheckInPanel::applyMark(Id personId, const QString& name, AttendanceStatus status, QTime at)
{
    // Run through the document, which keeps the action for Retry if the server connection drops.
    const auto mark = [&db = m_document.database(), workshop = m_workshopId, personId, block = m_block->id, status, at] {
        return attendance::mark(db, workshop, personId, block, status, at);
    };
    if (!m_document.run(tr("%1's check-in for %2").arg(name, m_block->name()), mark))
        return;
    // The mark is committed (and synced) by now; only now does the screen say so.
    const QString what = statusHasTime(status) ? markText({status, at}) : attendanceLabel(status);
    m_lastAction->setText(tr("✓ %1 — %2, %3. Ctrl+Z undoes.").arg(name, what, m_block->name()));
    m_search->clear();
    Q_EMIT marksChanged();
}

void CheckInPanel::registerExisting(Id personId, const QString& name, AttendanceStatus status)
{
    if (prompts::question(this, tr("Register a walk-in"),
                          tr("%1 is in the file but not registered for this workshop. Register them and check them in?").arg(name),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return;
    const QTime at = statusHasTime(status) ? nowHere() : QTime();
    auto result = attendance::walkIn(m_document.database(), m_workshopId, m_block->id, personId, status, at);
    const bool registered = result.has_value();
    if (!m_document.apply(result) || !registered)
        return;
    m_lastAction->setText(tr("✓ %1 registered as a walk-in. Ctrl+Z undoes.").arg(name));
    m_search->clear();
    Q_EMIT marksChanged();
}

void CheckInPanel::clearSelected()
{
    const auto row = selectedRow();
    const CheckInCandidate* c = row ? m_model->candidateAt(*row) : nullptr;
    if (!c || !m_block || !m_model->markOf(c->person.id))
        return;
    const QString name = c->person.fullName();
    const auto clear = [&db = m_document.database(), workshop = m_workshopId, person = c->person.id, block = m_block->id] {
        return attendance::clearMark(db, workshop, person, block);
    };
    if (m_document.run(tr("clearing %1's mark for %2").arg(name, m_block->name()), clear)) {
        m_lastAction->setText(tr("%1's mark for %2 cleared. Ctrl+Z undoes.").arg(name, m_block->name()));
        Q_EMIT marksChanged();
    }
}

void CheckInPanel::registerWalkIn()
{
    if (!m_block)
        return;
    PersonDialog dialog(m_document.database(), PersonDialog::Mode::AddToRoster, this);
    dialog.setWindowTitle(tr("Register a Walk-in"));
    // What was typed in the box is usually the name.
    const QStringList words = m_search->text().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    Person typed;
    if (words.size() >= 2) {
        typed.firstName = words.front();
        typed.lastName = words.mid(1).join(QLatin1Char(' '));
    } else if (words.size() == 1) {
        typed.lastName = words.front();
    }
    dialog.setPerson(typed);
    if (prompts::exec(dialog) != QDialog::Accepted)
        return;
    Result<ChangeSet> result = dialog.existingPersonId()
        ? attendance::walkIn(m_document.database(), m_workshopId, m_block->id, *dialog.existingPersonId(), AttendanceStatus::Present)
        : attendance::walkIn(m_document.database(), m_workshopId, m_block->id, dialog.person(), AttendanceStatus::Present);
    if (!m_document.apply(result))
        return;
    m_lastAction->setText(result->notice.isEmpty() ? tr("✓ %1. Ctrl+Z undoes.").arg(result->description)
                                                   : tr("%1. %2").arg(result->description, result->notice));
    m_search->clear();
    Q_EMIT marksChanged();
}

} // namespace rt::ui

#include "AttendanceGridPanel.h"

#include "Document.h"
#include "Prompts.h"
#include "attendance/Attendance.h"
#include "common/Clock.h"
#include "models/AttendanceGridModel.h"
#include "storage/Database.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rt::ui {

AttendanceGridPanel::AttendanceGridPanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new AttendanceGridModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_markAll(new QPushButton(tr("&Mark everyone not yet marked present"), this))
{
    setObjectName(QStringLiteral("attendanceGridPanel"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setAccessibleName(tr("Attendance grid, people by blocks"));
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::clicked, this, &AttendanceGridPanel::cycleCell);

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Attendance summary"));
    m_markAll->setAccessibleName(tr("Mark everyone not yet marked present in the chosen block"));
    connect(m_markAll, &QPushButton::clicked, this, &AttendanceGridPanel::markBlockPresent);

    auto* hint = new QLabel(tr("Click a cell, or press Space, to go to the next status. Keys: P present, L late, E left early, "
                               "X excused, A absent (each moves down a row), Delete clears."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_markAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    setFocusProxy(m_view);
}

void AttendanceGridPanel::setWorkshop(Id workshopId)
{
    m_workshopId = workshopId;
}

void AttendanceGridPanel::setBlockId(Id blockId)
{
    m_blockId = blockId;
}

void AttendanceGridPanel::reload()
{
    auto sheet = attendance::sheet(m_document.database(), m_workshopId);
    if (!sheet)
        return;
    const bool firstFill = m_model->rowCount() == 0;
    m_model->setSheet(std::move(*sheet));
    const AttendanceSheet& s = m_model->sheet();
    if (firstFill) {
        m_view->resizeColumnsToContents();
        m_view->resizeRowsToContents();
        const int cell = m_view->fontMetrics().horizontalAdvance(QStringLiteral("Left early 10:45")) + 16;
        for (size_t b = 0; b < s.blocks.size(); ++b)
            m_view->setColumnWidth(m_model->blockColumn(b), cell);
    }
    m_summary->setText(tr("%1 registered · %2 of %3 offered needed for a certificate · %4 qualify so far")
                           .arg(s.rows.size())
                           .arg(blocks::hoursLabel(s.hoursNeeded()), blocks::hoursLabel(s.offeredHours))
                           .arg(s.qualifying()));
}

std::optional<QTime> AttendanceGridPanel::askTime(const QModelIndex& index, AttendanceStatus status)
{
    const AttendanceRow* row = m_model->rowAt(index.row());
    const int block = m_model->blockAt(index.column());
    if (!row || block < 0)
        return std::nullopt;
    const AttendanceBlock& b = m_model->sheet().blocks[size_t(block)];
    QDialog dialog(this);
    dialog.setWindowTitle(attendanceLabel(status));
    auto* edit = new QTimeEdit(&dialog);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    const auto& existing = row->marks[size_t(block)];
    edit->setTime(existing && existing->at.isValid() ? existing->at
                  : status == AttendanceStatus::Late ? b.starts.addSecs(15 * 60)
                                                     : b.ends.addSecs(-30 * 60));
    edit->setAccessibleName(status == AttendanceStatus::Late ? tr("Time they arrived") : tr("Time they left"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("%1, %2").arg(row->entry.person.fullName(), b.longName()), &dialog));
    form->addRow(status == AttendanceStatus::Late ? tr("Arrived at:") : tr("Left at:"), edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (prompts::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    return edit->time();
}

void AttendanceGridPanel::setCell(const QModelIndex& index, std::optional<AttendanceStatus> status)
{
    const AttendanceRow* row = m_model->rowAt(index.row());
    const int block = m_model->blockAt(index.column());
    if (!row || block < 0)
        return;
    const Id personId = row->entry.person.id;
    const QString name = row->entry.person.fullName(); // rows may reload while the time is asked
    const Id blockId = m_model->sheet().blocks[size_t(block)].id;
    const QPersistentModelIndex keep(index);
    if (!status) {
        if (row->marks[size_t(block)])
            m_document.run(tr("clearing %1's mark").arg(name),
                           [&db = m_document.database(), workshop = m_workshopId, personId, blockId] {
                               return attendance::clearMark(db, workshop, personId, blockId);
                           });
        return;
    }
    QTime at;
    if (statusHasTime(*status)) {
        auto asked = askTime(index, *status);
        if (!asked)
            return;
        at = *asked;
    }
    // Through the document, which keeps the action for Retry if the server connection drops.
    m_document.run(tr("%1's attendance mark").arg(name),
                   [&db = m_document.database(), workshop = m_workshopId, personId, blockId, mark = *status, at] {
                       return attendance::mark(db, workshop, personId, blockId, mark, at);
                   });
    if (keep.isValid())
        m_view->setCurrentIndex(keep);
}

void AttendanceGridPanel::cycleCell(const QModelIndex& index)
{
    const AttendanceRow* row = m_model->rowAt(index.row());
    const int block = m_model->blockAt(index.column());
    if (!row || block < 0)
        return;
    const auto& mark = row->marks[size_t(block)];
    setCell(index, nextStatus(mark ? std::optional(mark->status) : std::nullopt));
}

void AttendanceGridPanel::markBlockPresent()
{
    if (m_blockId)
        m_document.run(tr("marking everyone present"), [&db = m_document.database(), workshop = m_workshopId, block = m_blockId] {
            return attendance::markAllPresent(db, workshop, block);
        });
}

bool AttendanceGridPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || m_model->blockAt(index.column()) < 0)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return QWidget::eventFilter(watched, event);
    std::optional<AttendanceStatus> status;
    switch (key->key()) {
    case Qt::Key_Space: cycleCell(index); return true;
    case Qt::Key_Delete:
    case Qt::Key_Backspace: setCell(index, std::nullopt); return true;
    case Qt::Key_P: status = AttendanceStatus::Present; break;
    case Qt::Key_L: status = AttendanceStatus::Late; break;
    case Qt::Key_E: status = AttendanceStatus::LeftEarly; break;
    case Qt::Key_X: status = AttendanceStatus::Excused; break;
    case Qt::Key_A: status = AttendanceStatus::Absent; break;
    default: return QWidget::eventFilter(watched, event);
    }
    setCell(index, status);
    // Typing a paper sheet goes down a column: P, P, L, P...
    if (index.row() + 1 < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(index.row() + 1, index.column()));
    return true;
}

} // namespace rt::ui

#include "WorkshopForm.h"

#include "StateCombo.h"
#include "widgets/FormRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace rt::ui {
namespace {

constexpr qint64 kNewVenue = -1;

// Notes are saved when the field loses focus, like the line edits.
class NotesEdit : public QPlainTextEdit {
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void()> onFinished;

protected:
    void focusOutEvent(QFocusEvent* event) override
    {
        QPlainTextEdit::focusOutEvent(event);
        if (onFinished && document()->isModified()) {
            document()->setModified(false);
            onFinished();
        }
    }
};

} // namespace

WorkshopForm::WorkshopForm(QWidget* parent)
    : QWidget(parent)
    , m_program(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_venue(new QComboBox(this))
    , m_newVenueBox(new QWidget(this))
    , m_venueName(new QLineEdit(m_newVenueBox))
    , m_venueCity(new QLineEdit(m_newVenueBox))
    , m_venueState(new StateCombo(m_newVenueBox))
    , m_start(new QDateEdit(this))
    , m_length(new QComboBox(this))
    , m_capacity(new QSpinBox(this))
    , m_host(new QLineEdit(this))
    , m_hostState(new StateCombo(this))
    , m_affiliated(new QCheckBox(tr("The host state has a signed affiliation agreement"), this))
    , m_status(new QComboBox(this))
    , m_notes(new NotesEdit(this))
{
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("ddd d MMM yyyy"));
    m_start->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Wed 30 Sep 2026")) + 48);
    for (int halfDays = 1; halfDays <= 10; ++halfDays)
        m_length->addItem(durationLabel(halfDays), halfDays);
    m_capacity->setRange(1, 10000);
    m_capacity->setSuffix(tr(" places"));
    for (WorkshopStatus s : {WorkshopStatus::Planned, WorkshopStatus::Live, WorkshopStatus::Closed})
        m_status->addItem(statusLabel(s), int(s));
    m_venueName->setPlaceholderText(tr("Venue name"));
    m_venueCity->setPlaceholderText(tr("City"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);


    m_venueName->setAccessibleName(tr("New venue name"));
    m_venueCity->setAccessibleName(tr("New venue city"));
    m_venueState->setAccessibleName(tr("New venue state"));
    m_affiliated->setAccessibleName(tr("Affiliated state"));

    auto* venueRow = new QHBoxLayout(m_newVenueBox);
    venueRow->setContentsMargins(0, 0, 0, 0);
    venueRow->addWidget(m_venueName, 3);
    venueRow->addWidget(m_venueCity, 2);
    venueRow->addWidget(m_venueState, 1);
    m_newVenueBox->hide();

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(form, tr("&Program:"), m_program);
    addRow(form, tr("&Title:"), m_title);
    addRow(form, tr("&Venue:"), m_venue);
    form->addRow(QString(), m_newVenueBox);
    addRow(form, tr("&Starts:"), m_start);
    addRow(form, tr("&Length:"), m_length);
    addRow(form, tr("Pl&aces:"), m_capacity);
    addRow(form, tr("&Host:"), m_host);
    addRow(form, tr("Host s&tate:"), m_hostState);
    form->addRow(QString(), m_affiliated);
    addRow(form, tr("Stat&us:"), m_status);
    addRow(form, tr("&Notes:"), m_notes);

    const auto finished = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    for (QLineEdit* edit : {m_title, m_host})
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, finished] {
            if (edit->isModified()) {
                edit->setModified(false);
                finished();
            }
        });
    connect(m_hostState, &QComboBox::currentTextChanged, this, [this, finished] {
        if (!m_hostState->lineEdit()->hasFocus())
            finished();
    });
    connect(m_hostState->lineEdit(), &QLineEdit::editingFinished, this, finished);
    connect(m_start, &QDateEdit::editingFinished, this, [this, finished] {
        if (m_start->date() != m_workshop.startDate)
            finished();
    });
    connect(m_capacity, &QSpinBox::editingFinished, this, [this, finished] {
        if (m_capacity->value() != m_workshop.capacity)
            finished();
    });
    connect(m_length, &QComboBox::activated, this, finished);
    connect(m_status, &QComboBox::activated, this, finished);
    connect(m_affiliated, &QCheckBox::toggled, this, finished);
    connect(m_program, &QComboBox::activated, this, &WorkshopForm::programChosen);
    connect(m_venue, &QComboBox::activated, this, &WorkshopForm::venueChosen);
    for (QLineEdit* edit : {m_venueName, m_venueCity})
        connect(edit, &QLineEdit::editingFinished, this, [this, finished] {
            if (!m_venueName->text().trimmed().isEmpty())
                finished();
        });
    static_cast<NotesEdit*>(m_notes)->onFinished = finished;
}

void WorkshopForm::setChoices(const std::vector<Program>& programs, const std::vector<Venue>& venues)
{
    m_loading = true;
    m_programs = programs;
    m_program->clear();
    m_program->addItem(tr("(no program)"), qint64(0));
    for (const Program& p : programs)
        m_program->addItem(p.title, p.id);
    m_venue->clear();
    m_venue->addItem(tr("(no venue yet)"), qint64(0));
    for (const Venue& v : venues)
        m_venue->addItem(v.label(), v.id);
    m_venue->addItem(tr("New venue…"), kNewVenue);
    m_loading = false;
    setWorkshop(m_workshop);
}

void WorkshopForm::setWorkshop(const Workshop& w)
{
    m_loading = true;
    m_workshop = w;
    m_program->setCurrentIndex(std::max(0, m_program->findData(w.programId.value_or(0))));
    m_title->setText(w.title);
    m_title->setModified(false);
    m_venue->setCurrentIndex(std::max(0, m_venue->findData(w.venueId.value_or(0))));
    m_newVenueBox->hide();
    m_venueName->clear();
    m_venueCity->clear();
    m_start->setDate(w.startDate.isValid() ? w.startDate : QDate::currentDate());
    m_length->setCurrentIndex(std::max(0, m_length->findData(w.halfDays)));
    if (m_length->findData(w.halfDays) < 0) {
        m_length->addItem(durationLabel(w.halfDays), w.halfDays);
        m_length->setCurrentIndex(m_length->count() - 1);
    }
    m_capacity->setValue(w.capacity);
    m_host->setText(w.hostOrganisation);
    m_host->setModified(false);
    m_hostState->setState(w.hostState);
    m_affiliated->setChecked(w.affiliated);
    m_status->setCurrentIndex(m_status->findData(int(w.status)));
    if (m_notes->toPlainText() != w.notes)
        m_notes->setPlainText(w.notes);
    m_notes->document()->setModified(false);
    m_loading = false;
}

Workshop WorkshopForm::workshop() const
{
    Workshop w = m_workshop;
    const qint64 program = m_program->currentData().toLongLong();
    w.programId = program ? std::optional<Id>(program) : std::nullopt;
    w.title = m_title->text().trimmed();
    const qint64 venue = m_venue->currentData().toLongLong();
    w.venueId = venue > 0 ? std::optional<Id>(venue) : std::nullopt;
    w.startDate = m_start->date();
    w.halfDays = m_length->currentData().toInt();
    w.capacity = m_capacity->value();
    w.hostOrganisation = m_host->text().trimmed();
    w.hostState = m_hostState->state();
    w.affiliated = m_affiliated->isChecked();
    w.status = WorkshopStatus(m_status->currentData().toInt());
    w.notes = m_notes->toPlainText();
    return w;
}

std::optional<Venue> WorkshopForm::newVenue() const
{
    if (m_venue->currentData().toLongLong() != kNewVenue || m_venueName->text().trimmed().isEmpty())
        return std::nullopt;
    Venue v;
    v.name = m_venueName->text().trimmed();
    v.city = m_venueCity->text().trimmed();
    v.state = m_venueState->state();
    return v;
}

void WorkshopForm::programChosen()
{
    const qint64 id = m_program->currentData().toLongLong();
    if (m_followsProgram) {
        for (const Program& p : m_programs) {
            if (p.id != id)
                continue;
            m_loading = true;
            m_title->setText(p.title);
            m_length->setCurrentIndex(std::max(0, m_length->findData(p.halfDays)));
            if (p.capacity)
                m_capacity->setValue(*p.capacity);
            m_loading = false;
        }
    }
    if (!m_loading)
        Q_EMIT edited();
}

void WorkshopForm::venueChosen()
{
    const bool newVenue = m_venue->currentData().toLongLong() == kNewVenue;
    m_newVenueBox->setVisible(newVenue);
    if (newVenue) {
        m_venueName->setFocus();
        return;
    }
    Q_EMIT edited();
}

} // namespace rt::ui

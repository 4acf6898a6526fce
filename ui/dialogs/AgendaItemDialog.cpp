#include "AgendaItemDialog.h"

#include "Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace rt::ui {

AgendaItemDialog::AgendaItemDialog(int dayCount, const std::vector<Facilitator>& facilitators, const QStringList& modules, QWidget* parent)
    : QDialog(parent)
    , m_dayCount(dayCount)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_day(new QSpinBox(this))
    , m_minutes(new QSpinBox(this))
    , m_fixed(new QCheckBox(tr("Starts at a fixed time:"), this))
    , m_fixedTime(new QTimeEdit(QTime(12, 0), this))
    , m_presenter(new QComboBox(this))
    , m_module(new QComboBox(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Agenda Item"));
    m_title->setAccessibleName(tr("Title"));
    for (AgendaKind k : {AgendaKind::Presentation, AgendaKind::SmallGroup, AgendaKind::LargeGroup, AgendaKind::InformationSharing,
                         AgendaKind::Assessment, AgendaKind::ActionPlanning, AgendaKind::Break, AgendaKind::Meal})
        m_kind->addItem(agendaKindLabel(k), int(k));
    m_kind->setAccessibleName(tr("Kind"));
    m_day->setRange(1, std::max(1, dayCount));
    m_day->setPrefix(tr("Day "));
    m_day->setAccessibleName(tr("Day"));
    m_minutes->setRange(1, 720);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Length in minutes"));
    m_fixedTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_fixedTime->setAccessibleName(tr("Fixed start time"));
    m_fixedTime->setEnabled(false);
    m_fixed->setAccessibleName(tr("Starts at a fixed time"));
    connect(m_fixed, &QCheckBox::toggled, m_fixedTime, &QTimeEdit::setEnabled);
    m_presenter->addItem(tr("No presenter"), QVariant());
    for (const Facilitator& f : facilitators)
        m_presenter->addItem(f.displayName(), f.id);
    m_presenter->setAccessibleName(tr("Presenter"));
    m_module->setEditable(true);
    m_module->addItem(QString());
    m_module->addItems(modules);
    m_module->setAccessibleName(tr("Module"));
    m_prompt->setPlaceholderText(tr("The question put to the room; the projector shows it."));
    m_prompt->setAccessibleName(tr("Discussion prompt"));
    m_prompt->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("For facilitators only: never on the projector or the participants' agenda."));
    m_notes->setAccessibleName(tr("Notes for facilitators"));
    m_notes->setTabChangesFocus(true);

    auto* timing = new QHBoxLayout;
    timing->addWidget(m_minutes);
    timing->addSpacing(16);
    timing->addWidget(m_fixed);
    timing->addWidget(m_fixedTime);
    timing->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Length:"), timing);
    form->addRow(tr("&Presenter:"), m_presenter);
    form->addRow(tr("&Module:"), m_module);
    form->addRow(tr("P&rompt:"), m_prompt);
    form->addRow(tr("&Notes:"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgendaItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AgendaItemDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, 520);
}

void AgendaItemDialog::setItem(const AgendaItem& item)
{
    m_item = item;
    m_title->setText(item.title);
    m_kind->setCurrentIndex(m_kind->findData(int(item.kind)));
    m_day->setValue(item.day);
    m_minutes->setValue(item.minutes);
    m_fixed->setChecked(item.isAnchored());
    if (item.isAnchored())
        m_fixedTime->setTime(item.fixedStart);
    const int presenter = item.presenterId ? m_presenter->findData(*item.presenterId) : 0;
    m_presenter->setCurrentIndex(std::max(0, presenter));
    m_module->setCurrentText(item.module);
    m_prompt->setPlainText(item.prompt);
    m_notes->setPlainText(item.notes);
}

AgendaItem AgendaItemDialog::item() const
{
    AgendaItem i = m_item;
    i.title = m_title->text().trimmed();
    i.kind = AgendaKind(m_kind->currentData().toInt());
    i.day = m_day->value();
    i.minutes = m_minutes->value();
    i.fixedStart = m_fixed->isChecked() ? m_fixedTime->time() : QTime();
    i.presenterId = m_presenter->currentData().isNull() ? std::nullopt : std::optional<Id>(m_presenter->currentData().toLongLong());
    i.module = m_module->currentText().trimmed();
    i.prompt = m_prompt->toPlainText().trimmed();
    i.notes = m_notes->toPlainText();
    return i;
}

void AgendaItemDialog::accept()
{
    if (auto status = agenda::validate(item(), m_dayCount); !status) {
        prompts::warning(this, tr("Agenda Item"), status.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace rt::ui

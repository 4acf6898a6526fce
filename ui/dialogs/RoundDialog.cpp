#include "RoundDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rt::ui {

RoundDialog::RoundDialog(int peopleCount, const std::vector<std::pair<Id, QString>>& agendaItems, QWidget* parent)
    : QDialog(parent)
    , m_people(std::max(1, peopleCount))
    , m_prompt(new QPlainTextEdit(this))
    , m_agenda(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_byCount(new QRadioButton(tr("Number of groups:"), this))
    , m_bySize(new QRadioButton(tr("People per group:"), this))
    , m_groups(new QSpinBox(this))
    , m_size(new QSpinBox(this))
    , m_votes(new QSpinBox(this))
{
    setWindowTitle(tr("Discussion Round"));
    m_prompt->setPlaceholderText(tr("The question the groups discuss (shown on the projector)"));
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setTabChangesFocus(true);
    m_agenda->addItem(tr("Not tied to an agenda item"), QVariant());
    for (const auto& [id, title] : agendaItems)
        m_agenda->addItem(title, id);
    m_agenda->setAccessibleName(tr("Agenda item"));
    for (GroupMode m : {GroupMode::Mixed, GroupMode::TeamsTogether, GroupMode::ByRole, GroupMode::Manual})
        m_mode->addItem(groupModeLabel(m), int(m));
    m_mode->setAccessibleName(tr("Mode"));
    m_groups->setRange(1, std::min(200, m_people));
    m_groups->setAccessibleName(tr("Number of groups"));
    m_size->setRange(1, m_people);
    m_size->setValue(std::min(6, m_people));
    m_size->setAccessibleName(tr("People per group"));
    m_byCount->setChecked(true);
    m_byCount->setAccessibleName(tr("Set the number of groups"));
    m_bySize->setAccessibleName(tr("Set the people per group"));
    m_votes->setRange(1, 20);
    m_votes->setAccessibleName(tr("Votes per person"));
    auto* hint = new QLabel(tr("%1 people to place.").arg(peopleCount), this);
    auto update = [this] {
        m_groups->setEnabled(m_byCount->isChecked());
        m_size->setEnabled(m_bySize->isChecked());
    };
    connect(m_byCount, &QRadioButton::toggled, this, update);
    update();

    auto* sizes = new QGridLayout;
    sizes->addWidget(m_byCount, 0, 0);
    sizes->addWidget(m_groups, 0, 1);
    sizes->addWidget(m_bySize, 1, 0);
    sizes->addWidget(m_size, 1, 1);
    sizes->addWidget(hint, 2, 0, 1, 2);
    auto* form = new QFormLayout;
    form->addRow(tr("&Prompt:"), m_prompt);
    form->addRow(tr("&Agenda item:"), m_agenda);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("Groups:"), sizes);
    form->addRow(tr("&Votes per person:"), m_votes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 420);
}

void RoundDialog::setRound(const DiscussionRound& round)
{
    m_round = round;
    m_prompt->setPlainText(round.prompt);
    const int agenda = round.agendaItemId ? m_agenda->findData(*round.agendaItemId) : 0;
    m_agenda->setCurrentIndex(std::max(0, agenda));
    m_mode->setCurrentIndex(m_mode->findData(int(round.mode)));
    m_groups->setValue(round.groupCount);
    m_votes->setValue(round.votesPerPerson);
}

DiscussionRound RoundDialog::round() const
{
    DiscussionRound r = m_round;
    r.prompt = m_prompt->toPlainText().trimmed();
    r.agendaItemId = m_agenda->currentData().isNull() ? std::nullopt : std::optional<Id>(m_agenda->currentData().toLongLong());
    r.mode = GroupMode(m_mode->currentData().toInt());
    r.groupCount = m_byCount->isChecked() ? m_groups->value() : groups::groupCountForSize(m_people, m_size->value());
    r.votesPerPerson = m_votes->value();
    return r;
}

} // namespace rt::ui

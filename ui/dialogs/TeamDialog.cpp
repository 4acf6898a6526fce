#include "TeamDialog.h"

#include "widgets/StateCombo.h"
#include "widgets/FormRows.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rt::ui {

TeamDialog::TeamDialog(const Team& team, const std::vector<RosterEntry>& roster, QWidget* parent)
    : QDialog(parent)
    , m_jurisdiction(new QLineEdit(team.jurisdiction, this))
    , m_state(new StateCombo(this))
    , m_notes(new QPlainTextEdit(team.notes, this))
    , m_members(new QListWidget(this))
    , m_flags(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("teamDialog"));
    setWindowTitle(team.id ? tr("Edit the %1 team").arg(team.label()) : tr("New team"));
    m_state->setState(team.state);
    m_members->setAccessibleName(tr("Members"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    for (const RosterEntry& entry : roster) {
        if (entry.status != EnrollmentStatus::Registered)
            continue;
        const bool member = entry.teamId && *entry.teamId == team.id && team.id != 0;
        QString text = QStringLiteral("%1 — %2, %3").arg(entry.person.fullName(), entry.person.roleText(), entry.person.jurisdiction);
        if (entry.teamId && !member)
            text += tr("  (now in the %1 team; ticking moves them here)").arg(entry.teamName);
        auto* item = new QListWidgetItem(text, m_members);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(member ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, qint64(m_people.size()));
        m_people.push_back(entry.person);
    }

    auto* form = new QFormLayout;
    addRow(form, tr("&Jurisdiction:"), m_jurisdiction);
    addRow(form, tr("&State:"), m_state);
    addRow(form, tr("&Notes:"), m_notes);
    auto* membersLabel = new QLabel(tr("&Members (registered people):"), this);
    membersLabel->setBuddy(m_members);
    m_flags->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(membersLabel);
    layout->addWidget(m_members, 1);
    layout->addWidget(m_flags);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_members, &QListWidget::itemChanged, this, &TeamDialog::updateFlags);
    updateFlags();
    resize(560, 520);
}

QString TeamDialog::jurisdiction() const
{
    return m_jurisdiction->text().simplified();
}

QString TeamDialog::state() const
{
    return m_state->state();
}

QString TeamDialog::notes() const
{
    return m_notes->toPlainText().trimmed();
}

std::vector<Id> TeamDialog::memberIds() const
{
    std::vector<Id> ids;
    for (int row = 0; row < m_members->count(); ++row) {
        const QListWidgetItem* item = m_members->item(row);
        if (item->checkState() == Qt::Checked)
            ids.push_back(m_people[size_t(item->data(Qt::UserRole).toLongLong())].id);
    }
    return ids;
}

void TeamDialog::updateFlags()
{
    std::vector<Person> chosen;
    for (int row = 0; row < m_members->count(); ++row) {
        const QListWidgetItem* item = m_members->item(row);
        if (item->checkState() == Qt::Checked)
            chosen.push_back(m_people[size_t(item->data(Qt::UserRole).toLongLong())]);
    }
    const QStringList flags = teamFlags(chosen);
    m_flags->setText(flags.isEmpty() ? tr("Complete: a manager and a chief.")
                                     : tr("Allowed, but flagged: %1.").arg(flags.join(QStringLiteral("; "))));
}

void TeamDialog::accept()
{
    if (jurisdiction().isEmpty()) {
        m_error->setText(tr("Enter the team's jurisdiction (the city or county it comes from)."));
        m_error->show();
        m_jurisdiction->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace rt::ui

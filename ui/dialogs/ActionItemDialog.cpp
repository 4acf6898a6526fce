#include "ActionItemDialog.h"

#include "Prompts.h"
#include "dialogs/StatusUpdateDialog.h"
#include "assessments/Pillars.h"
#include "widgets/Colours.h"
#include "widgets/FormRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

QPlainTextEdit* textBox(QWidget* parent, int lines, const QString& placeholder)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(placeholder);
    const int height = edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8;
    edit->setMinimumHeight(height);
    edit->setMaximumHeight(height * 2);
    return edit;
}

std::optional<Id> idOf(const QComboBox* combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() && !data.isNull() ? std::optional<Id>(data.toLongLong()) : std::nullopt;
}

} // namespace

void fillStatusCombo(QComboBox* combo)
{
    for (ActionStatus s : allActionStatuses())
        combo->addItem(actionStatusLabel(s), int(s));
}

ActionItemDialog::ActionItemDialog(const Database& db, Id workshopId, const Team& team, QWidget* parent)
    : QDialog(parent)
    , m_goal(new QLineEdit(this))
    , m_actions(textBox(this, 3, tr("The steps, who takes them, and with whom")))
    , m_owner(new QComboBox(this))
    , m_due(new QDateEdit(this))
    , m_noDue(new QCheckBox(tr("No due date"), this))
    , m_status(new QComboBox(this))
    , m_measure(textBox(this, 2, tr("How the team will know it worked")))
    , m_pillar(new QComboBox(this))
    , m_practiceGroup(new QComboBox(this))
    , m_notes(textBox(this, 2, QString()))
    , m_origin(new QLabel(this))
    , m_hint(new QLabel(tr("Write the goal to save the item."), this))
    , m_defaultDue(today())
{
    setWindowTitle(tr("Action Item — %1").arg(team.label()));
    m_goal->setPlaceholderText(tr("What the team will achieve"));
    m_goal->setMaxLength(500);

    m_owner->addItem(tr("No owner"), QVariant());
    for (const TeamMember& m : team.members)
        m_owner->addItem(QStringLiteral("%1 (%2)").arg(m.person.fullName(), m.person.roleText()), m.person.id);

    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_due->setAccessibleName(tr("Due date"));
    m_noDue->setAccessibleName(tr("No due date"));
    connect(m_noDue, &QCheckBox::toggled, m_due, [this](bool none) { m_due->setEnabled(!none); });
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_due);
    dueRow->addWidget(m_noDue);
    dueRow->addSpacing(12);
    dueRow->addWidget(new QLabel(tr("After the workshop:"), this));
    const QLocale locale;
    for (int days : actionplans::kQuickPicks) {
        auto* pick = new QPushButton(tr("%1 days").arg(days), this);
        pick->setAutoDefault(false);
        pick->setAccessibleName(tr("Due %1 days after the workshop").arg(days));
        if (auto date = actionplans::dueAfterWorkshop(db, workshopId, days)) {
            pick->setToolTip(tr("Due %1, %2 days after the workshop ends").arg(locale.toString(*date, QStringLiteral("ddd d MMM yyyy"))).arg(days));
            if (days == actionplans::kQuickPicks[0])
                m_defaultDue = *date;
            connect(pick, &QPushButton::clicked, this, [this, date = *date] {
                m_noDue->setChecked(false);
                m_due->setDate(date);
            });
        } else {
            pick->setEnabled(false);
            pick->setToolTip(date.error().message);
        }
        m_quickPicks[days] = pick;
        dueRow->addWidget(pick);
    }
    dueRow->addStretch(1);
    auto* dueHost = new QWidget(this);
    dueRow->setContentsMargins(0, 0, 0, 0);
    dueHost->setLayout(dueRow);

    fillStatusCombo(m_status);
    m_pillar->addItem(tr("None"), QVariant());
    for (int p = 1; p <= pillars::count; ++p)
        m_pillar->addItem(pillars::label(p), p);
    m_practiceGroup->addItem(tr("None"), QVariant());
    if (auto groups = catalog::practiceGroups(db)) {
        for (const PracticeGroup& g : *groups)
            m_practiceGroup->addItem(g.label(), g.id);
    }
    m_origin->setTextFormat(Qt::PlainText);
    m_origin->setWordWrap(true);
    m_origin->setAccessibleName(tr("Where the item came from"));
    m_hint->setAccessibleName(tr("What is missing"));
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, colours::secondary(QPalette::Window, hintPalette));
    m_hint->setPalette(hintPalette);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(form, tr("&Goal:"), m_goal);
    addRow(form, tr("&Actions:"), m_actions);
    addRow(form, tr("O&wner:"), m_owner);
    form->addRow(tr("&Due:"), dueHost);
    addRow(form, tr("&Status:"), m_status);
    addRow(form, tr("&Measure of success:"), m_measure);
    addRow(form, tr("&Pillar:"), m_pillar);
    addRow(form, tr("P&ractice group:"), m_practiceGroup);
    addRow(form, tr("&Notes:"), m_notes);
    static_cast<QLabel*>(form->labelForField(dueHost))->setBuddy(m_due);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionItemDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_origin); // outside the form: hiding wrapped form rows upsets Qt 6.4
    layout->addLayout(bottom);

    // Down the form, the due date's controls left to right.
    QList<QWidget*> order{m_goal, m_actions, m_owner, m_due, m_noDue};
    for (int days : actionplans::kQuickPicks)
        order << m_quickPicks[days];
    order << m_status << m_measure << m_pillar << m_practiceGroup << m_notes;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_goal, &QLineEdit::textChanged, this, &ActionItemDialog::updateOk);
    ActionItem fresh;
    fresh.teamId = team.id;
    setItem(fresh);
    resize(720, sizeHint().height());
}

QPushButton* ActionItemDialog::quickPick(int days) const
{
    const auto it = m_quickPicks.find(days);
    return it == m_quickPicks.end() ? nullptr : it->second;
}

void ActionItemDialog::setItem(const ActionItem& item)
{
    m_item = item;
    m_goal->setText(item.goal);
    m_actions->setPlainText(item.actions);
    const int owner = item.ownerId ? m_owner->findData(*item.ownerId) : 0;
    m_owner->setCurrentIndex(std::max(0, owner));
    m_noDue->setChecked(!item.due);
    m_due->setEnabled(item.due.has_value());
    // Without a due date, the first quick pick waits behind the checkbox.
    m_due->setDate(item.due ? *item.due : m_defaultDue);
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(item.status))));
    m_measure->setPlainText(item.measure);
    m_pillar->setCurrentIndex(item.pillar ? std::max(0, m_pillar->findData(*item.pillar)) : 0);
    m_practiceGroup->setCurrentIndex(item.practiceGroupId ? std::max(0, m_practiceGroup->findData(*item.practiceGroupId)) : 0);
    m_notes->setPlainText(item.notes);
    m_origin->setText(item.origin.isEmpty() ? QString() : tr("Started from: %1").arg(item.origin));
    m_origin->setVisible(!item.origin.isEmpty());
    setWindowTitle(item.id ? tr("Edit Action Item") : tr("New Action Item"));
    updateOk();
}

ActionItem ActionItemDialog::item() const
{
    ActionItem i = m_item;
    i.goal = m_goal->text().trimmed();
    i.actions = m_actions->toPlainText().trimmed();
    i.ownerId = idOf(m_owner);
    i.ownerName = i.ownerId ? m_owner->currentText() : QString();
    i.due = m_noDue->isChecked() ? std::nullopt : std::optional<QDate>(m_due->date());
    i.status = ActionStatus(m_status->currentData().toInt());
    i.measure = m_measure->toPlainText().trimmed();
    i.pillar = m_pillar->currentData().isValid() ? std::optional<int>(m_pillar->currentData().toInt()) : std::nullopt;
    i.practiceGroupId = idOf(m_practiceGroup);
    i.notes = m_notes->toPlainText().trimmed();
    return i;
}

void ActionItemDialog::updateOk()
{
    const bool filled = !m_goal->text().trimmed().isEmpty();
    m_ok->setEnabled(filled);
    m_hint->setVisible(!filled);
}

void ActionItemDialog::accept()
{
    if (m_goal->text().trimmed().isEmpty()) {
        m_goal->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace rt::ui

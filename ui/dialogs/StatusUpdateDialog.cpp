#include "StatusUpdateDialog.h"

#include "dialogs/ActionItemDialog.h"
#include "widgets/FormRows.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rt::ui {

QDate today()
{
    return actionplans::today(); // the date core checks updates against
}

StatusUpdateDialog::StatusUpdateDialog(const ActionItem& item, const QString& context, QWidget* parent)
    : QDialog(parent)
    , m_goal(new QLabel(item.goal, this))
    , m_date(new QDateEdit(today(), this))
    , m_status(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Record an Update"));
    m_goal->setTextFormat(Qt::PlainText);
    m_goal->setWordWrap(true);
    m_goal->setAccessibleName(tr("Goal"));
    QFont bold = m_goal->font();
    bold.setBold(true);
    m_goal->setFont(bold);
    auto* where = new QLabel(tr("%1 · now %2").arg(context, actionStatusLabel(item.status)), this);
    where->setTextFormat(Qt::PlainText);
    where->setWordWrap(true);
    where->setAccessibleName(tr("Team and current status"));

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setMaximumDate(today()); // an update records what has happened
    fillStatusCombo(m_status);
    // The likely next step is preselected: not started moves to in progress.
    const ActionStatus next = item.status == ActionStatus::NotStarted ? ActionStatus::InProgress : item.status;
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(next))));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was done, what is in the way, who said so"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(form, tr("&Date:"), m_date);
    addRow(form, tr("New &status:"), m_status);
    addRow(form, tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_goal);
    layout->addWidget(where);
    layout->addSpacing(6);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    m_note->setFocus();
    resize(560, 360);
}

QDate StatusUpdateDialog::date() const
{
    return m_date->date();
}

ActionStatus StatusUpdateDialog::status() const
{
    return ActionStatus(m_status->currentData().toInt());
}

QString StatusUpdateDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace rt::ui

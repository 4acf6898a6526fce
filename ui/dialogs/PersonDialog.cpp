#include "PersonDialog.h"

#include "Prompts.h"
#include "widgets/Colours.h"
#include "widgets/StateCombo.h"
#include "widgets/FormRows.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

QString describe(const Person& p)
{
    QStringList parts{p.roleText()};
    if (!p.jurisdiction.isEmpty())
        parts << (p.state.isEmpty() ? p.jurisdiction : QStringLiteral("%1, %2").arg(p.jurisdiction, p.state));
    if (!p.email.isEmpty())
        parts << p.email;
    return QStringLiteral("%1 — %2").arg(p.fullName(), parts.join(QStringLiteral(" · ")));
}

} // namespace

PersonDialog::PersonDialog(const Database& db, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_mode(mode)
    , m_first(new QLineEdit(this))
    , m_last(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_roleOther(new QLineEdit(this))
    , m_jurisdiction(new QLineEdit(this))
    , m_state(new StateCombo(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_matchTitle(new QLabel(this))
    , m_matches(new QListWidget(this))
    , m_useMatch(new QPushButton(tr("&Register this person"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_matchTimer(new QTimer(this))
{
    setWindowTitle(mode == Mode::AddToRoster ? tr("Add to the roster") : tr("Edit person"));
    setObjectName(QStringLiteral("personDialog"));
    for (Role role : allRoles())
        m_role->addItem(roleLabel(role), int(role));
    m_roleOther->setPlaceholderText(tr("Title, e.g. Deputy Chief"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);


    m_role->setAccessibleName(tr("Role"));
    m_roleOther->setAccessibleName(tr("Role title"));
    m_matches->setAccessibleName(tr("People already in the file who match"));

    auto* form = new QFormLayout;
    addRow(form, tr("&First name:"), m_first);
    addRow(form, tr("&Last name:"), m_last);
    auto* roleRow = new QHBoxLayout;
    roleRow->addWidget(m_role);
    roleRow->addWidget(m_roleOther, 1);
    auto* roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_role);
    form->addRow(roleLabel, roleRow);
    addRow(form, tr("&Jurisdiction:"), m_jurisdiction);
    addRow(form, tr("&State:"), m_state);
    addRow(form, tr("&Email:"), m_email);
    addRow(form, tr("&Phone:"), m_phone);
    addRow(form, tr("&Notes:"), m_notes);

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(colours::problem().name()));
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (mode == Mode::AddToRoster) {
        m_matchTitle->setWordWrap(true);
        m_matchTitle->setText(tr("Already in the file? People who match appear here as you type."));
        m_matches->setMinimumHeight(90);
        m_matches->setAlternatingRowColors(true);
        m_matches->setWordWrap(true);
        m_useMatch->setEnabled(false);
        m_useMatch->setAccessibleName(tr("Register the selected person"));
        layout->addWidget(m_matchTitle);
        layout->addWidget(m_matches);
        layout->addWidget(m_useMatch, 0, Qt::AlignRight);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add new person"));
        m_matchTimer->setSingleShot(true);
        m_matchTimer->setInterval(150);
        connect(m_matchTimer, &QTimer::timeout, this, &PersonDialog::refreshMatches);
        for (QLineEdit* edit : {m_first, m_last, m_jurisdiction, m_email})
            connect(edit, &QLineEdit::textChanged, m_matchTimer, qOverload<>(&QTimer::start));
        connect(m_matches, &QListWidget::currentRowChanged, this, [this](int row) { m_useMatch->setEnabled(row >= 0); });
        connect(m_matches, &QListWidget::itemActivated, this, &PersonDialog::useSelectedMatch);
        connect(m_useMatch, &QPushButton::clicked, this, &PersonDialog::useSelectedMatch);
    } else {
        m_matchTitle->hide();
        m_matches->hide();
        m_useMatch->hide();
        auto* note = new QLabel(tr("Changes apply to this person on every workshop's roster."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &PersonDialog::updateRoleOther);
    updateRoleOther();
    resize(520, mode == Mode::AddToRoster ? 560 : 420);
}

void PersonDialog::setPerson(const Person& person)
{
    m_original = person;
    m_first->setText(person.firstName);
    m_last->setText(person.lastName);
    m_role->setCurrentIndex(m_role->findData(int(person.role)));
    m_roleOther->setText(person.roleOther);
    m_jurisdiction->setText(person.jurisdiction);
    m_state->setState(person.state);
    m_email->setText(person.email);
    m_phone->setText(person.phone);
    m_notes->setPlainText(person.notes);
}

Person PersonDialog::person() const
{
    Person p = m_original;
    p.firstName = m_first->text();
    p.lastName = m_last->text();
    p.role = Role(m_role->currentData().toInt());
    p.roleOther = p.role == Role::Other ? m_roleOther->text() : QString();
    p.jurisdiction = m_jurisdiction->text();
    p.state = m_state->state();
    p.email = m_email->text();
    p.phone = m_phone->text();
    p.notes = m_notes->toPlainText();
    return people::normalized(p);
}

void PersonDialog::updateRoleOther()
{
    const bool other = Role(m_role->currentData().toInt()) == Role::Other;
    m_roleOther->setEnabled(other);
    if (!other)
        m_roleOther->clear();
}

void PersonDialog::refreshMatches()
{
    if (m_mode != Mode::AddToRoster)
        return;
    m_matchTimer->stop();
    const Person candidate = person();
    m_matches->clear();
    m_duplicates.clear();
    if (auto duplicates = people::likelyDuplicates(m_db, candidate))
        m_duplicates = std::move(*duplicates);
    std::vector<Id> shown;
    for (const DuplicateMatch& match : m_duplicates) {
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(describe(match.person), tr("Same person? (%1)").arg(match.reason)),
                                         m_matches);
        item->setData(Qt::UserRole, match.person.id);
        shown.push_back(match.person.id);
    }
    const QString typed = QStringList{candidate.firstName, candidate.lastName}.join(QLatin1Char(' ')).trimmed();
    if (typed.size() >= 2) {
        if (auto similar = people::search(m_db, typed, 20)) {
            for (const Person& p : *similar) {
                if (std::find(shown.begin(), shown.end(), p.id) != shown.end())
                    continue;
                auto* item = new QListWidgetItem(describe(p), m_matches);
                item->setData(Qt::UserRole, p.id);
            }
        }
    }
    m_matchTitle->setText(m_matches->count() == 0 ? tr("No one in the file matches yet.")
                          : m_duplicates.empty()   ? tr("People in the file with a similar name:")
                                                   : tr("This may be someone already in the file. Register them rather "
                                                        "than adding them twice:"));
}

void PersonDialog::useSelectedMatch()
{
    QListWidgetItem* item = m_matches->currentItem();
    if (!item)
        return;
    m_existing = item->data(Qt::UserRole).toLongLong();
    QDialog::accept();
}

void PersonDialog::accept()
{
    const Person p = person();
    if (auto valid = people::validate(p); !valid) {
        m_error->setText(valid.error().message);
        m_error->show();
        return;
    }
    if (m_mode == Mode::AddToRoster) {
        refreshMatches();
        if (!m_duplicates.empty()) {
            const DuplicateMatch& first = m_duplicates.front();
            const auto answer = prompts::question(
                this, tr("Possible duplicate"),
                tr("%1 may already be in the file (%2: %3). Add a new person anyway?")
                    .arg(p.fullName(), first.reason, describe(first.person)),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return;
        }
    }
    m_existing.reset();
    QDialog::accept();
}

} // namespace rt::ui

#include "AuthorDialog.h"

#include "AppSettings.h"
#include "Prompts.h"
#include "storage/Journal.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rt::ui {

AuthorDialog::AuthorDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
{
    setWindowTitle(tr("Your Name for the Change History"));
    auto* explain = new QLabel(tr("Every change is recorded with who made it (“checked in at 08:42 by …”). "
                                  "Give the name colleagues know you by; it is kept on this computer. "
                                  "Left empty, the computer account's name is used."),
                               this);
    explain->setWordWrap(true);
    explain->setTextFormat(Qt::PlainText);
    m_name->setText(settings::authorName());
    m_name->setPlaceholderText(journal::author());
    m_name->setAccessibleName(tr("Your name for the change history"));
    m_name->setMaxLength(120);
    auto* form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString AuthorDialog::name() const
{
    return m_name->text().simplified();
}

bool editAuthorName(QWidget* parent)
{
    AuthorDialog dialog(parent);
    if (prompts::exec(dialog) != QDialog::Accepted)
        return false;
    settings::setAuthorName(dialog.name());
    applyAuthorName();
    return true;
}

void applyAuthorName()
{
    journal::setAuthor(settings::authorName());
}

} // namespace rt::ui

#include "HistoryDialog.h"

#include "Document.h"
#include "pages/HistoryPanel.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

HistoryDialog* showScope(Document& document, const history::Scope& scope, const QString& title, QWidget* parent)
{
    // One window per history: asking again raises the open one.
    for (HistoryDialog* open : parent->findChildren<HistoryDialog*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (open->panel()->scope().of == scope.of && open->panel()->scope().uuid == scope.uuid) {
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto* dialog = new HistoryDialog(document, scope, title, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace

HistoryDialog::HistoryDialog(Document& document, const history::Scope& scope, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_panel(new HistoryPanel(document, this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(title);
    setModal(false);
    m_panel->setScope(scope, title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the history"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    resize(920, 560);
    // Its own window, so its own Ctrl+F (the main window's Edit > Find
    // does not reach here).
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, m_panel, &HistoryPanel::focusFilter);
}

HistoryDialog* showPersonHistory(Document& document, Id personId, QWidget* parent)
{
    auto uuid = history::personUuid(document.database(), personId);
    if (!uuid) {
        document.apply(std::unexpected(uuid.error()));
        return nullptr;
    }
    const QString name = history::personName(document.database(), *uuid).value_or(QString());
    return showScope(document, history::Scope::person(*uuid), HistoryDialog::tr("History of %1").arg(name), parent);
}

HistoryDialog* showFileHistory(Document& document, QWidget* parent)
{
    return showScope(document, history::Scope::file(), HistoryDialog::tr("History of this file"), parent);
}

} // namespace rt::ui

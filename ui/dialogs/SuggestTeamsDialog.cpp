#include "SuggestTeamsDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rt::ui {

SuggestTeamsDialog::SuggestTeamsDialog(std::vector<TeamSuggestion> suggestions, QWidget* parent)
    : QDialog(parent)
    , m_suggestions(std::move(suggestions))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("suggestTeamsDialog"));
    setWindowTitle(tr("Suggested teams"));
    m_tree->setAccessibleName(tr("Suggested teams"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Team"), tr("Members")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    for (size_t i = 0; i < m_suggestions.size(); ++i) {
        const TeamSuggestion& s = m_suggestions[i];
        QStringList names;
        for (const Person& p : s.members)
            names << QStringLiteral("%1 (%2)").arg(p.fullName(), p.roleText());
        auto* item = new QTreeWidgetItem(m_tree, {s.state.isEmpty() ? s.jurisdiction : QStringLiteral("%1, %2").arg(s.jurisdiction, s.state),
                                                  names.join(QStringLiteral(", "))});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Pairs and larger groups are ticked; someone alone waits for a partner.
        item->setCheckState(0, s.members.size() >= 2 ? Qt::Checked : Qt::Unchecked);
        item->setData(0, Qt::UserRole, qint64(i));
        if (!s.flags.isEmpty()) {
            item->setIcon(0, QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(0, s.flags.join(QLatin1Char('\n')));
            item->setToolTip(1, s.flags.join(QLatin1Char('\n')));
        }
    }
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto* intro = new QLabel(tr("Registered people who are not in a team yet, grouped by jurisdiction. Tick the teams to "
                                "form; incomplete ones are marked."),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Form teams"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 420);
}

std::vector<TeamSuggestion> SuggestTeamsDialog::chosen() const
{
    std::vector<TeamSuggestion> result;
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(row);
        if (item->checkState(0) == Qt::Checked)
            result.push_back(m_suggestions[size_t(item->data(0, Qt::UserRole).toLongLong())]);
    }
    return result;
}

} // namespace rt::ui

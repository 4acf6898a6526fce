#pragma once
// Teams suggested from the jurisdictions people registered with; the user
// ticks which to form.

#include "people/Teams.h"

#include <QDialog>

class QTreeWidget;

namespace rt::ui {

class SuggestTeamsDialog : public QDialog {
    Q_OBJECT
public:
    SuggestTeamsDialog(std::vector<TeamSuggestion> suggestions, QWidget* parent = nullptr);
    std::vector<TeamSuggestion> chosen() const;
    QTreeWidget* tree() const { return m_tree; }

private:
    std::vector<TeamSuggestion> m_suggestions;
    QTreeWidget* m_tree;
};

} // namespace rt::ui

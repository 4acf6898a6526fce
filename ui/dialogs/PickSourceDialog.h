#pragma once
// Choosing where a new action item starts from: a parking-lot entry of the
// workshop's discussions, or a statement on which the team's manager and
// chief disagree. The caller fills the list; the dialog returns the chosen
// row's id, or says why there is nothing to choose.

#include "common/Result.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace rt::ui {

class PickSourceDialog : public QDialog {
    Q_OBJECT
public:
    // `intro` explains the list; `empty` shows instead when it has no rows.
    PickSourceDialog(const QString& title, const QString& intro, const QString& empty, const QStringList& headers,
                     QWidget* parent = nullptr);

    // A row; `stretch` column takes the spare width. Rows with id 0 are headings.
    void addRow(const QStringList& cells, Id id, const QString& toolTip = {});
    void setStretchColumn(int column);
    void setRightAligned(int column); // figures
    void finish(); // after the rows: sizes columns, selects the first, shows the empty text

    std::optional<Id> chosenId() const;
    QTreeWidget* list() const { return m_list; }
    int rowCount() const;
    // Selects the row with this id (tests, and a remembered choice).
    bool choose(Id id);

private:
    void updateOk();

    QLabel* m_intro;
    QLabel* m_empty;
    QTreeWidget* m_list;
    QDialogButtonBox* m_buttons;
    QList<int> m_rightAligned;
};

} // namespace rt::ui

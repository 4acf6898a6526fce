#pragma once
// Step 2 of a roster import: what will happen, in plain counts; the likely
// duplicates, each with a choice (enroll the person already in the file, add
// as new, or skip); and the rows that will be skipped, with their lines and
// reasons. Nothing is written on this page.

#include <QWidget>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QRadioButton;
class QStandardItemModel;
class QTreeView;

namespace rt::rosterimport {
struct Plan;
}

namespace rt::ui {

class ImportDuplicatesModel;

class ImportReviewPage : public QWidget {
    Q_OBJECT
public:
    explicit ImportReviewPage(QWidget* parent = nullptr);

    // Shows `plan` (owned by the caller, which keeps it while this shows it);
    // the choices made here are set on it.
    void setPlan(rosterimport::Plan* plan);

    QLabel* countsLabel() const { return m_counts; }
    QTreeView* duplicatesView() const { return m_duplicates; }
    ImportDuplicatesModel* duplicatesModel() const { return m_duplicatesModel; }
    QTreeView* skippedView() const { return m_skipped; }
    QRadioButton* enrollExistingButton() const { return m_enrollExisting; }
    QRadioButton* addNewButton() const { return m_addNew; }
    QRadioButton* skipButton() const { return m_skip; }

private:
    void refresh();
    void chooseForSelection(int choice);
    void showSelectionChoice();

    rosterimport::Plan* m_plan = nullptr;
    QLabel* m_counts;
    QLabel* m_duplicatesTitle;
    ImportDuplicatesModel* m_duplicatesModel;
    QTreeView* m_duplicates;
    QGroupBox* m_choiceBox;
    QButtonGroup* m_choices;
    QRadioButton* m_enrollExisting;
    QRadioButton* m_addNew;
    QRadioButton* m_skip;
    QLabel* m_skippedTitle;
    QStandardItemModel* m_skippedModel;
    QTreeView* m_skipped;
    QWidget* m_duplicatesPane;
    QWidget* m_skippedPane;
};

} // namespace rt::ui

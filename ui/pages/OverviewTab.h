#pragma once
// The Overview tab: edit the workshop's details (each field saved as it is
// finished, each an undoable step), its facilitators, and see the program,
// the roster at a glance and the fee quote.

#include "common/Result.h"
#include "storage/ChangeSet.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace rt::ui {

class Document;
class WorkshopForm;
class WrapLabel;

class OverviewTab : public QWidget {
    Q_OBJECT
public:
    explicit OverviewTab(Document& document, QWidget* parent = nullptr);

    void setWorkshop(Id workshopId); // then reload()
    void reload();

    WorkshopForm* form() const { return m_form; }
    // The fee quote as shown, line by line.
    QString feeText() const;
    QComboBox* facilitatorCombo() const { return m_facilitatorCombo; }

private:
    void save();
    void addFacilitator();
    void removeFacilitator();
    void makeLead();
    void updateFacilitatorButtons();

    Document& m_document;
    Id m_workshopId = 0;
    WorkshopForm* m_form;
    QListWidget* m_facilitators;
    QComboBox* m_facilitatorCombo;
    QPushButton* m_addFacilitator;
    QPushButton* m_removeFacilitator;
    QPushButton* m_leadFacilitator;
    WrapLabel* m_programTitle;
    WrapLabel* m_program;
    WrapLabel* m_glance;
    QGridLayout* m_feeLines;
    WrapLabel* m_feeNotes;
};

} // namespace rt::ui

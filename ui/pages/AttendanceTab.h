#pragma once
// The Attendance tab: the block being checked in (chosen from the clock,
// changeable), live present/expected counts, and two views of the same
// marks: check-in at the door and the grid for paper sheets after the fact.

#include "attendance/Attendance.h"
#include "storage/ChangeSet.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace rt::ui {

class AttendanceGridPanel;
class CheckInPanel;
class Document;

class AttendanceTab : public QWidget {
    Q_OBJECT
public:
    explicit AttendanceTab(Document& document, QWidget* parent = nullptr);

    void setWorkshop(Id workshopId); // then reload()
    void reload();

    enum class View { CheckIn, Grid };
    void showView(View view);
    void editSettings();

    QComboBox* blockCombo() const { return m_blockCombo; }
    QLabel* countsLabel() const { return m_counts; }
    CheckInPanel* checkIn() const { return m_checkIn; }
    AttendanceGridPanel* grid() const { return m_grid; }
    QPushButton* printButton() const { return m_print; }
    // The block shown, if the workshop has any.
    std::optional<AttendanceBlock> currentBlock() const;

Q_SIGNALS:
    // The Print button's menu entries; the main window does the exporting.
    void exportRequested(const QString& kind);

private:
    void onChanged(const ChangeSet& changes);
    void onBlockChosen();
    void updateCounts();

    Document& m_document;
    Id m_workshopId = 0;
    std::vector<AttendanceBlock> m_blocks;
    bool m_peopleStale = true;
    bool m_blockChosenByUser = false;
    QComboBox* m_blockCombo;
    QLabel* m_counts;
    QToolButton* m_checkInButton;
    QToolButton* m_gridButton;
    QPushButton* m_settings;
    QPushButton* m_print;
    QStackedWidget* m_stack;
    CheckInPanel* m_checkIn;
    AttendanceGridPanel* m_grid;
};

} // namespace rt::ui

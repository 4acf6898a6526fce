#pragma once
// The attendance blocks of one workshop day, as a table to edit: label,
// start, end, credit hours per block, with buttons to add, remove and
// reorder them. What each day of a new workshop gets (Preferences).

#include "attendance/Block.h"

#include <QTime>
#include <QWidget>

class QPushButton;
class QTableWidget;

class QDoubleSpinBox;
class QTimeEdit;

namespace rt::ui {

class DayBlocksEditor : public QWidget {
    Q_OBJECT
public:
    explicit DayBlocksEditor(QWidget* parent = nullptr);

    void setDay(const blocks::DayPlan& day);
    // As shown, unchecked: blocks::validateDay() says what is wrong.
    blocks::DayPlan day() const;

    QTableWidget* table() const { return m_table; }
    int currentRow() const;
    void setCurrentRow(int row);
    void addBlock();
    void removeBlock();
    void moveBlock(int by); // -1 up, +1 down

    // The last control in the table's row of buttons, for the dialog's tab order.
    QWidget* firstControl() const;
    QWidget* lastControl() const;

    // A block row's time and credit-hour editors, shared with the workshop's
    // Attendance Blocks dialog so both tables edit a block the same way.
    static QTimeEdit* timeCell(QTime time, const QString& accessibleName, QWidget* parent);
    static QDoubleSpinBox* hoursCell(double hours, QWidget* parent);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addRow(const AttendanceBlock& block);
    void updateButtons();

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    int m_current = -1;
};

} // namespace rt::ui

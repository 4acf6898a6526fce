#pragma once
// A workshop's attendance blocks (label, times, credit hours per day) and its
// credit rules: what late arrivals and early leavers earn, and the share of
// the hours a certificate needs. Checked before it closes; saved as one action.

#include "attendance/Credit.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace rt::ui {

class AttendanceSettingsDialog : public QDialog {
    Q_OBJECT
public:
    AttendanceSettingsDialog(int halfDays, QWidget* parent = nullptr);

    void setSettings(const std::vector<AttendanceBlock>& blocks, const CreditRules& rules);
    std::vector<AttendanceBlock> blocks() const;
    CreditRules rules() const;

    QTableWidget* table() const { return m_table; }
    QSpinBox* shareSpin() const { return m_share; }
    void addBlock();
    void removeSelectedBlock();
    void restoreDefaults();

    void accept() override;

private:
    void addRow(const AttendanceBlock& block);
    void updateTotal();

    int m_halfDays;
    QTableWidget* m_table;
    QComboBox* m_partial;
    QSpinBox* m_share;
    QLabel* m_total;
    QLabel* m_problem;
};

} // namespace rt::ui

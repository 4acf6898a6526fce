#pragma once
// Before a document is printed to PDF (or a spreadsheet written): the page
// size, the organisation's name and logo, and what that document needs (the
// block and order of a sign-in sheet, a spreadsheet's format). Remembers the
// choices that belong to this computer.

#include "attendance/Block.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace rt::ui {

enum class ExportKind {
    SignIn,
    Attendance,
    Certificates,
    Tents,
    Badges,
    Spreadsheet,
    Agenda,
    FacilitatorAgenda,
    Calendar,
    GroupLists,
    DiscussionSummary,
    ActionPlans,   // every team's plan
    TeamActionPlan, // the plan of the team on the Action plans page
    OutcomeReport, // the workshop's outcome report, with charts
};

std::optional<ExportKind> exportKindFromKey(const QString& key);
QString exportKindTitle(ExportKind kind); // "Sign-in Sheets"

struct ExportChoices {
    ExportKind kind = ExportKind::SignIn;
    bool a4 = false;
    QString organisation;
    QString logoPath;
    std::optional<Id> blockId; // sign-in: one block, or every block
    bool byTeam = false;
    int blankRows = 5;
    bool xlsx = true; // spreadsheet: XLSX or CSV
};

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(ExportKind kind, const std::vector<AttendanceBlock>& blocks, std::optional<Id> currentBlock,
                 QWidget* parent = nullptr);

    ExportChoices choices() const;

    QComboBox* pageCombo() const { return m_page; }
    QComboBox* blockCombo() const { return m_block; }
    QComboBox* orderCombo() const { return m_order; }
    QComboBox* formatCombo() const { return m_format; }
    QLineEdit* organisationEdit() const { return m_organisation; }
    QLineEdit* logoEdit() const { return m_logo; }

    void accept() override;

private:
    void chooseLogo();

    ExportKind m_kind;
    QComboBox* m_page = nullptr;
    QLineEdit* m_organisation = nullptr;
    QLineEdit* m_logo = nullptr;
    QComboBox* m_block = nullptr;
    QComboBox* m_order = nullptr;
    QSpinBox* m_blankRows = nullptr;
    QComboBox* m_format = nullptr;
};

} // namespace rt::ui

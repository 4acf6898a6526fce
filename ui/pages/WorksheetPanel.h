#pragma once
// A team's workload worksheet: seven department figures typed as a person
// writes them ("12,500"), checked and worked out as they are typed (officers
// per 1,000 residents and the two halves of the Rule of 60), each problem
// said beside its field. A figure is saved when its field is left, and only
// when everything typed is valid.

#include "workload/Workload.h"

#include <QWidget>
#include <map>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace rt::ui {

class Document;

class WorksheetPanel : public QWidget {
    Q_OBJECT
public:
    // The three computed figures, in the order they are shown.
    enum Figure { OfficersPerThousand, PatrolShare, Saturation, FigureCount };

    explicit WorksheetPanel(Document& document, QWidget* parent = nullptr);

    void setWorkshop(Id workshopId); // then reload()
    void reload();

    void selectTeam(Id teamId);
    // Parses and works out what is typed now (each keystroke does this).
    void evaluate();
    // Saves what is typed if it is all valid and differs from what is stored;
    // returns false (and says why) when something typed is invalid.
    bool save();

    Id teamId() const { return m_teamId; }
    QComboBox* teamCombo() const { return m_teamCombo; }
    QLineEdit* field(WorkloadField field) const { return m_fields.at(field); }
    QLabel* problemLabel(WorkloadField field) const { return m_problems.at(field); }
    QLabel* figureValue(Figure figure) const { return m_figureValues[figure]; }
    QLabel* figureStanding(Figure figure) const { return m_figureStandings[figure]; }
    QLabel* figureNote(Figure figure) const { return m_figureNotes[figure]; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* emptyLabel() const { return m_empty; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // What is typed, or nothing when any of it is invalid (each problem shown by its field).
    std::optional<WorkloadInputs> typedInputs();
    void showFigures(const WorkloadResult& result);

    Document& m_document;
    Id m_workshopId = 0;
    Id m_teamId = 0;
    WorkloadInputs m_stored;
    bool m_loading = false;
    QComboBox* m_teamCombo;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    std::map<WorkloadField, QLineEdit*> m_fields;
    std::map<WorkloadField, QLabel*> m_problems;
    QLabel* m_figureValues[FigureCount];
    QLabel* m_figureStandings[FigureCount];
    QLabel* m_figureNotes[FigureCount];
    QLabel* m_hours;
    QPlainTextEdit* m_notes;
    QLabel* m_status;
};

} // namespace rt::ui

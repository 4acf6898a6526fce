#pragma once
// Keying in assessments: pick the questionnaire, the phase (before or after)
// and the participant, then score each statement 1 to 5 (typing the digit
// scores it and moves down) with an optional comment. Every edit is saved at
// once as one undoable action; Ctrl+PgDown/PgUp go to the next or previous
// participant, so a stack of paper forms goes in quickly.

#include "assessments/Assessments.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace rt::ui {

class AnswerModel;
class Document;

class AssessmentEntryPanel : public QWidget {
    Q_OBJECT
public:
    explicit AssessmentEntryPanel(Document& document, QWidget* parent = nullptr);

    void setWorkshop(Id workshopId); // then reload()
    void reload();

    // Actions, also reachable from tests.
    void selectTemplate(Id templateId);
    void setPhase(Phase phase);
    void selectParticipant(Id personId);
    void nextParticipant();
    void previousParticipant();
    // Saves an edit made in the table now rather than once control returns
    // to the event loop (switching participant or phase does this first).
    void saveNow();

    Id templateId() const { return m_templateId; }
    Phase phase() const { return m_phase; }
    Id personId() const { return m_personId; }
    QComboBox* templateCombo() const { return m_templateCombo; }
    QPushButton* beforeButton() const { return m_before; }
    QPushButton* afterButton() const { return m_after; }
    QListWidget* participantList() const { return m_people; }
    QTableView* answerView() const { return m_view; }
    AnswerModel* model() const { return m_model; }
    QLabel* completionLabel() const { return m_completion; }
    QLabel* emptyLabel() const { return m_empty; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillParticipants();
    void fillAnswers();
    void updateHeading();
    void showEmpty(const QString& message);
    void queueSave();
    void setCurrentScore(std::optional<int> score);

    Document& m_document;
    Id m_workshopId = 0;
    Id m_templateId = 0;
    Phase m_phase = Phase::Before;
    Id m_personId = 0;
    std::vector<AssessmentTemplate> m_templates;
    std::vector<AnswerProgress> m_progress;
    bool m_savePending = false;
    bool m_loading = false;
    QComboBox* m_templateCombo;
    QPushButton* m_before;
    QPushButton* m_after;
    QButtonGroup* m_phaseGroup;
    QLabel* m_completion;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QListWidget* m_people;
    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_heading;
    QLabel* m_hint;
    QTableView* m_view;
    AnswerModel* m_model;
};

} // namespace rt::ui

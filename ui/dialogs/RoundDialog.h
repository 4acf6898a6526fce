#pragma once
// A discussion round's settings: the prompt, the agenda item it belongs to,
// the mode, how many groups (or how big), and each person's votes.

#include "discussions/Discussions.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace rt::ui {

class RoundDialog : public QDialog {
    Q_OBJECT
public:
    // `agendaItems`: id and title of the agenda items a round can belong to.
    RoundDialog(int peopleCount, const std::vector<std::pair<Id, QString>>& agendaItems, QWidget* parent = nullptr);

    void setRound(const DiscussionRound& round);
    DiscussionRound round() const;

    QComboBox* modeCombo() const { return m_mode; }
    QSpinBox* groupsSpin() const { return m_groups; }
    QSpinBox* sizeSpin() const { return m_size; }
    QRadioButton* bySizeRadio() const { return m_bySize; }
    QPlainTextEdit* promptEdit() const { return m_prompt; }
    QComboBox* agendaCombo() const { return m_agenda; }

private:
    DiscussionRound m_round;
    int m_people;
    QPlainTextEdit* m_prompt;
    QComboBox* m_agenda;
    QComboBox* m_mode;
    QRadioButton* m_byCount;
    QRadioButton* m_bySize;
    QSpinBox* m_groups;
    QSpinBox* m_size;
    QSpinBox* m_votes;
};

} // namespace rt::ui

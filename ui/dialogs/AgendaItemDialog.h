#pragma once
// Adding or editing one agenda item: title, kind, length, an optional fixed
// start, presenter (one of the workshop's facilitators), module, the prompt
// for the room and notes for facilitators only.

#include "agenda/AgendaItem.h"
#include "workshops/Venues.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace rt::ui {

class AgendaItemDialog : public QDialog {
    Q_OBJECT
public:
    AgendaItemDialog(int dayCount, const std::vector<Facilitator>& facilitators, const QStringList& modules, QWidget* parent = nullptr);

    void setItem(const AgendaItem& item);
    AgendaItem item() const;

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* kindCombo() const { return m_kind; }
    QSpinBox* minutesSpin() const { return m_minutes; }
    QCheckBox* fixedCheck() const { return m_fixed; }
    QTimeEdit* fixedTime() const { return m_fixedTime; }
    QComboBox* presenterCombo() const { return m_presenter; }
    QPlainTextEdit* promptEdit() const { return m_prompt; }
    QPlainTextEdit* notesEdit() const { return m_notes; }

    void accept() override;

private:
    AgendaItem m_item;
    int m_dayCount;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QSpinBox* m_day;
    QSpinBox* m_minutes;
    QCheckBox* m_fixed;
    QTimeEdit* m_fixedTime;
    QComboBox* m_presenter;
    QComboBox* m_module;
    QPlainTextEdit* m_prompt;
    QPlainTextEdit* m_notes;
};

} // namespace rt::ui

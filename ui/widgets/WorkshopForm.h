#pragma once
// The fields of a workshop, shared by the New Workshop dialog (saved on OK)
// and the Overview tab (saved as each field is finished).

#include "catalog/Catalog.h"
#include "workshops/Venues.h"
#include "workshops/Workshop.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rt::ui {

class StateCombo;

class WorkshopForm : public QWidget {
    Q_OBJECT
public:
    explicit WorkshopForm(QWidget* parent = nullptr);

    void setChoices(const std::vector<Program>& programs, const std::vector<Venue>& venues);
    void setWorkshop(const Workshop& workshop);
    Workshop workshop() const;
    // A venue typed in under "New venue…", to be created with the workshop.
    std::optional<Venue> newVenue() const;
    // Fills title, length and places from the chosen program (new workshops).
    void setFollowsProgram(bool follows) { m_followsProgram = follows; }

    QLineEdit* titleEdit() const { return m_title; }
    QSpinBox* capacitySpin() const { return m_capacity; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* programCombo() const { return m_program; }

Q_SIGNALS:
    // A field was finished (focus left it, Enter, or a choice was made).
    void edited();

private:
    void programChosen();
    void venueChosen();

    std::vector<Program> m_programs;
    Workshop m_workshop;
    bool m_followsProgram = false;
    bool m_loading = false;
    QComboBox* m_program;
    QLineEdit* m_title;
    QComboBox* m_venue;
    QWidget* m_newVenueBox;
    QLineEdit* m_venueName;
    QLineEdit* m_venueCity;
    StateCombo* m_venueState;
    QDateEdit* m_start;
    QComboBox* m_length;
    QSpinBox* m_capacity;
    QLineEdit* m_host;
    StateCombo* m_hostState;
    QCheckBox* m_affiliated;
    QComboBox* m_status;
    QPlainTextEdit* m_notes;
};

} // namespace rt::ui

#pragma once
// Creating a workshop: pick a program from the catalog and the rest follows.

#include "workshops/Venues.h"
#include "workshops/Workshop.h"

#include <QDialog>
#include <optional>

class QLabel;

namespace rt {
class Database;
}

namespace rt::ui {

class WorkshopForm;

class NewWorkshopDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewWorkshopDialog(const Database& db, QWidget* parent = nullptr);
    Workshop workshop() const;
    std::optional<Venue> newVenue() const;
    WorkshopForm* form() const { return m_form; }
    void accept() override;

private:
    WorkshopForm* m_form;
    QLabel* m_error;
};

} // namespace rt::ui

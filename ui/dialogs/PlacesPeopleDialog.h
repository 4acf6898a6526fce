#pragma once
// Editing the venues and facilitators workshops refer to: a venue's address
// and notes, a facilitator's credentials, organisation and email. Each save is
// its own undoable action.

#include "workshops/Venues.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace rt::ui {

class Document;
class StateCombo;

class PlacesPeopleDialog : public QDialog {
    Q_OBJECT
public:
    PlacesPeopleDialog(Document& document, QWidget* parent = nullptr);
    QListWidget* venueList() const { return m_venues; }
    QListWidget* facilitatorList() const { return m_facilitators; }
    QLineEdit* venueAddressEdit() const { return m_venueAddress; }
    QLineEdit* facilitatorEmailEdit() const { return m_facilitatorEmail; }
    void saveVenue();
    void saveFacilitator();

private:
    void reload();
    void showVenue(int row);
    void showFacilitator(int row);
    void report(bool ok);

    Document& m_document;
    std::vector<Venue> m_venueRows;
    std::vector<Facilitator> m_facilitatorRows;
    QString m_lastError;
    QListWidget* m_venues;
    QLineEdit* m_venueName;
    QLineEdit* m_venueAddress;
    QLineEdit* m_venueCity;
    StateCombo* m_venueState;
    QPlainTextEdit* m_venueNotes;
    QListWidget* m_facilitators;
    QLineEdit* m_facilitatorName;
    QLineEdit* m_facilitatorCredentials;
    QLineEdit* m_facilitatorOrganisation;
    QLineEdit* m_facilitatorEmail;
    QLabel* m_status;
};

} // namespace rt::ui

#pragma once
// Everyone in the file, across all workshops: find a person as you type, see
// which workshops they attended, edit them, or remove someone on no roster.

#include "common/Result.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeView;

namespace rt::ui {

class Document;
class HistoryDialog;
class PeopleModel;

class PeoplePage : public QWidget {
    Q_OBJECT
public:
    explicit PeoplePage(Document& document, QWidget* parent = nullptr);

    // Loads the directory if it is not loaded or out of date.
    void refresh();
    void markStale() { m_stale = true; }

    void editPerson();
    void removePerson();
    // The selected person's change history, in a window of its own.
    HistoryDialog* showHistory();

    QLineEdit* filterEdit() const { return m_filter; }
    QTreeView* view() const { return m_view; }
    PeopleModel* model() const { return m_model; }

Q_SIGNALS:
    void openWorkshopRequested(rt::Id workshopId);

private:
    std::optional<Id> selectedPersonId() const;
    void showDetails();
    void updateCount();
    void showMenu(const QPoint& at);

    Document& m_document;
    PeopleModel* m_model;
    QLineEdit* m_filter;
    QLabel* m_count;
    QTreeView* m_view;
    QLabel* m_details;
    QListWidget* m_workshops;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_history;
    bool m_stale = true;
};

} // namespace rt::ui

#pragma once
// Everything shown for one open file: the workshop list on the left and, on
// the right, the chosen workshop's page, the people directory, the follow-up
// of action plans, or a starting point when the file holds no workshops yet.

#include "common/Result.h"
#include "storage/ChangeSet.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;

namespace rt::ui {

class Document;
class FollowUpPage;
class PeoplePage;
class WorkshopListModel;
class WelcomePage;
class WorkshopPage;

class FileView : public QWidget {
    Q_OBJECT
public:
    explicit FileView(Document& document, QWidget* parent = nullptr);
    ~FileView() override;

    void selectWorkshop(Id workshopId);
    Id currentWorkshopId() const;
    void showPeople();
    bool peopleShown() const;
    void showFollowUp();
    bool followUpShown() const;

    QListView* workshopList() const { return m_list; }
    WorkshopPage* workshopPage() const { return m_workshopPage; }
    WelcomePage* welcomePage() const { return m_empty; }
    bool welcomeShown() const;
    PeoplePage* peoplePage();
    FollowUpPage* followUpPage();
    QSplitter* splitter() const { return m_splitter; }

Q_SIGNALS:
    // The current workshop changed (or none is shown): menus follow.
    void currentWorkshopChanged(rt::Id workshopId);

private:
    void reloadList();
    void onChanged(const rt::ChangeSet& changes);
    void showCurrent();

    Document& m_document;
    WorkshopListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QListView* m_list;
    QPushButton* m_people;
    QStackedWidget* m_stack;
    WelcomePage* m_empty; // while the file has no workshops
    QLabel* m_noMatch;    // while the filter hides them all
    WorkshopPage* m_workshopPage;
    PeoplePage* m_peoplePage = nullptr;
    QPushButton* m_followUp = nullptr;
    FollowUpPage* m_followUpPage = nullptr;
    QSplitter* m_splitter;
};

} // namespace rt::ui

#pragma once
// The Discussions tab: a workshop's rounds; each round's groups as columns
// (drag people between them; the quality figures follow), regenerate and
// lock; each group's scribe notes and report-out items; the large group's
// ranked items with dot votes; the parking lot.

#include "discussions/Discussions.h"
#include "projector/GroupsBoard.h"
#include "storage/ChangeSet.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace rt::ui {

class Document;
class GroupColumn;

class DiscussionsTab : public QWidget {
    Q_OBJECT
public:
    explicit DiscussionsTab(Document& document, QWidget* parent = nullptr);
    ~DiscussionsTab() override;

    void setWorkshop(Id workshopId); // then reload()
    void reload();

    // Actions, also reachable from tests.
    void newRound();
    void editRound();
    void deleteRound();
    void regenerate();
    void setLocked(bool locked);
    void movePerson(Id personId, Id groupId);
    void addReportItem();
    void removeReportItem();
    void saveNotes();
    void vote(int delta);
    void showOnProjector();
    void selectRound(int number);

    std::optional<RoundDetail> current() const { return m_detail; }
    QComboBox* roundCombo() const { return m_roundCombo; }
    QLabel* qualityLabel() const { return m_quality; }
    const QList<GroupColumn*>& columns() const { return m_columns; }
    QComboBox* groupCombo() const { return m_groupCombo; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QLineEdit* itemEdit() const { return m_itemText; }
    QComboBox* tagCombo() const { return m_tag; }
    QListWidget* reportList() const { return m_report; }
    QTreeWidget* rankedTree() const { return m_ranked; }
    QComboBox* voterCombo() const { return m_voter; }
    QListWidget* parkingList() const { return m_parking; }
    QCheckBox* lockCheck() const { return m_lock; }
    GroupsBoard* board() const { return m_board; }

Q_SIGNALS:
    void exportRequested(const QString& kind);

private:
    std::optional<Id> roundId() const;
    void rebuildColumns();
    void fillCapture();
    std::vector<std::pair<Id, QString>> agendaChoices() const;
    int peopleToPlace() const;

    Document& m_document;
    Id m_workshopId = 0;
    std::vector<DiscussionRound> m_rounds;
    std::optional<RoundDetail> m_detail;
    QComboBox* m_roundCombo;
    QLabel* m_prompt;
    QLabel* m_quality;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_delete;
    QPushButton* m_regenerate;
    QCheckBox* m_lock;
    QPushButton* m_projector;
    QPushButton* m_print;
    QHBoxLayout* m_columnsLayout;
    QList<GroupColumn*> m_columns;
    QComboBox* m_groupCombo;
    QPlainTextEdit* m_notes;
    QLineEdit* m_itemText;
    QComboBox* m_tag;
    QListWidget* m_report;
    QTreeWidget* m_ranked;
    QComboBox* m_voter;
    QLabel* m_votesLeft;
    QListWidget* m_parking;
    QPointer<GroupsBoard> m_board;
};

} // namespace rt::ui

#pragma once
// Check-in at the door, keyboard first: type a few letters, Enter checks the
// top match into the chosen block. Shift+Enter marks them late at the current
// time; the buttons set any status; a walk-in is registered from the same box.
// The list shows a check-in done only after core has committed it to disk.

#include "attendance/Attendance.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace rt::ui {

class CheckInModel;
class Document;

class CheckInPanel : public QWidget {
    Q_OBJECT
public:
    explicit CheckInPanel(Document& document, QWidget* parent = nullptr);

    void setWorkshop(Id workshopId);
    void setBlock(std::optional<AttendanceBlock> block);
    // The roster or the directory changed: rebuild the search.
    void reloadPeople();
    void reloadMarks();

    // Actions, also reachable from keys and tests.
    void checkInSelected(AttendanceStatus status);
    void clearSelected();
    void registerWalkIn();
    void focusSearch();

    QLineEdit* searchEdit() const { return m_search; }
    QTreeView* listView() const { return m_list; }
    CheckInModel* model() const { return m_model; }
    QLabel* lastActionLabel() const { return m_lastAction; }

Q_SIGNALS:
    void marksChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::optional<int> selectedRow() const;
    void selectRow(int row);
    void onQueryChanged(const QString& text);
    void updateButtons();
    void applyMark(Id personId, const QString& name, AttendanceStatus status, QTime at);
    void registerExisting(Id personId, const QString& name, AttendanceStatus status);

    Document& m_document;
    Id m_workshopId = 0;
    std::optional<AttendanceBlock> m_block;
    CheckInModel* m_model;
    QLineEdit* m_search;
    QTreeView* m_list;
    QLabel* m_lastAction;
    QList<QPushButton*> m_statusButtons;
    QPushButton* m_clear;
    QPushButton* m_walkIn;
};

} // namespace rt::ui

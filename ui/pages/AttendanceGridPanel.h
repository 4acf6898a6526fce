#pragma once
// The attendance grid: people by blocks, for typing in a paper sign-in sheet
// after the fact. A click or Space moves a cell to the next status; P, L, E,
// X and A set one; Delete clears; a whole block can be marked present at once.

#include "common/Result.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTime;

namespace rt {
enum class AttendanceStatus;
}

namespace rt::ui {

class AttendanceGridModel;
class Document;

class AttendanceGridPanel : public QWidget {
    Q_OBJECT
public:
    explicit AttendanceGridPanel(Document& document, QWidget* parent = nullptr);

    void setWorkshop(Id workshopId);
    void setBlockId(Id blockId); // the block "Mark all present" acts on
    void reload();

    // Sets (or with nullopt clears) the mark in a cell; late and left early ask for the time.
    void setCell(const QModelIndex& index, std::optional<AttendanceStatus> status);
    void cycleCell(const QModelIndex& index);
    void markBlockPresent();

    QTableView* view() const { return m_view; }
    AttendanceGridModel* model() const { return m_model; }
    QPushButton* markAllButton() const { return m_markAll; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::optional<QTime> askTime(const QModelIndex& index, AttendanceStatus status);

    Document& m_document;
    Id m_workshopId = 0;
    Id m_blockId = 0;
    AttendanceGridModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_markAll;
};

} // namespace rt::ui

#pragma once
// One participant's answers to a questionnaire in one phase, as a table:
// section, statement, score, comment. An edit changes the row here and asks
// (answerEdited) for the whole set to be saved; the panel hands it to core.
// The score column is drawn as five choices that a click picks.

#include "assessments/Assessments.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace rt::ui {

class AnswerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Section, Statement, Score, Comment, ColumnCount };
    enum Roles { QuestionIdRole = Qt::UserRole + 1, ScoreRole };

    explicit AnswerModel(QObject* parent = nullptr);

    // The statements in order, and the stored answers (any order, some missing).
    void setAnswers(std::vector<AssessmentQuestion> questions, const std::vector<Answer>& answers);
    void clear();
    // One answer per statement, empty ones included (saving them removes them).
    const std::vector<Answer>& answers() const { return m_answers; }
    const AssessmentQuestion* questionAt(int row) const;
    int scoredCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // Score: an int 1..5, or 0 / an invalid value to clear. Comment: text.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    // An answer changed here; the set should be saved.
    void answerEdited(int row);

private:
    std::vector<AssessmentQuestion> m_questions;
    std::vector<Answer> m_answers; // parallel to m_questions
};

// Draws a score as five boxes, 1 to 5, with the chosen one filled; a click
// on a box sets that score, a click on the chosen one clears it.
class ScoreDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget*, const QStyleOptionViewItem&, const QModelIndex&) const override { return nullptr; }

    // The box under a point of the cell, 1..5, or 0.
    static int scoreAt(const QRect& cell, const QPoint& point);

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;
};

} // namespace rt::ui

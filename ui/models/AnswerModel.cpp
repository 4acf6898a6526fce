#include "AnswerModel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace rt::ui {

AnswerModel::AnswerModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AnswerModel::setAnswers(std::vector<AssessmentQuestion> questions, const std::vector<Answer>& answers)
{
    beginResetModel();
    m_questions = std::move(questions);
    m_answers.clear();
    for (const AssessmentQuestion& q : m_questions) {
        Answer a;
        a.questionId = q.id;
        for (const Answer& stored : answers) {
            if (stored.questionId == q.id)
                a = stored;
        }
        m_answers.push_back(a);
    }
    endResetModel();
}

void AnswerModel::clear()
{
    setAnswers({}, {});
}

const AssessmentQuestion* AnswerModel::questionAt(int row) const
{
    return row >= 0 && size_t(row) < m_questions.size() ? &m_questions[size_t(row)] : nullptr;
}

int AnswerModel::scoredCount() const
{
    return int(std::count_if(m_answers.begin(), m_answers.end(), [](const Answer& a) { return a.score.has_value(); }));
}

int AnswerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_questions.size());
}

int AnswerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnswerModel::data(const QModelIndex& index, int role) const
{
    const AssessmentQuestion* q = questionAt(index.row());
    if (!q)
        return {};
    const Answer& a = m_answers[size_t(index.row())];
    if (role == QuestionIdRole)
        return q->id;
    if (role == ScoreRole)
        return a.score ? QVariant(*a.score) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignLeft | Qt::AlignTop);
    switch (index.column()) {
    case Section:
        if (role == Qt::DisplayRole)
            return q->section;
        break;
    case Statement:
        if (role == Qt::DisplayRole)
            return q->text;
        if (role == Qt::ToolTipRole)
            return q->text;
        break;
    case Score:
        // The words are what a screen reader says; the delegate draws boxes.
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return a.score ? scoreLabel(*a.score) : tr("No score");
        if (role == Qt::EditRole)
            return a.score.value_or(0);
        if (role == Qt::ToolTipRole)
            return tr("Type 1 to 5 to score and move down; Delete clears.");
        break;
    case Comment:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return a.comment;
        break;
    }
    return {};
}

bool AnswerModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !questionAt(index.row()))
        return false;
    Answer& a = m_answers[size_t(index.row())];
    if (index.column() == Score) {
        const int score = value.isValid() ? value.toInt() : 0;
        const std::optional<int> next = score >= kMinScore && score <= kMaxScore ? std::optional<int>(score) : std::nullopt;
        if (next == a.score)
            return true;
        a.score = next;
    } else if (index.column() == Comment) {
        const QString comment = value.toString().trimmed();
        if (comment == a.comment)
            return true;
        a.comment = comment;
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT answerEdited(index.row());
    return true;
}

QVariant AnswerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Section: return tr("Section");
    case Statement: return tr("Statement");
    case Score: return tr("Score (1 disagree – 5 agree)");
    case Comment: return tr("Comment");
    }
    return {};
}

Qt::ItemFlags AnswerModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Comment)
        f |= Qt::ItemIsEditable;
    return f;
}

namespace {

constexpr int kBox = 26;
constexpr int kGap = 4;
constexpr int kMargin = 6;

QRect boxRect(const QRect& cell, int score)
{
    const int top = cell.top() + std::max(kMargin / 2, (std::min(cell.height(), 3 * kBox) - kBox) / 2);
    return {cell.left() + kMargin + (score - 1) * (kBox + kGap), top, kBox, kBox};
}

} // namespace

int ScoreDelegate::scoreAt(const QRect& cell, const QPoint& point)
{
    for (int s = kMinScore; s <= kMaxScore; ++s) {
        if (boxRect(cell, s).contains(point))
            return s;
    }
    return 0;
}

void ScoreDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QVariant chosen = index.data(AnswerModel::ScoreRole);
    const QPalette& pal = opt.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (int s = kMinScore; s <= kMaxScore; ++s) {
        const QRectF box = QRectF(boxRect(opt.rect, s)).adjusted(0.5, 0.5, -0.5, -0.5);
        const bool on = chosen.isValid() && chosen.toInt() == s;
        painter->setPen(QPen(on ? pal.color(QPalette::Highlight).darker(120) : pal.color(QPalette::Mid), 1));
        painter->setBrush(on ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base));
        painter->drawRoundedRect(box, 4, 4);
        QFont f = opt.font;
        f.setBold(on);
        painter->setFont(f);
        painter->setPen(on ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
        painter->drawText(box, Qt::AlignCenter, QString::number(s));
    }
    painter->restore();
}

QSize ScoreDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return {2 * kMargin + 5 * kBox + 4 * kGap, kBox + kMargin};
}

bool ScoreDelegate::editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                                const QModelIndex& index)
{
    if (event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto* mouse = static_cast<QMouseEvent*>(event);
    const int score = scoreAt(option.rect, mouse->position().toPoint());
    if (mouse->button() != Qt::LeftButton || score == 0)
        return false;
    const QVariant chosen = index.data(AnswerModel::ScoreRole);
    model->setData(index, chosen.isValid() && chosen.toInt() == score ? 0 : score, Qt::EditRole);
    return true;
}

} // namespace rt::ui

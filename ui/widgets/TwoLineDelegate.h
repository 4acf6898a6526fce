#pragma once
// Draws a list row as a title with a quieter second line under it.

#include <QStyledItemDelegate>

namespace rt::ui {

class TwoLineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    TwoLineDelegate(int subtitleRole, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_subtitleRole;
};

} // namespace rt::ui

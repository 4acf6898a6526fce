#pragma once
// An item delegate for plain one-line text cells that keeps each cell's laid
// out text (QStaticText) between paints. Shaping text is most of the cost of
// repainting a table; when a filter changes the rows under the same columns,
// the same names and places come back, already laid out.

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace rt::ui {

class CachedTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    const QStaticText& laidOut(const QString& text, const QFont& font, int width) const;
    mutable QHash<QString, QStaticText> m_cache;
};

} // namespace rt::ui

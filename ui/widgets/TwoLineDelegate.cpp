#include "TwoLineDelegate.h"

#include <QApplication>
#include <QPainter>

namespace rt::ui {

TwoLineDelegate::TwoLineDelegate(int subtitleRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_subtitleRole(subtitleRole)
{
}

void TwoLineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString subtitle = index.data(m_subtitleRole).toString();
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QRect area = opt.rect.adjusted(8, 4, -8, -4);
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics subMetrics(opt.font);

    painter->save();
    painter->setFont(titleFont);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, titleMetrics.elidedText(title, Qt::ElideRight, area.width()));
    painter->setFont(opt.font);
    QColor quiet = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(quiet);
    const QRect subRect(area.left(), titleRect.bottom() + 2, area.width(), subMetrics.height());
    painter->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter, subMetrics.elidedText(subtitle, Qt::ElideRight, area.width()));
    painter->restore();
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const int height = QFontMetrics(titleFont).height() + QFontMetrics(option.font).height() + 2 + 8 + 4;
    return {200, height};
}

} // namespace rt::ui

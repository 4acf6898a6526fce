#include "CachedTextDelegate.h"

#include <QApplication>
#include <QPainter>

namespace rt::ui {

const QStaticText& CachedTextDelegate::laidOut(const QString& text, const QFont& font, int width) const
{
    // The key holds everything the layout depends on.
    const QString key = text + QChar(0x1f) + QString::number(width) + QChar(0x1f) + font.key();
    auto it = m_cache.find(key);
    if (it != m_cache.end())
        return *it;
    if (m_cache.size() > 20000)
        m_cache.clear();
    const QFontMetrics metrics(font);
    QStaticText staticText(metrics.horizontalAdvance(text) > width ? metrics.elidedText(text, Qt::ElideRight, width) : text);
    staticText.setTextFormat(Qt::PlainText);
    staticText.setPerformanceHint(QStaticText::AggressiveCaching);
    staticText.prepare(QTransform(), font);
    return *m_cache.insert(key, staticText);
}

void CachedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    // Cells with an icon or several lines keep the standard painting.
    if (opt.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator)
        || opt.text.contains(QLatin1Char('\n'))) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1, 0,
                                         -(style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1), 0);
    const QStaticText& laid = laidOut(text, opt.font, textRect.width());
    const QSizeF size = laid.size();
    const QRect aligned = QStyle::alignedRect(opt.direction, opt.displayAlignment, size.toSize(), textRect);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    // initStyleOption() has put any ForegroundRole colour in the palette.
    painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect);
    painter->drawStaticText(aligned.topLeft(), laid);
    painter->restore();
}

} // namespace rt::ui

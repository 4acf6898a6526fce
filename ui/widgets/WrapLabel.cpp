#include "WrapLabel.h"

#include <QEvent>

namespace rt::ui {

WrapLabel::WrapLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

int WrapLabel::heightForWidth(int width) const
{
    // QLabel::setText() is not virtual, so the text is checked here.
    if (m_heightsText != text()) {
        m_heights.clear();
        m_heightsText = text();
    }
    auto it = m_heights.constFind(width);
    if (it != m_heights.constEnd())
        return *it;
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

void WrapLabel::changeEvent(QEvent* event)
{
    // A new font or style changes every height.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_heights.clear();
    QLabel::changeEvent(event);
}

} // namespace rt::ui

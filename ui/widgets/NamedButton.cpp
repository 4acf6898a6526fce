#include "NamedButton.h"

namespace rt::ui {

QPushButton* namedButton(const QString& text, const QString& accessibleName, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setAccessibleName(accessibleName);
    return b;
}

} // namespace rt::ui

#include "widgets/FindField.h"

#include <QLineEdit>
#include <QVariant>

namespace rt::ui::findfield {
namespace {
constexpr const char* kProperty = "rtFindPriority";
}

void mark(QLineEdit* edit, int priority)
{
    edit->setProperty(kProperty, priority);
}

bool focusIn(QWidget* root)
{
    QLineEdit* best = nullptr;
    int bestPriority = -1;
    for (QLineEdit* edit : root->findChildren<QLineEdit*>()) {
        const QVariant priority = edit->property(kProperty);
        if (!priority.isValid() || !edit->isVisible() || !edit->isEnabled())
            continue;
        if (priority.toInt() > bestPriority) {
            best = edit;
            bestPriority = priority.toInt();
        }
    }
    if (!best)
        return false;
    best->setFocus(Qt::ShortcutFocusReason);
    best->selectAll();
    return true;
}

} // namespace rt::ui::findfield

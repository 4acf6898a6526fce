#include "widgets/ClearButton.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

namespace rt::ui {

void giveClearButton(QLineEdit* edit)
{
    edit->setClearButtonEnabled(true);
    // The button shows its action's text as its name; Qt leaves it empty.
    if (auto* clear = edit->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(QCoreApplication::translate("rt::ui::ClearButton", "Clear the text"));
}

} // namespace rt::ui

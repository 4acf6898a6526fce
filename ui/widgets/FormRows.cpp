#include "FormRows.h"

#include <QFormLayout>
#include <QWidget>

namespace rt::ui {

void addRow(QFormLayout* form, const QString& label, QWidget* field)
{
    QString name = label;
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    if (field->accessibleName().isEmpty())
        field->setAccessibleName(name.trimmed());
    form->addRow(label, field);
}

} // namespace rt::ui

#include "StateCombo.h"

#include <QCompleter>

namespace rt::ui {

StateCombo::StateCombo(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    addItem(QString());
    const char* states[] = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
                            "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
                            "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"};
    for (const char* state : states)
        addItem(QString::fromLatin1(state));
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    setMinimumContentsLength(4);
}

void StateCombo::setState(const QString& state)
{
    const int index = findText(state, Qt::MatchFixedString);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(state);
}

} // namespace rt::ui

#pragma once
// A labelled form row whose field also gets the label's words as its
// accessible name, so screen readers and the label never disagree.

#include <QString>

class QFormLayout;
class QWidget;

namespace rt::ui {

void addRow(QFormLayout* form, const QString& label, QWidget* field);

} // namespace rt::ui

#pragma once
// A line edit's clear button (the × that appears once there is text), with a
// name a screen reader speaks: Qt's own has none.

class QLineEdit;

namespace rt::ui {

void giveClearButton(QLineEdit* edit);

} // namespace rt::ui

#pragma once
// A push button with the accessible name screen readers announce, which says
// what the button acts on where its short label does not ("Edit…" of what).

#include <QPushButton>

namespace rt::ui {

QPushButton* namedButton(const QString& text, const QString& accessibleName, QWidget* parent);

} // namespace rt::ui

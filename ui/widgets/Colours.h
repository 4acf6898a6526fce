#pragma once
// Colours that carry meaning (a problem, a caution, all is well, secondary
// text) derived from the palette in force, so the system's dark and
// high-contrast themes stay readable: each keeps its hue and is made lighter
// or darker until it reaches WCAG's 4.5:1 against the background it sits on.
// (PDFs and printed charts keep their own colours: they print on white.)

#include <QColor>
#include <QPalette>
#include <QString>

namespace rt::ui::colours {

// WCAG 2 contrast ratio between two colours, 1 to 21.
double contrast(const QColor& a, const QColor& b);
bool isDark(const QPalette& palette);
// `wanted`, lightened or darkened in its own hue until it reads on `background`.
QColor readable(const QColor& wanted, const QColor& background, double ratio = 4.5);

// Text colours for meaning, on the palette's Base (lists, fields) or Window
// (labels on a page). The default palette is the application's.
QColor problem(QPalette::ColorRole on = QPalette::Window, const QPalette& palette = QPalette());
QColor caution(QPalette::ColorRole on = QPalette::Window, const QPalette& palette = QPalette());
QColor good(QPalette::ColorRole on = QPalette::Window, const QPalette& palette = QPalette());
// Quieter than the normal text (ended items, placeholders) yet still readable;
// the palette's disabled colour is meant for controls that cannot be used.
QColor secondary(QPalette::ColorRole on = QPalette::Window, const QPalette& palette = QPalette());

// A state of the window (read-only, an edit waiting to be saved): an amber
// band over the palette, for `selector` ("#readOnlyBanner").
QString bannerStyleSheet(const QString& selector, const QPalette& palette = QPalette());

} // namespace rt::ui::colours

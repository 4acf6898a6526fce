#include "widgets/Colours.h"

#include <algorithm>
#include <cmath>

namespace rt::ui::colours {
namespace {

double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.18;
}

QColor readable(const QColor& wanted, const QColor& background, double ratio)
{
    if (contrast(wanted, background) >= ratio)
        return wanted;
    // Towards white on a dark background, towards black on a light one; the
    // hue stays, so red still looks red.
    const QColor end = luminance(background) < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 1; step <= 20; ++step) {
        const QColor c = mix(wanted, end, step / 20.0);
        if (contrast(c, background) >= ratio)
            return c;
    }
    return end;
}

QColor problem(QPalette::ColorRole on, const QPalette& palette)
{
    return readable(QColor(0xb3, 0x26, 0x1e), palette.color(on));
}

QColor caution(QPalette::ColorRole on, const QPalette& palette)
{
    return readable(QColor(0x9a, 0x5b, 0x00), palette.color(on));
}

QColor good(QPalette::ColorRole on, const QPalette& palette)
{
    return readable(QColor(0x1b, 0x6e, 0x35), palette.color(on));
}

QColor secondary(QPalette::ColorRole on, const QPalette& palette)
{
    const QColor text = palette.color(on == QPalette::Base ? QPalette::Text : QPalette::WindowText);
    return readable(mix(text, palette.color(on), 0.4), palette.color(on));
}

QString bannerStyleSheet(const QString& selector, const QPalette& palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor amber(0xf0, 0xc0, 0x30);
    const QColor background = isDark(palette) ? mix(window, amber, 0.22) : mix(window, amber, 0.3);
    const QColor text = readable(isDark(palette) ? QColor(0xff, 0xe8, 0xa0) : QColor(0x4a, 0x3b, 0x00), background, 7.0);
    const QColor border = mix(background, amber, 0.5);
    return QStringLiteral("%1 { background: %2; border-bottom: 1px solid %3; } %1 QLabel { color: %4; }")
        .arg(selector, background.name(), border.name(), text.name());
}

} // namespace rt::ui::colours

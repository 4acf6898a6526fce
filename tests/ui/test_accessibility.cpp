// Every control a person can operate has a name a screen reader can say: the
// walk goes through every page and dialog of the demo and asks Qt's
// accessibility layer, as Orca would, for each visible control's name.

#include <catch2/catch.hpp>

#include "PageWalk.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QImage>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QToolButton>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

#include <cmath>
#include <optional>

using namespace rt;
using namespace rt::test;

namespace {

// Parts of a composite control that speak through their owner: a spin box's
// or editable combo's line edit, a view's header and corner button, a tab
// bar's scroll arrows, scroll bars.
bool partOfAnother(const QWidget* w)
{
    if (qobject_cast<const QScrollBar*>(w) || qobject_cast<const QHeaderView*>(w))
        return true;
    // A scroll area's viewport hands its focus to the area, which is named.
    if (auto* area = qobject_cast<const QAbstractScrollArea*>(w->parentWidget()); area && area->viewport() == w)
        return true;
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p) || qobject_cast<const QTabBar*>(p))
            return true;
        if (p == w->parentWidget() && qobject_cast<const QAbstractItemView*>(p))
            return true; // the corner button, an editor
        if (p->isWindow())
            break;
    }
    return false;
}

bool operable(const QWidget* w)
{
    if (partOfAnother(w))
        return false;
    if (qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
        qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
        qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QLineEdit*>(w) ||
        qobject_cast<const QTextEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTabBar*>(w))
        return true;
    return w->focusPolicy() & Qt::TabFocus;
}

QString describe(const QWidget* w)
{
    QString chain;
    for (const QWidget* p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"))) {
            chain = p->objectName();
            break;
        }
    }
    return QStringLiteral("%1 objectName=\"%2\" tooltip=\"%3\" in=\"%4\" parent=%5")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), w->toolTip(), chain,
             QString::fromLatin1(w->parentWidget() ? w->parentWidget()->metaObject()->className() : "-"));
}

} // namespace

TEST_CASE("Every visible control on every page and dialog has an accessible name")
{
    QStringList unnamed;
    int controls = 0;
    Walk walk([&](const QString& where, QWidget* root) {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisible() || w->window() != root || !operable(w))
                continue;
            ++controls;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                unnamed << QStringLiteral("%1: %2").arg(where, describe(w));
            // A line edit's clear button shows only once there is text: its
            // name is checked while hidden too.
            if (auto* edit = qobject_cast<QLineEdit*>(w); edit && edit->isClearButtonEnabled()) {
                for (QToolButton* button : edit->findChildren<QToolButton*>()) {
                    QAccessibleInterface* clear = QAccessible::queryAccessibleInterface(button);
                    if (!clear || clear->text(QAccessible::Name).trimmed().isEmpty())
                        unnamed << QStringLiteral("%1: the clear button of %2").arg(where, describe(w));
                }
            }
        }
    });
    walk.run();
    INFO("Stops the walk no longer reaches: " << walk.unreached().join(QStringLiteral(", ")).toStdString());
    CHECK(walk.unreached().isEmpty());
    CHECK(controls > 300);
    unnamed.removeDuplicates();
    INFO("Controls without an accessible name:\n" << unnamed.join(QLatin1Char('\n')).toStdString());
    CHECK(unnamed.isEmpty());
}

// ---------------------------------------------------------------------------
// Contrast: under the system's dark or high-contrast palette, every text on
// screen still reads (WCAG 2 AA: 4.5:1, 3:1 for large text).

namespace {

double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// What a label really shows, read from the pixels: the commonest colour is the
// background, the colour furthest from it (in at least a few pixels) the text.
std::optional<std::pair<QColor, QColor>> textAndBackground(const QImage& image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ++counts[line[x] | 0xff000000];
    }
    if (counts.size() < 2)
        return std::nullopt; // nothing drawn
    QRgb background = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    QRgb text = background;
    double best = 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const double c = contrast(QColor(it.key()), QColor(background));
        if (it.value() >= 3 && c > best) {
            best = c;
            text = it.key();
        }
    }
    if (text == background)
        return std::nullopt;
    return std::pair{QColor(text), QColor(background)};
}

bool large(const QFont& font)
{
    const double points = font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize() * 0.75;
    return points >= 18 || (font.bold() && points >= 14);
}

QString shortText(QString text)
{
    text = text.simplified();
    return text.size() > 50 ? text.left(47) + QStringLiteral("...") : text;
}

// Every visible label's pixels, and every item view's colours from its model.
QStringList unreadable(const QString& where, QWidget* root)
{
    QStringList problems;
    const QImage shot = root->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const qreal ratio = shot.devicePixelRatio();
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisible() || !label->isEnabled() || label->window() != root || label->text().trimmed().isEmpty() ||
            label->visibleRegion().isEmpty())
            continue;
        const QRect box = label->visibleRegion().boundingRect().translated(label->mapTo(root, QPoint()));
        const QRect pixels(QPointF(box.topLeft()) .toPoint() * ratio, box.size() * ratio);
        const auto colours = textAndBackground(shot.copy(pixels));
        if (!colours)
            continue;
        const double c = contrast(colours->first, colours->second);
        const double needed = large(label->font()) ? 3.0 : 4.5;
        if (c < needed)
            problems << QStringLiteral("%1: label “%2” (%3) %4 on %5 = %6:1")
                            .arg(where, shortText(label->text()), label->objectName(), colours->first.name(),
                                 colours->second.name())
                            .arg(c, 0, 'f', 2);
    }
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        if (!view->isVisible() || view->window() != root || !view->model() || qobject_cast<QHeaderView*>(view))
            continue;
        const QAbstractItemModel* model = view->model();
        const QPalette palette = view->palette();
        for (int row = 0; row < std::min(model->rowCount(), 60); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QVariant fg = index.data(Qt::ForegroundRole);
                if (!fg.isValid())
                    continue; // the palette's own text on its own base
                const QVariant bg = index.data(Qt::BackgroundRole);
                QColor background = palette.color(QPalette::Base);
                if (bg.isValid()) {
                    const QColor tint = bg.value<QBrush>().color();
                    const double a = tint.alphaF();
                    background = QColor::fromRgbF(background.redF() * (1 - a) + tint.redF() * a,
                                                  background.greenF() * (1 - a) + tint.greenF() * a,
                                                  background.blueF() * (1 - a) + tint.blueF() * a);
                }
                const QColor text = fg.value<QBrush>().color();
                const double c = contrast(text, background);
                if (c < 4.5)
                    problems << QStringLiteral("%1: %2 cell “%3” %4 on %5 = %6:1")
                                    .arg(where, QString::fromLatin1(model->metaObject()->className()),
                                         shortText(index.data().toString()), text.name(), background.name())
                                    .arg(c, 0, 'f', 2);
            }
        }
    }
    return problems;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x28));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9a, 0xff));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Light, QColor(0x55, 0x55, 0x58));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x48));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x32));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

// Black, white and yellow, as high-contrast themes are.
QPalette highContrastPalette()
{
    QPalette p;
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase,
                      QPalette::Dark, QPalette::Shadow, QPalette::Mid})
        p.setColor(role, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::BrightText,
                      QPalette::ToolTipText, QPalette::Light, QPalette::Midlight})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::Highlight, Qt::yellow);
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, Qt::yellow);
    p.setColor(QPalette::LinkVisited, Qt::yellow);
    p.setColor(QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

// The walk under `palette`, app-wide as a system theme sets it.
QStringList walkUnder(const QPalette& palette)
{
    const QPalette before = QApplication::palette();
    QApplication::setPalette(palette);
    QStringList problems;
    int looked = 0;
    {
        Walk walk([&](const QString& where, QWidget* root) {
            problems << unreadable(where, root);
            ++looked;
        });
        walk.run();
        CHECK(walk.unreached().isEmpty());
    }
    QApplication::setPalette(before);
    CHECK(looked > 40);
    problems.removeDuplicates();
    return problems;
}

} // namespace

TEST_CASE("Under a dark palette every text on every page reads against its background")
{
    const QStringList problems = walkUnder(darkPalette());
    INFO("Texts below the contrast a reader needs:\n" << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("Under a high-contrast palette every text on every page reads against its background")
{
    const QStringList problems = walkUnder(highContrastPalette());
    INFO("Texts below the contrast a reader needs:\n" << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("The contrast check tells dark red on black from dark red on white")
{
    // The check itself: it must see a bad pairing as bad.
    CHECK(contrast(QColor(190, 40, 40), Qt::black) < 4.5);
    CHECK(contrast(QColor(190, 40, 40), Qt::white) > 4.5);
    QWidget page;
    page.setPalette(darkPalette());
    auto* label = new QLabel(QStringLiteral("Overdue by three days"), &page);
    label->setStyleSheet(QStringLiteral("color: #be2828;"));
    label->resize(200, 30);
    page.resize(220, 40);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK_FALSE(unreadable(QStringLiteral("sample"), &page).isEmpty());
    label->setStyleSheet(QStringLiteral("color: #ffb4b4;"));
    CHECK(unreadable(QStringLiteral("sample"), &page).isEmpty());
}

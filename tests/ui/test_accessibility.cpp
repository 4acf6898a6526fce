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
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTextEdit>

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

#include "widgets/Mnemonics.h"

#include <QAction>
#include <QMenu>
#include <QSet>

namespace rt::ui {

// The letter after a single '&' ("&&" is a literal ampersand), or none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

void giveMnemonics(QMenu* menu)
{
    QSet<QChar> used;
    for (const QAction* a : menu->actions()) {
        if (const QChar m = mnemonicOf(a->text()); !m.isNull())
            used.insert(m);
    }
    for (QAction* a : menu->actions()) {
        const QString text = a->text();
        if (a->isSeparator() || text.isEmpty() || !mnemonicOf(text).isNull())
            continue;
        qsizetype chosen = -1;
        // Word starts first, then any letter or digit.
        for (int pass = 0; pass < 2 && chosen < 0; ++pass) {
            for (qsizetype i = 0; i < text.size(); ++i) {
                const QChar c = text[i];
                if (!c.isLetterOrNumber() || used.contains(c.toLower()))
                    continue;
                if (pass == 0 && i > 0 && text[i - 1].isLetterOrNumber())
                    continue;
                chosen = i;
                break;
            }
        }
        if (chosen < 0)
            continue; // every letter taken: the arrow keys still reach it
        used.insert(text[chosen].toLower());
        QString marked = text;
        marked.replace(QLatin1String("&"), QLatin1String("&&"));
        // Escaping shifted the position by the ampersands before it.
        const qsizetype shift = text.left(chosen).count(QLatin1Char('&'));
        marked.insert(chosen + shift, QLatin1Char('&'));
        a->setText(marked);
    }
}

} // namespace rt::ui

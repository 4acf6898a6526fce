#include "common/Text.h"

#include <QRegularExpression>

namespace rt {

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool lastWasSpace = true;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            if (!lastWasSpace)
                out.append(QLatin1Char(' '));
            lastWasSpace = true;
            continue;
        }
        out.append(c.toCaseFolded());
        lastWasSpace = false;
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QStringList searchWords(const QString& query)
{
    return foldForSearch(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool matchesAllWords(const QString& foldedHaystack, const QStringList& foldedNeedleWords)
{
    for (const QString& word : foldedNeedleWords) {
        if (!foldedHaystack.contains(word))
            return false;
    }
    return true;
}

bool looksLikeEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return pattern.match(email).hasMatch();
}

} // namespace rt

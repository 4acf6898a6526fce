#include "assessments/Pillars.h"

#include "common/Text.h"

#include <QCoreApplication>

namespace rt::pillars {
namespace {

const char* const kNames[count] = {
    QT_TRANSLATE_NOOP("rt::pillars", "Building Trust and Legitimacy"),
    QT_TRANSLATE_NOOP("rt::pillars", "Policy and Oversight"),
    QT_TRANSLATE_NOOP("rt::pillars", "Technology and Social Media"),
    QT_TRANSLATE_NOOP("rt::pillars", "Community Policing and Crime Reduction"),
    QT_TRANSLATE_NOOP("rt::pillars", "Training and Education"),
    QT_TRANSLATE_NOOP("rt::pillars", "Officer Wellness and Safety"),
};

} // namespace

bool isValid(int number)
{
    return number >= 1 && number <= count;
}

QString name(int number)
{
    return isValid(number) ? QCoreApplication::translate("rt::pillars", kNames[number - 1]) : QString();
}

QString label(int number)
{
    return isValid(number) ? QCoreApplication::translate("rt::pillars", "Pillar %1 – %2").arg(number).arg(name(number))
                           : QString();
}

std::optional<int> fromText(const QString& text)
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const int number = trimmed.toInt(&isNumber);
    if (isNumber)
        return isValid(number) ? std::optional<int>(number) : std::nullopt;
    const QString folded = foldForSearch(trimmed);
    for (int n = 1; n <= count; ++n) {
        if (folded == foldForSearch(name(n)) || folded == foldForSearch(QString::fromLatin1(kNames[n - 1])))
            return n;
    }
    return std::nullopt;
}

} // namespace rt::pillars

// Every "%n" message in the code has English singular and plural forms, so
// nobody reads "2 member(s)". Run update_translations and
// scripts/english-plurals.py when this fails.

#include <catch2/catch.hpp>

#include "StringMaker.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace {

QSet<QString> pluralSourcesInCode()
{
    QSet<QString> found;
    static const QRegularExpression call(QStringLiteral(R"re(tr\(\s*"((?:[^"\\]|\\.)*%n(?:[^"\\]|\\.)*)"\s*,\s*nullptr)re"));
    for (const char* folder : {"core", "ui", "app"}) {
        QDirIterator it(QStringLiteral(ROUNDTABLE_SOURCE_DIR "/") + QString::fromLatin1(folder), {QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            auto matches = call.globalMatch(text);
            while (matches.hasNext())
                found.insert(matches.next().captured(1).replace(QStringLiteral("\\\""), QStringLiteral("\"")));
        }
    }
    return found;
}

} // namespace

TEST_CASE("Every plural message has its English forms")
{
    QFile ts(QStringLiteral(ROUNDTABLE_SOURCE_DIR "/resources/translations/roundtable_en.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QSet<QString> translated;
    QString source;
    int forms = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
            forms += xml.readElementText().isEmpty() ? 0 : 1;
        else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (forms == 2)
                translated.insert(source);
            forms = 0;
        }
    }
    const QSet<QString> needed = pluralSourcesInCode();
    REQUIRE(needed.size() > 5);
    for (const QString& message : needed) {
        INFO(message.toStdString());
        CHECK(translated.contains(message));
    }
}

TEST_CASE("The English translation is loaded and spells plurals")
{
    CHECK(QObject::tr("%n day(s)", nullptr, 1) == QStringLiteral("1 day"));
    CHECK(QObject::tr("%n day(s)", nullptr, 2) == QStringLiteral("2 days"));
}

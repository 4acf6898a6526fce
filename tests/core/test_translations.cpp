// Every "%n" message in the code has English singular and plural forms, so
// nobody reads "2 member(s)", and every message has its Spanish. Run
// update_translations and scripts/english-plurals.py when this fails, then
// translate what is new in roundtable_es.ts.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QProcess>
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

namespace {

struct Message {
    QString source;
    QStringList forms; // one, or the numerus forms; empty when unfinished
};

// (context, source, comment) -> message, from a .ts file.
QMap<QString, Message> readTs(const QString& path)
{
    QFile ts(path);
    REQUIRE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QMap<QString, Message> messages;
    QString context, comment;
    Message message;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                if (unfinished)
                    message.forms.clear();
                messages.insert(context + QChar(0) + message.source + QChar(0) + comment, message);
                message = {};
                comment.clear();
                unfinished = false;
            }
            continue;
        }
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            message.source = xml.readElementText();
        else if (xml.name() == QLatin1String("comment"))
            comment = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            QString plainText;
            while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == QLatin1String("translation"))) {
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    const QString form = xml.readElementText();
                    if (!form.isEmpty())
                        message.forms << form;
                } else if (xml.isCharacters()) {
                    plainText += xml.text();
                }
            }
            if (message.forms.isEmpty() && !plainText.trimmed().isEmpty())
                message.forms << plainText;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(%L?\d+|%n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

} // namespace

TEST_CASE("Every message in the code has a Spanish translation that keeps its placeholders")
{
    // What lupdate finds in the code today, so a message added without its
    // Spanish fails here rather than showing English in a Spanish window.
    rt::test::TempDir dir;
    const QString fresh = dir.path(QStringLiteral("roundtable_es.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(ROUNDTABLE_SOURCE_DIR));
    lupdate.start(QStringLiteral(ROUNDTABLE_LUPDATE),
                  {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-extensions"),
                   QStringLiteral("cpp"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-silent"), QStringLiteral("-ts"), fresh});
    REQUIRE(lupdate.waitForFinished(120000));
    INFO(lupdate.readAllStandardError().toStdString());
    REQUIRE(lupdate.exitCode() == 0);
    const QMap<QString, Message> inCode = readTs(fresh);
    REQUIRE(inCode.size() > 1000);

    const QMap<QString, Message> spanish =
        readTs(QStringLiteral(ROUNDTABLE_SOURCE_DIR "/resources/translations/roundtable_es.ts"));
    QStringList missing, unfinished, mismatched;
    for (auto it = inCode.begin(); it != inCode.end(); ++it) {
        const auto found = spanish.constFind(it.key());
        if (found == spanish.constEnd()) {
            missing << it->source;
            continue;
        }
        if (found->forms.isEmpty()) {
            unfinished << it->source;
            continue;
        }
        const QStringList wanted = placeholders(it->source);
        QStringList withoutCount = wanted;
        withoutCount.removeAll(QStringLiteral("%n"));
        for (const QString& form : found->forms) {
            const QStringList have = placeholders(form);
            // A singular may spell out its one ("un día") instead of "%n".
            const bool singular = found->forms.size() > 1 && &form == &found->forms.front();
            if (have != wanted && !(singular && have == withoutCount))
                mismatched << it->source + QStringLiteral(" => ") + form;
        }
    }
    INFO("not in roundtable_es.ts (run update_translations): " << missing.mid(0, 20).join(QStringLiteral(" | ")).toStdString());
    CHECK(missing.isEmpty());
    INFO("untranslated: " << unfinished.mid(0, 20).join(QStringLiteral(" | ")).toStdString());
    CHECK(unfinished.isEmpty());
    INFO("placeholders differ: " << mismatched.mid(0, 20).join(QStringLiteral(" | ")).toStdString());
    CHECK(mismatched.isEmpty());
}

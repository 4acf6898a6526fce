#include "Preferences.h"

#include "AppSettings.h"
#include "common/Translations.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSettings>
#include <functional>

namespace rt::ui::preferences {
namespace {

struct Definition {
    const char* name;
    const char* key; // settings::keys
    const char* description;
    std::function<QString()> value;
    std::function<QString()> defaultValue;
    std::function<Status(const QString&)> check; // nothing stored
    std::function<void(const QString&)> store;   // after check
};

QString languageText(const QString& code)
{
    return code.isEmpty() ? QStringLiteral("automatic") : code;
}

QString languageCode(const QString& text)
{
    const QString t = text.trimmed().toLower();
    return t == QLatin1String("automatic") || t == QLatin1String("auto") ? QString() : t;
}

Result<int> minutesFrom(const QString& text)
{
    bool isNumber = false;
    const int minutes = text.trimmed().toInt(&isNumber);
    if (!isNumber)
        return fail(QObject::tr("backup-interval is a whole number of minutes (0 turns periodic backups off), not “%1”.").arg(text));
    return minutes;
}

const std::vector<Definition>& definitions()
{
    using namespace settings;
    static const std::vector<Definition> table{
        {"page-size", keys::kPageSize, QT_TRANSLATE_NOOP("QObject", "Paper of printed documents: letter or a4."),
         [] { return pageSize(); }, [] { return defaults::pageSize(); },
         [](const QString& v) -> Status {
             const QString t = v.trimmed().toLower();
             if (t != QLatin1String("letter") && t != QLatin1String("a4"))
                 return fail(QObject::tr("page-size is letter or a4, not “%1”.").arg(v));
             return ok();
         },
         [](const QString& v) { (void)setPageSize(v); }},
        {"organisation", keys::kOrganisation, QT_TRANSLATE_NOOP("QObject", "The organisation named in the header of printed documents."),
         [] { return organisationName(); }, [] { return QString(); }, [](const QString&) { return ok(); },
         [](const QString& v) { setOrganisationName(v); }},
        {"logo", keys::kLogo, QT_TRANSLATE_NOOP("QObject", "A PNG or JPEG image for the header of printed documents."),
         [] { return logoPath(); }, [] { return QString(); }, [](const QString& v) { return checkLogo(v); },
         [](const QString& v) { setLogoPath(v.trimmed().isEmpty() ? QString() : QFileInfo(v.trimmed()).absoluteFilePath()); }},
        {"blocks", keys::kDefaultBlocks,
         QT_TRANSLATE_NOOP("QObject", "The attendance blocks of a new workshop's days: LABEL START-END HOURS; ..."),
         [] { return blocks::dayText(defaultBlocks()); }, [] { return blocks::dayText(defaults::dayBlocks()); },
         [](const QString& v) -> Status {
             auto day = blocks::parseDay(v);
             return day ? ok() : Status(std::unexpected(day.error()));
         },
         [](const QString& v) { (void)setDefaultBlocks(*blocks::parseDay(v)); }},
        {"backup-interval", keys::kBackupInterval,
         QT_TRANSLATE_NOOP("QObject", "Minutes between backups while a workshop is live; 0 for none."),
         [] { return QString::number(backupIntervalMinutes()); }, [] { return QString::number(defaults::kBackupIntervalMinutes); },
         [](const QString& v) -> Status {
             auto minutes = minutesFrom(v);
             if (!minutes)
                 return std::unexpected(minutes.error());
             if (*minutes < 0 || *minutes > defaults::kMaxBackupIntervalMinutes)
                 return fail(QObject::tr("backup-interval is from 0 (no periodic backups) to %1 minutes, not %2.")
                                 .arg(defaults::kMaxBackupIntervalMinutes)
                                 .arg(*minutes));
             return ok();
         },
         [](const QString& v) { (void)setBackupIntervalMinutes(*minutesFrom(v)); }},
        {"language", keys::kLanguage,
         QT_TRANSLATE_NOOP("QObject", "The app's language from its next start: automatic (the system's), en or es."),
         [] { return languageText(language()); }, [] { return languageText(QString::fromLatin1(defaults::kLanguage)); },
         [](const QString& v) -> Status {
             const QString code = languageCode(v);
             if (!code.isEmpty() && !availableLanguages().contains(code))
                 return fail(QObject::tr("language is automatic or one of %1, not “%2”.")
                                 .arg(availableLanguages().join(QStringLiteral(", ")), v));
             return ok();
         },
         [](const QString& v) { (void)setLanguage(languageCode(v)); }},
        {"author", keys::kAuthor,
         QT_TRANSLATE_NOOP("QObject", "Your name in the change history; empty for the account's name."),
         [] { return authorName(); }, [] { return QString(); }, [](const QString&) { return ok(); },
         [](const QString& v) { setAuthorName(v); }},
    };
    return table;
}

const Definition* find(const QString& name)
{
    for (const Definition& d : definitions()) {
        if (name.trimmed().compare(QLatin1String(d.name), Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

QString unknown(const QString& name)
{
    QStringList names;
    for (const Definition& d : definitions())
        names << QString::fromLatin1(d.name);
    return QObject::tr("There is no preference “%1”; there are %2.").arg(name, names.join(QStringLiteral(", ")));
}

} // namespace

std::vector<Entry> all()
{
    std::vector<Entry> result;
    for (const Definition& d : definitions()) {
        Entry e;
        e.name = QString::fromLatin1(d.name);
        e.description = QObject::tr(d.description);
        e.value = d.value();
        e.defaultValue = d.defaultValue();
        // A stored value the getter refused counts as not stored.
        e.isDefault = !QSettings().contains(QLatin1String(d.key)) || e.value == e.defaultValue;
        result.push_back(e);
    }
    return result;
}

Status set(const std::vector<std::pair<QString, QString>>& values)
{
    for (const auto& [name, value] : values) {
        const Definition* d = find(name);
        if (!d)
            return fail(unknown(name));
        if (auto s = d->check(value); !s)
            return s;
    }
    for (const auto& [name, value] : values)
        find(name)->store(value);
    return ok();
}

Status reset(const QString& name)
{
    const Definition* d = find(name);
    if (!d)
        return fail(unknown(name));
    QSettings().remove(QLatin1String(d->key));
    return ok();
}

} // namespace rt::ui::preferences

#include "AppSettings.h"

#include "common/Translations.h"
#include "storage/ServerAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QObject>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace rt::ui::settings {

using namespace keys;

QString defaults::pageSize()
{
    return QLocale().measurementSystem() == QLocale::MetricSystem ? QStringLiteral("a4") : QStringLiteral("letter");
}

blocks::DayPlan defaults::dayBlocks()
{
    return blocks::standardDay();
}

namespace {

constexpr int kMaxRecent = defaults::kMaxRecentFiles;

// Files are remembered by absolute path; servers by their URL, which never
// holds the password (ServerAddress::url()).
QString recentKey(const QString& pathOrUrl)
{
    return ServerAddress::isServerUrl(pathOrUrl) ? pathOrUrl : QFileInfo(pathOrUrl).absoluteFilePath();
}

} // namespace

QStringList recentFiles()
{
    return QSettings().value(kRecentFiles).toStringList();
}

void addRecentFile(const QString& path)
{
    const QString absolute = recentKey(path);
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecentFiles, files);
}

void removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(recentKey(path));
    QSettings().setValue(kRecentFiles, files);
}

void clearRecentFiles()
{
    QSettings().remove(kRecentFiles);
}

QString authorName()
{
    return QSettings().value(kAuthor).toString();
}

void setAuthorName(const QString& name)
{
    QSettings().setValue(kAuthor, name.simplified());
}

bool authorNameAsked()
{
    return QSettings().contains(kAuthor);
}

QByteArray windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray splitterState(const QString& name)
{
    return QSettings().value(QLatin1String(kSplitter) + name).toByteArray();
}

void setSplitterState(const QString& name, const QByteArray& state)
{
    QSettings().setValue(QLatin1String(kSplitter) + name, state);
}

QString pageSize()
{
    const QString value = QSettings().value(kPageSize).toString();
    return value == QLatin1String("a4") || value == QLatin1String("letter") ? value : defaults::pageSize();
}

QPageSize::PageSizeId pageSizeId()
{
    return pageSize() == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter;
}

Status setPageSize(const QString& size)
{
    const QString value = size.trimmed().toLower();
    if (value != QLatin1String("a4") && value != QLatin1String("letter"))
        return fail(QObject::tr("The page size is “letter” or “a4”, not “%1”.").arg(size));
    QSettings().setValue(kPageSize, value);
    return ok();
}

QString organisationName()
{
    return QSettings().value(kOrganisation).toString();
}

void setOrganisationName(const QString& name)
{
    QSettings().setValue(kOrganisation, name.trimmed());
}

QString logoPath()
{
    return QSettings().value(kLogo).toString();
}

void setLogoPath(const QString& path)
{
    QSettings().setValue(kLogo, path.trimmed());
}

Status checkLogo(const QString& path)
{
    if (path.trimmed().isEmpty())
        return ok();
    const QFileInfo file(path.trimmed());
    if (!file.isFile() || !file.isReadable())
        return fail(QObject::tr("There is no readable file at “%1”. Choose a PNG or JPEG image, or clear the logo.")
                        .arg(QDir::toNativeSeparators(path.trimmed())));
    QImageReader reader(file.absoluteFilePath());
    if (reader.read().isNull())
        return fail(QObject::tr("“%1” is not an image Roundtable can read (%2). Choose a PNG or JPEG image, or clear the logo.")
                        .arg(QDir::toNativeSeparators(path.trimmed()), reader.errorString()));
    return ok();
}

int backupIntervalMinutes()
{
    bool isNumber = false;
    const int minutes = QSettings().value(kBackupInterval).toInt(&isNumber);
    return isNumber && minutes >= 0 && minutes <= defaults::kMaxBackupIntervalMinutes ? minutes : defaults::kBackupIntervalMinutes;
}

Status setBackupIntervalMinutes(int minutes)
{
    if (minutes < 0 || minutes > defaults::kMaxBackupIntervalMinutes)
        return fail(QObject::tr("The backup interval is a number of minutes from 0 (no periodic backups) to %1, not %2.")
                        .arg(defaults::kMaxBackupIntervalMinutes)
                        .arg(minutes));
    QSettings().setValue(kBackupInterval, minutes);
    return ok();
}

blocks::DayPlan defaultBlocks()
{
    const QString text = QSettings().value(kDefaultBlocks).toString();
    if (text.isEmpty())
        return defaults::dayBlocks();
    auto day = blocks::parseDay(text);
    return day ? *day : defaults::dayBlocks();
}

Status setDefaultBlocks(const blocks::DayPlan& day)
{
    if (auto s = blocks::validateDay(day); !s)
        return s;
    QSettings().setValue(kDefaultBlocks, blocks::dayText(day));
    return ok();
}

bool defaultBlocksStored()
{
    const QString text = QSettings().value(kDefaultBlocks).toString();
    return !text.isEmpty() && blocks::parseDay(text).has_value();
}

QString language()
{
    const QString value = QSettings().value(kLanguage).toString();
    return availableLanguages().contains(value) ? value : QString::fromLatin1(defaults::kLanguage);
}

Status setLanguage(const QString& language)
{
    const QString value = language.trimmed().toLower();
    if (!value.isEmpty() && !availableLanguages().contains(value))
        return fail(QObject::tr("Roundtable speaks %1; “%2” is not one of them (leave it empty for the system's language).")
                        .arg(availableLanguages().join(QStringLiteral(", ")), language));
    QSettings().setValue(kLanguage, value);
    return ok();
}

QString exportFolder()
{
    const QString folder = QSettings().value(kExportFolder).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void setExportFolder(const QString& folder)
{
    QSettings().setValue(kExportFolder, folder);
}

QString importFolder()
{
    const QString folder = QSettings().value(kImportFolder).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void setImportFolder(const QString& folder)
{
    QSettings().setValue(kImportFolder, folder);
}

QString dataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder;
}

QString defaultFilePath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("Workshops.roundtable"));
}

QString demoFilePath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("Demo.roundtable"));
}

} // namespace rt::ui::settings

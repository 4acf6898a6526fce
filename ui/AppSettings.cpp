#include "AppSettings.h"

#include "storage/ServerAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace rt::ui::settings {
namespace {

const QString kRecentFiles = QStringLiteral("files/recent");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kSplitter = QStringLiteral("window/splitter/");
const QString kPageSize = QStringLiteral("print/pageSize");
const QString kOrganisation = QStringLiteral("print/organisation");
const QString kLogo = QStringLiteral("print/logo");
const QString kExportFolder = QStringLiteral("print/folder");
const QString kImportFolder = QStringLiteral("import/folder");
const QString kAuthor = QStringLiteral("history/author");
constexpr int kMaxRecent = 8;

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
    return QSettings().value(kSplitter + name).toByteArray();
}

void setSplitterState(const QString& name, const QByteArray& state)
{
    QSettings().setValue(kSplitter + name, state);
}

QString pageSize()
{
    const QString fallback = QLocale().measurementSystem() == QLocale::MetricSystem ? QStringLiteral("a4") : QStringLiteral("letter");
    const QString value = QSettings().value(kPageSize, fallback).toString();
    return value == QLatin1String("a4") || value == QLatin1String("letter") ? value : fallback;
}

void setPageSize(const QString& size)
{
    QSettings().setValue(kPageSize, size);
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
    QSettings().setValue(kLogo, path);
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

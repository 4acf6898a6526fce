#pragma once
// Settings that belong to this computer rather than to a file (recent files,
// window layout), with their keys and defaults in one place.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rt::ui::settings {

QStringList recentFiles();
void addRecentFile(const QString& path); // most recent first, at most 8; a server's URL too
void removeRecentFile(const QString& path);
void clearRecentFiles();

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray& geometry);
QByteArray splitterState(const QString& name);
void setSplitterState(const QString& name, const QByteArray& state);

// What printed documents carry: page size ("letter" or "a4"; Letter where
// the locale measures in inches), the organisation's name and logo, and the
// folder the last export went to.
QString pageSize();
void setPageSize(const QString& size);
QString organisationName();
void setOrganisationName(const QString& name);
QString logoPath();
void setLogoPath(const QString& path);
QString exportFolder();
void setExportFolder(const QString& folder);
// The folder the last roster import came from.
QString importFolder();
void setImportFolder(const QString& folder);

// The name the change history gives for changes made here; empty for the
// computer account's name. authorNameAsked() is false until it was first set.
QString authorName();
void setAuthorName(const QString& name);
bool authorNameAsked();

// Where Roundtable keeps its own files: the default workshop file and the demo.
QString dataFolder();
QString defaultFilePath();
QString demoFilePath();

} // namespace rt::ui::settings

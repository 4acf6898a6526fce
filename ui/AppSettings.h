#pragma once
// Settings that belong to this computer rather than to a file (recent files,
// window layout), with their keys and defaults in one place.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rt::ui::settings {

QStringList recentFiles();
void addRecentFile(const QString& path); // most recent first, at most 8
void removeRecentFile(const QString& path);
void clearRecentFiles();

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray& geometry);
QByteArray splitterState(const QString& name);
void setSplitterState(const QString& name, const QByteArray& state);

// Where Roundtable keeps its own files: the default workshop file and the demo.
QString dataFolder();
QString defaultFilePath();
QString demoFilePath();

} // namespace rt::ui::settings

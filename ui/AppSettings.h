#pragma once
// Settings that belong to this computer rather than to a file (recent files,
// window layout, the preferences), with their keys and defaults in one place:
// the keys below, the defaults in the `defaults` namespace. Every getter
// checks what it reads, so a hand-edited or stale value falls back to the
// default instead of reaching the program; setters of choices a person makes
// check them the same way and say what is wrong.

#include "attendance/Block.h"
#include "common/Result.h"

#include <QByteArray>
#include <QPageSize>
#include <QString>
#include <QStringList>

namespace rt::ui::settings {

// The QSettings keys, each used by this file only.
namespace keys {
inline constexpr char kRecentFiles[] = "files/recent";
inline constexpr char kGeometry[] = "window/geometry";
inline constexpr char kSplitter[] = "window/splitter/"; // + the splitter's name
inline constexpr char kPageSize[] = "print/pageSize";
inline constexpr char kOrganisation[] = "print/organisation";
inline constexpr char kLogo[] = "print/logo";
inline constexpr char kExportFolder[] = "print/folder";
inline constexpr char kImportFolder[] = "import/folder";
inline constexpr char kAuthor[] = "history/author";
inline constexpr char kBackupInterval[] = "backups/intervalMinutes";
inline constexpr char kDefaultBlocks[] = "attendance/defaultBlocks";
inline constexpr char kLanguage[] = "interface/language"; // not "general/": INI files keep that group for themselves
} // namespace keys

// What a setting is when nothing (or nothing usable) is stored.
namespace defaults {
inline constexpr int kMaxRecentFiles = 8;
inline constexpr int kBackupIntervalMinutes = 5;
inline constexpr int kMaxBackupIntervalMinutes = 24 * 60;
// Letter where the locale measures in inches, A4 elsewhere.
QString pageSize();
// The standard morning and afternoon (blocks::standardDay()).
blocks::DayPlan dayBlocks();
// Empty: the system's language.
inline constexpr char kLanguage[] = "";
} // namespace defaults

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
QPageSize::PageSizeId pageSizeId();
Status setPageSize(const QString& size); // "letter" or "a4", any case
QString organisationName();
void setOrganisationName(const QString& name);
QString logoPath();
void setLogoPath(const QString& path); // as given; checkLogo() first when a person chose it
// Whether `path` is an image the PDFs can print (empty is: no logo).
Status checkLogo(const QString& path);
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

// Minutes between backups of an open file while a workshop is live; 0: none.
int backupIntervalMinutes();
Status setBackupIntervalMinutes(int minutes); // 0 to kMaxBackupIntervalMinutes

// The attendance blocks each day of a new workshop gets.
blocks::DayPlan defaultBlocks();
Status setDefaultBlocks(const blocks::DayPlan& day); // checked with blocks::validateDay()
bool defaultBlocksStored();

// The language the app starts in: "" (the system's) or one of
// rt::availableLanguages(). Read at start; a change shows at the next.
QString language();
Status setLanguage(const QString& language);

// Where Roundtable keeps its own files: the default workshop file and the demo.
QString dataFolder();
QString defaultFilePath();
QString demoFilePath();

} // namespace rt::ui::settings

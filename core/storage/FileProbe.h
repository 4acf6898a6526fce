#pragma once
// Looks at a file's bytes before SQLite is allowed near it. Qt's SQLite driver
// creates missing files and accepts files that are not databases, so every
// "is this really one of ours?" question is answered here from the header alone,
// without writing anything or creating -wal/-shm files.

#include "common/Result.h"

#include <QString>
#include <optional>

namespace rt {

// "RndT": stored in PRAGMA application_id (header offset 68).
inline constexpr quint32 kApplicationId = 0x526E6454;

struct FileHeader {
    qint64 fileSize = 0;
    int pageSize = 0;
    quint32 pageCount = 0;     // 0 when the header's own count is not trustworthy
    quint32 applicationId = 0; // offset 68
    quint32 userVersion = 0;   // offset 60: our schema version
    bool walMode = false;      // offsets 18/19 == 2
};

// Reads and checks the SQLite header; fails with a person-readable message for an
// empty, foreign (not SQLite) or truncated file.
Result<FileHeader> probeFile(const QString& path);

// What the -wal beside a file (left by a crash, or by a program that still has
// the file open) says page 1 will be once it is folded in: the newest
// committed copy of page 1 in it, read from its bytes as SQLite's recovery
// would (salts and checksums), without a connection, so nothing is written.
// Empty when there is no -wal or it changes no header.
struct JournalHeader {
    quint32 applicationId = 0;
    quint32 userVersion = 0;
};
std::optional<JournalHeader> probeJournal(const QString& path);

// Checks that an existing path may be opened by Roundtable: folder exists, file
// exists and is readable, not a folder.
Status checkPathToOpen(const QString& path);

// Checks that the folder for a new file exists and can be written.
Status checkPathToCreate(const QString& path);

// The file may be written: its own permissions allow it, and its folder accepts
// the -wal and -shm files SQLite keeps beside it.
Status checkWritable(const QString& path);

} // namespace rt

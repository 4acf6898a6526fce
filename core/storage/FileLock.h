#pragma once
// One file, one writer: whoever opens a Roundtable file for writing holds
// "<file>.lock" beside it (pid, program and computer inside). A second window
// or process finds it taken and opens the file read-only, with a message that
// says where it is open. A lock left by a process that died (a crash, a kill)
// is recognised as stale and taken over without a word.

#include "common/Result.h"

#include <QString>
#include <memory>

class QLockFile;

namespace rt {

class FileLock {
public:
    // The lock beside `file`: "<file>.lock".
    static QString lockPath(const QString& file);

    // Takes the lock, or says who holds it ("… is open in Roundtable on this
    // computer (process 1234) since 09:12 …"). Never waits.
    static Result<std::unique_ptr<FileLock>> acquire(const QString& file);

    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    explicit FileLock(std::unique_ptr<QLockFile> lock);
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace rt

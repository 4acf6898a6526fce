#include "storage/FileProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QtEndian>

#include <cstring>

#include <unistd.h>

namespace rt {
namespace {

constexpr int kHeaderSize = 100;
constexpr char kMagic[] = "SQLite format 3";

quint32 be32(const char* p)
{
    return qFromBigEndian<quint32>(p);
}

QString displayName(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// WAL checksums: pairs of 32-bit words, in the byte order the magic names.
void walChecksum(bool bigEndian, const char* data, qsizetype size, quint32& s0, quint32& s1)
{
    for (qsizetype i = 0; i + 8 <= size; i += 8) {
        const quint32 a = bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
        const quint32 b = bigEndian ? qFromBigEndian<quint32>(data + i + 4) : qFromLittleEndian<quint32>(data + i + 4);
        s0 += a + s1;
        s1 += b + s0;
    }
}

} // namespace

std::optional<JournalHeader> probeJournal(const QString& path)
{
    QFile file(path + QStringLiteral("-wal"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    constexpr int kWalHeader = 32;
    constexpr int kFrameHeader = 24;
    const QByteArray header = file.read(kWalHeader);
    if (header.size() < kWalHeader)
        return std::nullopt;
    const char* h = header.constData();
    const quint32 magic = be32(h);
    if (magic != 0x377f0682 && magic != 0x377f0683)
        return std::nullopt;
    const bool bigEndian = magic == 0x377f0683;
    const quint32 pageSize = be32(h + 8) == 1 ? 65536 : be32(h + 8);
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return std::nullopt;
    quint32 s0 = 0;
    quint32 s1 = 0;
    walChecksum(bigEndian, h, 24, s0, s1);
    if (s0 != be32(h + 24) || s1 != be32(h + 28))
        return std::nullopt;

    std::optional<JournalHeader> pending; // page 1 in the transaction being read
    std::optional<JournalHeader> committed;
    for (;;) {
        const QByteArray frame = file.read(kFrameHeader + pageSize);
        if (frame.size() < kFrameHeader + qsizetype(pageSize))
            break;
        const char* f = frame.constData();
        if (std::memcmp(f + 8, h + 16, 8) != 0) // salts of an older generation
            break;
        walChecksum(bigEndian, f, 8, s0, s1);
        walChecksum(bigEndian, f + kFrameHeader, pageSize, s0, s1);
        if (s0 != be32(f + 16) || s1 != be32(f + 20))
            break;
        if (be32(f) == 1)
            pending = JournalHeader{be32(f + kFrameHeader + 68), be32(f + kFrameHeader + 60)};
        if (be32(f + 4) != 0) { // a commit frame ends a transaction
            if (pending)
                committed = pending;
            pending.reset();
        }
    }
    return committed;
}

Status checkPathToOpen(const QString& path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return fail(QObject::tr("No file was given. Choose a Roundtable file to open."));
    if (!info.absoluteDir().exists())
        return fail(QObject::tr("The folder “%1” does not exist. Check the path, or choose a file in another folder.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (!info.exists())
        return fail(QObject::tr("There is no file at “%1”. Check the name, or use File > New to start a new file.")
                        .arg(displayName(path)));
    if (info.isDir())
        return fail(QObject::tr("“%1” is a folder, not a Roundtable file. Choose a file inside it.").arg(displayName(path)));
    if (!info.isReadable() || ::access(QFile::encodeName(info.absoluteFilePath()).constData(), R_OK) != 0)
        return fail(QObject::tr("Roundtable is not allowed to read “%1”. Ask the file's owner for read and write permission.")
                        .arg(displayName(path)));
    return ok();
}

Status checkPathToCreate(const QString& path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return fail(QObject::tr("No file name was given. Choose where to save the new file."));
    if (!info.absoluteDir().exists())
        return fail(QObject::tr("The folder “%1” does not exist. Create it first, or choose another folder.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) != 0)
        return fail(QObject::tr("Roundtable cannot write in the folder “%1”. Choose a folder you can write to.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    return ok();
}

Status checkWritable(const QString& path)
{
    const QFileInfo info(path);
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    // A file marked read-only is respected even by users the system would let
    // write (root), because the mark is the owner's wish.
    if (!(info.permissions() & writeBits)
        || ::access(QFile::encodeName(info.absoluteFilePath()).constData(), W_OK) != 0)
        return fail(QObject::tr("“%1” is read-only. Roundtable saves every change the moment it is made, so it needs "
                                "a file it can write: remove the read-only mark, or copy the file to a folder of yours "
                                "and open the copy.")
                        .arg(displayName(path)));
    if (::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) != 0)
        return fail(QObject::tr("The folder “%1” is read-only. Roundtable keeps a small journal file beside the file "
                                "while it is open: copy the file to a folder you can write to and open the copy.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    return ok();
}

Result<FileHeader> probeFile(const QString& path)
{
    if (auto status = checkPathToOpen(path); !status)
        return std::unexpected(status.error());

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QObject::tr("Roundtable could not read “%1”: %2.").arg(displayName(path), file.errorString()));

    FileHeader header;
    header.fileSize = file.size();
    const QString name = displayName(path);
    if (header.fileSize == 0)
        return fail(QObject::tr("“%1” is empty (0 bytes), so it holds no workshops. It may be a failed copy: "
                                "find the original, or restore a backup.")
                        .arg(name));

    const QByteArray bytes = file.read(kHeaderSize);
    const QByteArray magic(kMagic, sizeof kMagic); // includes the terminating NUL, as the format does
    const bool looksLikeStart = bytes.size() >= magic.size() ? bytes.startsWith(magic) : magic.startsWith(bytes);
    if (!looksLikeStart)
        return fail(QObject::tr("“%1” is not a Roundtable file (it is not a database at all). Choose a file "
                                "ending in .roundtable.")
                        .arg(name));
    if (bytes.size() < kHeaderSize)
        return fail(QObject::tr("“%1” is truncated: only %2 bytes are left of it. It may have been copied "
                                "incompletely; copy it again or restore a backup.")
                        .arg(name)
                        .arg(header.fileSize));

    const char* h = bytes.constData();
    const quint16 rawPageSize = qFromBigEndian<quint16>(h + 16);
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const bool pageSizeValid = header.pageSize >= 512 && header.pageSize <= 65536
        && (header.pageSize & (header.pageSize - 1)) == 0;
    if (!pageSizeValid)
        return fail(QObject::tr("“%1” is damaged: its header is not readable. Restore a backup of it.").arg(name));

    header.walMode = h[18] == 2 && h[19] == 2;
    header.userVersion = be32(h + 60);
    header.applicationId = be32(h + 68);
    const quint32 changeCounter = be32(h + 24);
    const quint32 versionValidFor = be32(h + 92);
    const quint32 inHeaderPages = be32(h + 28);
    if (inHeaderPages != 0 && changeCounter == versionValidFor)
        header.pageCount = inHeaderPages;

    // With a -wal beside it, the file may be in the middle of a checkpoint that
    // stopped (a crash, a full disk): its header already counts pages that only
    // the -wal holds so far, and SQLite finishes the job from there. The quick
    // check that always runs on such a file judges it instead.
    const qint64 expected = qint64(header.pageCount) * header.pageSize;
    const bool checkpointPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!checkpointPending
        && (header.fileSize % header.pageSize != 0 || (header.pageCount != 0 && header.fileSize < expected))) {
        return fail(QObject::tr("“%1” is truncated: it is %2 bytes, but its header says %3. It may have been copied "
                                "incompletely; copy it again or restore a backup.")
                        .arg(name)
                        .arg(header.fileSize)
                        .arg(expected));
    }
    return header;
}

} // namespace rt

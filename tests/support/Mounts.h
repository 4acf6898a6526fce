#pragma once
// The machine's own ways of making a place read-only or small, for tests that
// need a file system to refuse: the immutable flag (honoured even for root,
// which ignores permission bits) and tmpfs mounts. Each says why when the
// machine does not allow it, so a test can fall back or skip out loud.

#include <QString>
#include <memory>

namespace rt::test {

// Sets or clears the immutable flag (chattr +i) on a file or folder.
bool setImmutable(const QString& path, bool on, QString* why = nullptr);

// Clears the flag again when it goes out of scope, even when a test fails.
class ImmutableGuard {
public:
    explicit ImmutableGuard(QString path);
    ~ImmutableGuard();
    ImmutableGuard(const ImmutableGuard&) = delete;
    ImmutableGuard& operator=(const ImmutableGuard&) = delete;
    bool active() const { return m_active; }
    const QString& why() const { return m_why; }

private:
    QString m_path;
    QString m_why;
    bool m_active = false;
};

// A tmpfs of a given size mounted on an existing folder; unmounted when it
// goes out of scope (lazily if something still holds a file in it).
class Tmpfs {
public:
    static std::unique_ptr<Tmpfs> mount(const QString& folder, qint64 bytes, QString* why = nullptr);
    ~Tmpfs();
    Tmpfs(const Tmpfs&) = delete;
    Tmpfs& operator=(const Tmpfs&) = delete;

    const QString& folder() const { return m_folder; }
    bool remountReadOnly(QString* why = nullptr);
    // Bytes still free.
    qint64 available() const;

private:
    explicit Tmpfs(QString folder);
    QString m_folder;
};

} // namespace rt::test

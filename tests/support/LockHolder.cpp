// A process that takes a Roundtable file's lock, says so, and waits to be
// killed: the stale-lock tests kill it with SIGKILL, as a crash would.

#include "storage/FileLock.h"

#include <QCoreApplication>
#include <cstdio>
#include <unistd.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    auto lock = rt::FileLock::acquire(QString::fromLocal8Bit(argv[1]));
    if (!lock) {
        std::fprintf(stdout, "refused\n");
        return 1;
    }
    std::fprintf(stdout, "locked\n");
    std::fflush(stdout);
    for (;;)
        ::pause();
}

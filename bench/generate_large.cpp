// roundtable-generate-large FILE: writes the large benchmark file
// (500 workshops, 20,000 people, 60,000 enrollments).

#include "LargeFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: roundtable-generate-large FILE\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    auto counts = rt::bench::generateLargeFile(QString::fromLocal8Bit(argv[1]));
    if (!counts) {
        std::fprintf(stderr, "%s\n", qPrintable(counts.error().message));
        return 1;
    }
    std::printf("%d workshops, %d people, %d enrollments, %d teams in %.1f s\n", counts->workshops, counts->people,
                counts->enrollments, counts->teams, timer.elapsed() / 1000.0);
    return 0;
}

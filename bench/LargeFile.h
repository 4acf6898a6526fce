#pragma once
// A large, realistic file for benchmarks: many workshops over the years, each
// with a roster of people who come back, and teams.

#include "common/Result.h"
#include "people/Person.h"

#include <QString>
#include <random>

namespace rt::bench {

struct LargeFileSpec {
    int workshops = 500;
    int people = 20000;
    int enrollments = 60000;
    quint32 seed = 20261123;
};

struct LargeFileCounts {
    int workshops = 0;
    int people = 0;
    int enrollments = 0;
    int teams = 0;
};

// A made-up person as the large file holds them; `index` keeps emails unique.
Person samplePerson(std::mt19937& rng, int index);

// Writes the file (which must not exist) through core's own rules.
Result<LargeFileCounts> generateLargeFile(const QString& path, const LargeFileSpec& spec = {});

} // namespace rt::bench

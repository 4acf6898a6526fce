#pragma once
// Stations for the concurrency tests: a workshop on the test server, and
// station processes (station_checkin) started together that check people in
// through core, each reporting what core said it saved.

#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace rt::test {

// A database of its own on the test server with one workshop of `people`
// enrolled people, and a second connection (this process's station).
struct Stage {
    ServerAddress address;
    std::unique_ptr<Database> db;
    Id workshop = 0;
    Id block = 0;
    std::vector<Id> people;
};
Stage stage(int people);

struct StationRun {
    int exitCode = -1;
    std::vector<Id> saved;   // in the order core reported them saved
    QStringList refused;     // "PERSON KIND MESSAGE"
    QString errors;          // standard error
};

// Starts one station per list at the same moment (each connects first and
// waits for the word) and returns what each reported once all have ended.
std::vector<StationRun> runStations(const ServerAddress& server, Id workshop, Id block,
                                    const std::vector<std::vector<Id>>& peoplePerStation);

// One number from the database (COUNT(*) and the like).
qint64 count(const Database& db, const QString& statement, const QVariantList& binds = {});

} // namespace rt::test

#pragma once
// Common set-ups for core tests: a fresh file, and a workshop with people.

#include "TestFiles.h"
#include "people/Person.h"
#include "storage/Database.h"
#include "workshops/Workshop.h"

#include <memory>

namespace rt::test {

// A new Roundtable file in the folder; fails the test if it cannot be made.
// When the run tests the server backend (TestServer.h), a new database on the
// test server instead: tests of what only files have are tagged [file].
std::unique_ptr<Database> newDatabase(const TempDir& dir, const QString& name = QStringLiteral("test.roundtable"));

// A workshop with the given number of places; returns its id.
Id addWorkshop(Database& db, int capacity = 20, const QString& title = QStringLiteral("Test workshop"));

Person makePerson(const QString& first, const QString& last, Role role, const QString& jurisdiction,
                  const QString& email = {});

// Adds a new person and enrolls them; returns the person's id.
Id enrollNew(Database& db, Id workshopId, const Person& person);

// Takes the value out of a Result, failing the test with its message.
template <class T>
T expectOk(std::expected<T, Error> result);
void expectOk(const Status& status);

} // namespace rt::test

#include "Fixtures.inl"

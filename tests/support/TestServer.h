#pragma once
// The PostgreSQL server the tests may use. scripts/test.sh starts a throwaway
// cluster and names it in ROUNDTABLE_TEST_SERVER (a superuser's URL); test
// programs registered a second time for the server backend run with
// ROUNDTABLE_TEST_BACKEND=server, and then newDatabase() gives each test a
// database of its own on that server instead of a file.

#include "storage/ServerAddress.h"

#include <optional>

namespace rt::test {

// The server named in ROUNDTABLE_TEST_SERVER, if any.
std::optional<ServerAddress> testServer();
// True when this run tests the server backend.
bool onServerBackend();
// A new database on the test server holding an up-to-date, empty Roundtable
// schema (copied from a template made once per schema version); it is
// dropped when the test program ends. Fails the test without a server.
ServerAddress newServerDatabase();
// A new database on the test server with nothing in it at all.
ServerAddress newEmptyServerDatabase();
// Drops every database this program made (the test main calls it last).
void dropServerDatabases();

} // namespace rt::test

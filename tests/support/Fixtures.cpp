#include "Fixtures.h"

#include "TestServer.h"

#include "people/Roster.h"
#include "workshops/Workshops.h"

namespace rt::test {

void expectOk(const Status& status)
{
    INFO((status ? std::string() : status.error().message.toStdString()));
    REQUIRE(status.has_value());
}

std::unique_ptr<Database> newDatabase(const TempDir& dir, const QString& name)
{
    if (onServerBackend())
        return expectOk(Database::openServer(newServerDatabase()));
    return expectOk(Database::create(dir.path(name)));
}

Id addWorkshop(Database& db, int capacity, const QString& title)
{
    Workshop w;
    w.title = title;
    w.startDate = QDate(2027, 3, 9);
    w.halfDays = 4;
    w.capacity = capacity;
    w.hostState = QStringLiteral("OR");
    return expectOk(workshops::create(db, w)).subject;
}

Person makePerson(const QString& first, const QString& last, Role role, const QString& jurisdiction, const QString& email)
{
    Person p;
    p.firstName = first;
    p.lastName = last;
    p.role = role;
    p.jurisdiction = jurisdiction;
    p.state = QStringLiteral("OR");
    p.email = email;
    return p;
}

Id enrollNew(Database& db, Id workshopId, const Person& person)
{
    return expectOk(roster::enrollNew(db, workshopId, person)).subject;
}

} // namespace rt::test

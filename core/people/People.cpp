#include "people/People.h"

#include "common/Text.h"
#include "people/PersonRows.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QObject>

#include <algorithm>
#include <QRegularExpression>

namespace rt {

QString jurisdictionKey(const QString& jurisdiction)
{
    static const QRegularExpression prefix(QStringLiteral(R"(^(city|town|village|county|borough|township) of )"));
    QString key = foldForSearch(jurisdiction);
    key.remove(prefix);
    return key;
}

namespace people {
namespace {

const QString kTable = QStringLiteral("people");
QVariantMap valuesOf(const Person& p)
{
    return {
        {QStringLiteral("first_name"), p.firstName},
        {QStringLiteral("last_name"), p.lastName},
        {QStringLiteral("role"), roleKey(p.role)},
        {QStringLiteral("role_other"), p.role == Role::Other ? p.roleOther : QString()},
        {QStringLiteral("jurisdiction"), p.jurisdiction},
        {QStringLiteral("state"), p.state},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("notes"), p.notes},
    };
}

} // namespace

Person normalized(Person p)
{
    const auto tidy = [](const QString& s) { return s.simplified(); };
    p.firstName = tidy(p.firstName);
    p.lastName = tidy(p.lastName);
    p.roleOther = tidy(p.roleOther);
    p.jurisdiction = tidy(p.jurisdiction);
    p.state = tidy(p.state);
    if (p.state.size() == 2)
        p.state = p.state.toUpper();
    p.email = p.email.trimmed();
    p.phone = tidy(p.phone);
    p.notes = p.notes.trimmed();
    return p;
}

Status validate(const Person& person)
{
    const Person p = normalized(person);
    if (p.lastName.isEmpty())
        return fail(QObject::tr("Enter the person's last name."));
    if (!p.email.isEmpty() && !looksLikeEmail(p.email))
        return fail(QObject::tr("“%1” does not look like an email address (name@example.org). Correct it, or leave "
                                "it empty.")
                        .arg(p.email));
    if (p.firstName.size() > 200 || p.lastName.size() > 200 || p.jurisdiction.size() > 200)
        return fail(QObject::tr("Names and jurisdictions are limited to 200 characters."));
    return ok();
}

Result<Person> get(const Database& db, Id id)
{
    auto q = sql::run(db.connection(), QStringLiteral("SELECT %1 FROM people WHERE id = ?").arg(personColumns()), {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QObject::tr("Person %1 is not in this file.").arg(id));
    Person p = personFrom(*q);
    q->finish();
    return p;
}

Result<std::vector<PersonListing>> directory(const Database& db)
{
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT %1, coalesce(e.n, 0) FROM people p "
                                     "LEFT JOIN (SELECT person_id, count(*) AS n FROM enrollments "
                                     "           WHERE status <> 'cancelled' GROUP BY person_id) e ON e.person_id = p.id "
                                     "ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id")
                          .arg(personColumns(QStringLiteral("p."))));
    if (!q)
        return std::unexpected(q.error());
    std::vector<std::pair<QString, PersonListing>> keyed;
    while (q->next()) {
        PersonListing listing{personFrom(*q), q->value(kPersonColumnCount).toInt()};
        keyed.emplace_back(listing.person.sortKey(), std::move(listing));
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<PersonListing> result;
    result.reserve(keyed.size());
    for (auto& [key, listing] : keyed)
        result.push_back(std::move(listing));
    return result;
}

Result<std::vector<PersonWorkshop>> workshopsOf(const Database& db, Id personId)
{
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT w.id, w.title, w.start_date, e.status FROM enrollments e "
                                     "JOIN workshops w ON w.id = e.workshop_id WHERE e.person_id = ? "
                                     "ORDER BY w.start_date DESC"),
                      {personId});
    if (!q)
        return std::unexpected(q.error());
    std::vector<PersonWorkshop> result;
    while (q->next())
        result.push_back(PersonWorkshop{q->value(0).toLongLong(), q->value(1).toString(),
                                        QDate::fromString(q->value(2).toString(), Qt::ISODate), q->value(3).toString()});
    return result;
}

Result<std::vector<DuplicateMatch>> likelyDuplicates(const Database& db, const Person& candidate)
{
    const Person c = normalized(candidate);
    if (c.email.isEmpty() && c.lastName.isEmpty())
        return std::vector<DuplicateMatch>{};
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT %1 FROM people WHERE id <> ? AND ((? <> '' AND email = ? COLLATE NOCASE) "
                                     "OR (? <> '' AND last_name = ? COLLATE NOCASE)) ORDER BY last_name, first_name LIMIT 200")
                          .arg(personColumns()),
                      {c.id, c.email, c.email, c.lastName, c.lastName});
    if (!q)
        return std::unexpected(q.error());
    const QString first = foldForSearch(c.firstName);
    const QString last = foldForSearch(c.lastName);
    const QString place = jurisdictionKey(c.jurisdiction);
    std::vector<DuplicateMatch> matches;
    while (q->next()) {
        Person p = personFrom(*q);
        if (!c.email.isEmpty() && p.email.compare(c.email, Qt::CaseInsensitive) == 0) {
            matches.push_back({std::move(p), QObject::tr("same email address")});
            continue;
        }
        const bool sameName = foldForSearch(p.lastName) == last && foldForSearch(p.firstName) == first;
        if (sameName && !place.isEmpty() && jurisdictionKey(p.jurisdiction) == place)
            matches.push_back({std::move(p), QObject::tr("same name and jurisdiction")});
    }
    return matches;
}

Result<std::vector<Person>> search(const Database& db, const QString& query, int limit)
{
    const QStringList words = searchWords(query);
    if (words.isEmpty())
        return std::vector<Person>{};
    // The database narrows by the longest word (ASCII case-insensitively);
    // folding then checks every word, accents included.
    QString longest;
    for (const QString& w : words)
        longest = w.size() > longest.size() ? w : longest;
    QString pattern = longest;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
    const bool ascii = std::all_of(longest.begin(), longest.end(), [](QChar c) { return c.unicode() < 128; });
    // Rows with any non-ASCII letter are always checked by folding, since
    // LIKE would not see "Vásquez" in "vasq".
    const QSqlDatabase& connection = db.connection();
    const QString where = ascii ? QStringLiteral("WHERE %1 OR %2")
                                      .arg(dialect::likeIgnoringCase(connection,
                                                                     QStringLiteral("first_name || ' ' || last_name || ' ' || "
                                                                                    "jurisdiction || ' ' || email"),
                                                                     QStringLiteral("'%' || CAST(? AS TEXT) || '%'")),
                                           dialect::hasNonAscii(connection, QStringLiteral("first_name || last_name || "
                                                                                           "jurisdiction || email")))
                                : QStringLiteral("WHERE CAST(? AS TEXT) IS NOT NULL");
    auto q = sql::run(connection,
                      QStringLiteral("SELECT %1 FROM people %2 ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE")
                          .arg(personColumns(), where),
                      {pattern});
    if (!q)
        return std::unexpected(q.error());
    std::vector<Person> found;
    while (q->next() && int(found.size()) < limit) {
        Person p = personFrom(*q);
        if (matchesAllWords(p.searchText(), words))
            found.push_back(std::move(p));
    }
    q->finish();
    return found;
}

Result<Id> insert(Writer& writer, const Person& person)
{
    if (auto status = validate(person); !status)
        return std::unexpected(status.error());
    QVariantMap values = valuesOf(normalized(person));
    if (!person.uuid.isEmpty())
        values.insert(QStringLiteral("uuid"), person.uuid);
    return writer.insert(kTable, values);
}

Result<ChangeSet> add(Database& db, const Person& person)
{
    if (auto status = validate(person); !status)
        return std::unexpected(status.error());
    return db.write(QObject::tr("Add %1").arg(normalized(person).fullName()), [&](Writer& w) -> Status {
        auto id = insert(w, person);
        if (!id)
            return std::unexpected(id.error());
        w.changes().subject = *id;
        return ok();
    });
}

Result<ChangeSet> update(Database& db, const Person& person)
{
    if (auto status = validate(person); !status)
        return std::unexpected(status.error());
    const Person p = normalized(person);
    return db.write(QObject::tr("Edit %1").arg(p.fullName()), [&](Writer& w) {
        w.changes().subject = p.id;
        return w.update(kTable, p.id, valuesOf(p));
    });
}

Result<ChangeSet> remove(Database& db, Id id)
{
    auto person = get(db, id);
    if (!person)
        return std::unexpected(person.error());
    return db.write(QObject::tr("Remove %1").arg(person->fullName()), [&](Writer& w) -> Status {
        auto enrolled = w.scalar(QStringLiteral("SELECT count(*) FROM enrollments WHERE person_id = ?"), {id});
        if (!enrolled)
            return std::unexpected(enrolled.error());
        if (enrolled->toInt() > 0)
            return fail(QObject::tr("%1 is on the roster of %n workshop(s), so the record stays (attendance and "
                                    "certificates refer to it). Cancel the registration instead.",
                                    nullptr, enrolled->toInt())
                            .arg(person->fullName()));
        w.changes().subject = id;
        return w.remove(kTable, id);
    });
}

} // namespace people
} // namespace rt

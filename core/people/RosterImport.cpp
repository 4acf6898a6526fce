#include "people/RosterImport.h"

#include "common/Text.h"
#include "people/People.h"
#include "people/PersonRows.h"
#include "people/Roster.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>
#include <QLocale>
#include <QObject>

namespace rt::rosterimport {
namespace {

// Folding for duplicate keys, with a quick path for plain ASCII (most
// registration lists), which needs no Unicode normalisation.
QString fold(const QString& text)
{
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (!ascii)
        return foldForSearch(text);
    return text.simplified().toLower();
}

// Lists repeat the same few jurisdictions; the key's regular expression runs once for each.
QString placeKey(const QString& jurisdiction)
{
    static thread_local QHash<QString, QString> cache;
    if (auto it = cache.constFind(jurisdiction); it != cache.cend())
        return *it;
    if (cache.size() > 50000)
        cache.clear();
    return *cache.insert(jurisdiction, jurisdictionKey(jurisdiction));
}

QString nameKey(const Person& p)
{
    const QString place = placeKey(p.jurisdiction);
    if (place.isEmpty() || p.lastName.isEmpty())
        return QString();
    return fold(p.firstName) + QChar(0x1F) + fold(p.lastName) + QChar(0x1F) + place;
}

QString emailKey(const Person& p)
{
    return p.email.toCaseFolded();
}

struct Limit {
    const QString Person::*value;
    const char* what; // translated below
    int characters;
};

// Longer values are refused with a reason rather than cut: a 5,000-character
// "last name" is a column mapped wrongly, not a name.
std::optional<QString> tooLong(const Person& p)
{
    static const Limit limits[] = {
        {&Person::firstName, QT_TRANSLATE_NOOP("QObject", "first name"), 200},
        {&Person::lastName, QT_TRANSLATE_NOOP("QObject", "last name"), 200},
        {&Person::jurisdiction, QT_TRANSLATE_NOOP("QObject", "jurisdiction"), 200},
        {&Person::roleOther, QT_TRANSLATE_NOOP("QObject", "job title"), 200},
        {&Person::email, QT_TRANSLATE_NOOP("QObject", "email"), 254},
        {&Person::state, QT_TRANSLATE_NOOP("QObject", "state"), 100},
        {&Person::phone, QT_TRANSLATE_NOOP("QObject", "phone"), 100},
        {&Person::notes, QT_TRANSLATE_NOOP("QObject", "notes"), 10000},
    };
    for (const Limit& limit : limits) {
        const qsizetype length = (p.*limit.value).size();
        if (length > limit.characters)
            return QObject::tr("the %1 is %2 characters long; the limit is %3")
                .arg(QObject::tr(limit.what), QLocale().toString(length), QLocale().toString(limit.characters));
    }
    return std::nullopt;
}

bool anyValue(const Person& p)
{
    return !(p.firstName.isEmpty() && p.lastName.isEmpty() && p.email.isEmpty() && p.jurisdiction.isEmpty()
             && p.roleOther.isEmpty() && p.state.isEmpty() && p.phone.isEmpty() && p.notes.isEmpty()
             && p.role == Role::Other);
}

struct Existing {
    std::vector<Person> people;
    QHash<QString, int> byEmail; // first person with the address
    QHash<QString, int> byName;  // first person with the name and jurisdiction
    QHash<Id, EnrollmentStatus> enrolled; // in this workshop
};

Result<Existing> loadExisting(const Database& db, Id workshopId)
{
    Existing existing;
    auto q = sql::run(db.connection(), QStringLiteral("SELECT %1 FROM people ORDER BY id").arg(people::personColumns()));
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        Person p = people::personFrom(*q);
        const int index = int(existing.people.size());
        // The first (oldest) person with a key is the one offered.
        if (const QString key = emailKey(p); !key.isEmpty() && !existing.byEmail.contains(key))
            existing.byEmail.insert(key, index);
        if (const QString key = nameKey(p); !key.isEmpty() && !existing.byName.contains(key))
            existing.byName.insert(key, index);
        existing.people.push_back(std::move(p));
    }
    q->finish();
    auto e = sql::run(db.connection(), QStringLiteral("SELECT person_id, status FROM enrollments WHERE workshop_id = ?"),
                      {workshopId});
    if (!e)
        return std::unexpected(e.error());
    while (e->next())
        existing.enrolled.insert(e->value(0).toLongLong(),
                                 enrollmentFromKey(e->value(1).toString()).value_or(EnrollmentStatus::Registered));
    e->finish();
    return existing;
}

} // namespace

bool PlannedRow::enrolls() const
{
    switch (outcome) {
    case Outcome::Add: return true;
    case Outcome::EnrollExisting: return choice != DuplicateChoice::Skip;
    case Outcome::DuplicateInFile: return choice == DuplicateChoice::AddNew;
    case Outcome::Skip: return false;
    }
    return false;
}

bool PlannedRow::addsPerson() const
{
    return outcome == Outcome::Add || (isDuplicate() && choice == DuplicateChoice::AddNew);
}

PlanCounts Plan::counts() const
{
    PlanCounts c;
    c.rows = int(rows.size());
    for (const PlannedRow& row : rows) {
        if (row.isDuplicate())
            ++c.duplicates;
        if (!row.enrolls()) {
            ++c.skipped;
            continue;
        }
        if (row.addsPerson())
            ++c.added;
        else
            ++c.enrolledExisting;
        if (row.waitlisted)
            ++c.waitlisted;
        else
            ++c.registered;
    }
    return c;
}

std::vector<int> Plan::duplicateIndexes() const
{
    std::vector<int> indexes;
    for (size_t i = 0; i < rows.size(); ++i)
        if (rows[i].isDuplicate())
            indexes.push_back(int(i));
    return indexes;
}

void Plan::choose(int rowIndex, DuplicateChoice choice)
{
    if (rowIndex < 0 || size_t(rowIndex) >= rows.size() || !rows[size_t(rowIndex)].isDuplicate())
        return;
    rows[size_t(rowIndex)].choice = choice;
    settle();
}

void Plan::settle()
{
    int placed = 0;
    for (PlannedRow& row : rows) {
        row.waitlisted = false;
        if (!row.enrolls())
            continue;
        if (placed < placesLeft)
            ++placed;
        else
            row.waitlisted = true;
    }
}

QStringList Plan::skippedLines() const
{
    QStringList lines;
    for (const PlannedRow& row : rows) {
        if (row.enrolls())
            continue;
        QString why = row.reason;
        if (row.outcome == Outcome::EnrollExisting)
            why = QObject::tr("%1 is already in the file (%2); skipped at review").arg(row.existing.fullName(), row.reason);
        else if (row.outcome == Outcome::DuplicateInFile)
            why = QObject::tr("the same person as line %1 (%2)").arg(row.sameAsLine).arg(row.reason);
        lines.append(QObject::tr("line %1: %2").arg(row.line).arg(why));
    }
    return lines;
}

QString Plan::summary() const
{
    const PlanCounts c = counts();
    QString text = QObject::tr("Rows read: %1. New people: %2. People already in the file: %3. Registered: %4. "
                               "On the waitlist: %5. Likely duplicates: %6. Skipped: %7.")
                       .arg(c.rows)
                       .arg(c.added)
                       .arg(c.enrolledExisting)
                       .arg(c.registered)
                       .arg(c.waitlisted)
                       .arg(c.duplicates)
                       .arg(c.skipped);
    if (c.waitlisted > 0)
        text += QLatin1Char(' ')
                + QObject::tr("“%1” has %2 places left of %3, so the last %4 go on the waitlist.")
                      .arg(workshopTitle)
                      .arg(placesLeft)
                      .arg(capacity)
                      .arg(c.waitlisted);
    return text;
}

Result<Plan> plan(const Database& db, Id workshopId, const io::Table& table, const Mapping& mapping)
{
    if (auto status = checkMapping(mapping, table.headers); !status)
        return std::unexpected(status.error());
    auto w = sql::run(db.connection(),
                      QStringLiteral("SELECT title, status, capacity, (SELECT count(*) FROM enrollments "
                                     "WHERE workshop_id = w.id AND status = 'registered') FROM workshops w WHERE id = ?"),
                      {workshopId});
    if (!w)
        return std::unexpected(w.error());
    if (!w->next())
        return fail(QObject::tr("Workshop %1 is not in this file.").arg(workshopId));
    Plan plan;
    plan.workshopId = workshopId;
    plan.workshopTitle = w->value(0).toString();
    const bool closed = w->value(1).toString() == QLatin1String("closed");
    plan.capacity = w->value(2).toInt();
    plan.placesLeft = std::max(0, plan.capacity - w->value(3).toInt());
    w->finish();
    if (closed)
        return fail(QObject::tr("“%1” is closed, so its roster is final. Set its status back to Live or Planned to "
                                "import people into it.")
                        .arg(plan.workshopTitle));
    plan.headers = table.headers;
    plan.mapping = mapping;

    auto existing = loadExisting(db, workshopId);
    if (!existing)
        return std::unexpected(existing.error());

    QHash<QString, int> fileEmails; // rows of this file to be imported, by key -> line
    QHash<QString, int> fileNames;
    QHash<Id, int> claimed; // people already in the file that an earlier row enrols -> its line
    plan.rows.reserve(table.rows.size());
    for (const io::TableRow& tableRow : table.rows) {
        PlannedRow row;
        row.line = tableRow.line;
        row.person = personFromRow(tableRow, mapping);
        const Person& p = row.person;
        const auto skip = [&](const QString& reason) {
            row.outcome = Outcome::Skip;
            row.reason = reason;
            plan.rows.push_back(std::move(row));
        };
        if (!anyValue(p)) {
            skip(QObject::tr("nothing in the imported columns"));
            continue;
        }
        if (auto reason = tooLong(p)) {
            skip(*reason);
            continue;
        }
        if (p.lastName.isEmpty()) {
            skip(QObject::tr("no last name"));
            continue;
        }
        if (!p.email.isEmpty() && !looksLikeEmail(p.email)) {
            skip(QObject::tr("email “%1” is not an email address").arg(p.email));
            continue;
        }
        const QString email = p.email.isEmpty() ? QString() : emailKey(p);
        const QString name = nameKey(p);

        // The same person twice in the file.
        if (int earlier = email.isEmpty() ? 0 : fileEmails.value(email); earlier) {
            row.outcome = Outcome::DuplicateInFile;
            row.reason = QObject::tr("same email address");
            row.sameAsLine = earlier;
            row.choice = DuplicateChoice::Skip;
        } else if (int earlierName = name.isEmpty() ? 0 : fileNames.value(name); earlierName) {
            row.outcome = Outcome::DuplicateInFile;
            row.reason = QObject::tr("same name and jurisdiction");
            row.sameAsLine = earlierName;
            row.choice = DuplicateChoice::Skip;
        } else {
            // Someone already in the file.
            int match = -1;
            if (!email.isEmpty())
                match = existing->byEmail.value(email, -1);
            if (match >= 0) {
                row.reason = QObject::tr("same email address");
            } else if (!name.isEmpty() && (match = existing->byName.value(name, -1)) >= 0) {
                row.reason = QObject::tr("same name and jurisdiction");
            }
            if (match >= 0) {
                row.existing = existing->people[size_t(match)];
                if (int earlier = claimed.value(row.existing.id); earlier) {
                    row.outcome = Outcome::DuplicateInFile;
                    row.sameAsLine = earlier;
                    row.choice = DuplicateChoice::Skip;
                    row.existing = Person();
                    plan.rows.push_back(std::move(row));
                    continue;
                }
                const auto status = existing->enrolled.constFind(row.existing.id);
                if (status != existing->enrolled.cend() && *status == EnrollmentStatus::Registered) {
                    skip(QObject::tr("%1 is already registered for this workshop").arg(row.existing.fullName()));
                    continue;
                }
                if (status != existing->enrolled.cend() && *status == EnrollmentStatus::Waitlisted) {
                    skip(QObject::tr("%1 is already on this workshop's waitlist").arg(row.existing.fullName()));
                    continue;
                }
                claimed.insert(row.existing.id, row.line);
                row.outcome = Outcome::EnrollExisting;
                row.choice = DuplicateChoice::EnrollExisting;
            }
        }
        if (!email.isEmpty() && !fileEmails.contains(email))
            fileEmails.insert(email, row.line);
        if (!name.isEmpty() && !fileNames.contains(name))
            fileNames.insert(name, row.line);
        plan.rows.push_back(std::move(row));
    }
    plan.settle();
    return plan;
}

QString cancelledMessage()
{
    return QObject::tr("The import was cancelled; nothing was written.");
}

} // namespace rt::rosterimport

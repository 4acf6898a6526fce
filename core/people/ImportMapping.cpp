#include "people/ImportMapping.h"

#include "io/Table.h"
#include "storage/Database.h"
#include "storage/FileSettings.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <algorithm>

namespace rt::rosterimport {
namespace {

// "E-mail Address", "email_address" and " EMAIL ADDRESS* " all become "emailaddress".
QString squeeze(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text.toCaseFolded())
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

struct Known {
    const char* header; // squeezed
    Field field;
    int rank; // lower wins when two columns name the same field ("Agency" over "City")
};

// The wording of the usual exports: Eventbrite ("Attendee first name"), Cvent
// ("Company Name", "Work Phone"), Google Forms ("What is your last name?"),
// and sign-up sheets ("Surname", "Mobile").
const std::vector<Known>& knownHeaders()
{
    static const std::vector<Known> known{
        {"first", Field::FirstName, 1}, {"firstname", Field::FirstName, 0}, {"givenname", Field::FirstName, 0},
        {"fname", Field::FirstName, 1}, {"forename", Field::FirstName, 0}, {"preferredfirstname", Field::FirstName, 2},
        {"last", Field::LastName, 1}, {"lastname", Field::LastName, 0}, {"surname", Field::LastName, 0},
        {"familyname", Field::LastName, 0}, {"lname", Field::LastName, 1},
        {"name", Field::FullName, 1}, {"fullname", Field::FullName, 0}, {"nameofattendee", Field::FullName, 1},
        {"email", Field::Email, 0}, {"emailaddress", Field::Email, 0}, {"mail", Field::Email, 2},
        {"emailaddr", Field::Email, 1}, {"workemail", Field::Email, 1}, {"businessemail", Field::Email, 1},
        {"jurisdiction", Field::Jurisdiction, 0}, {"organization", Field::Jurisdiction, 1},
        {"organisation", Field::Jurisdiction, 1}, {"organizationname", Field::Jurisdiction, 1}, {"org", Field::Jurisdiction, 2},
        {"agency", Field::Jurisdiction, 1}, {"agencyname", Field::Jurisdiction, 1}, {"municipality", Field::Jurisdiction, 1},
        {"company", Field::Jurisdiction, 2}, {"companyname", Field::Jurisdiction, 2}, {"employer", Field::Jurisdiction, 2},
        {"city", Field::Jurisdiction, 3}, {"cityname", Field::Jurisdiction, 3}, {"town", Field::Jurisdiction, 3},
        {"cityortown", Field::Jurisdiction, 3}, {"cityagency", Field::Jurisdiction, 1}, {"cityorganization", Field::Jurisdiction, 1},
        {"department", Field::Jurisdiction, 3}, {"county", Field::Jurisdiction, 4},
        {"title", Field::Title, 0}, {"jobtitle", Field::Title, 0}, {"position", Field::Title, 1},
        {"positiontitle", Field::Title, 0}, {"role", Field::Title, 1}, {"jobrole", Field::Title, 1}, {"rank", Field::Title, 2},
        {"state", Field::State, 0}, {"stateprovince", Field::State, 0}, {"province", Field::State, 1},
        {"stateprovincecode", Field::State, 0}, {"statecode", Field::State, 0}, {"st", Field::State, 2},
        {"phone", Field::Phone, 0}, {"phonenumber", Field::Phone, 0}, {"telephone", Field::Phone, 0}, {"tel", Field::Phone, 1},
        {"workphone", Field::Phone, 1}, {"businessphone", Field::Phone, 1}, {"officephone", Field::Phone, 1},
        {"mobile", Field::Phone, 2}, {"mobilephone", Field::Phone, 2}, {"mobilenumber", Field::Phone, 2},
        {"cell", Field::Phone, 2}, {"cellphone", Field::Phone, 2}, {"cellphonenumber", Field::Phone, 2},
        {"notes", Field::Notes, 0}, {"note", Field::Notes, 0}, {"comments", Field::Notes, 1}, {"comment", Field::Notes, 1},
        {"remarks", Field::Notes, 1},
    };
    return known;
}

// Words around the field's name that exports add: "Attendee", "Your",
// "What is your …?", "(required)".
const QStringList& prefixes()
{
    static const QStringList list{QStringLiteral("whatisyour"), QStringLiteral("pleaseenteryour"), QStringLiteral("your"),
                                  QStringLiteral("attendee"), QStringLiteral("attendees"), QStringLiteral("registrant"),
                                  QStringLiteral("participant"), QStringLiteral("participants"), QStringLiteral("contact"),
                                  QStringLiteral("primary"), QStringLiteral("buyer"), QStringLiteral("member")};
    return list;
}

const QStringList& suffixes()
{
    static const QStringList list{QStringLiteral("required"), QStringLiteral("optional")};
    return list;
}

std::optional<Known> lookup(const QString& header)
{
    static const QHash<QString, Known> table = [] {
        QHash<QString, Known> t;
        for (const Known& k : knownHeaders())
            t.insert(QString::fromLatin1(k.header), k);
        return t;
    }();
    QString key = squeeze(header);
    for (int round = 0; round < 3; ++round) {
        if (auto it = table.constFind(key); it != table.cend())
            return *it;
        bool changed = false;
        for (const QString& prefix : prefixes()) {
            if (key.startsWith(prefix) && key.size() > prefix.size()) {
                key = key.mid(prefix.size());
                changed = true;
                break;
            }
        }
        for (const QString& suffix : suffixes()) {
            if (key.endsWith(suffix) && key.size() > suffix.size()) {
                key.chop(suffix.size());
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    if (auto it = table.constFind(key); it != table.cend())
        return *it;
    return std::nullopt;
}

QString settingKey(const QStringList& headers)
{
    QStringList set;
    for (const QString& header : headers)
        set.append(squeeze(header));
    set.sort();
    const QByteArray digest = QCryptographicHash::hash(set.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("roster_import.mapping.") + QString::fromLatin1(digest.toHex());
}

const QSet<QString>& nameSuffixes()
{
    static const QSet<QString> set{QStringLiteral("jr"), QStringLiteral("sr"), QStringLiteral("ii"), QStringLiteral("iii"),
                                   QStringLiteral("iv"), QStringLiteral("phd"), QStringLiteral("md"), QStringLiteral("esq"),
                                   QStringLiteral("edd"), QStringLiteral("mpa"), QStringLiteral("jd")};
    return set;
}

const QSet<QString>& surnameParticles()
{
    static const QSet<QString> set{QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("de"), QStringLiteral("del"),
                                   QStringLiteral("della"), QStringLiteral("da"), QStringLiteral("di"), QStringLiteral("la"),
                                   QStringLiteral("le"), QStringLiteral("der"), QStringLiteral("den"), QStringLiteral("dos"),
                                   QStringLiteral("du"), QStringLiteral("st"), QStringLiteral("bin"), QStringLiteral("ibn")};
    return set;
}

bool isSuffix(const QString& word)
{
    return nameSuffixes().contains(squeeze(word));
}

} // namespace

const std::vector<Field>& allFields()
{
    static const std::vector<Field> fields{Field::Ignore, Field::FirstName, Field::LastName, Field::FullName, Field::Email,
                                           Field::Jurisdiction, Field::Title, Field::State, Field::Phone, Field::Notes};
    return fields;
}

QString fieldKey(Field field)
{
    switch (field) {
    case Field::Ignore: return QStringLiteral("ignore");
    case Field::FirstName: return QStringLiteral("first_name");
    case Field::LastName: return QStringLiteral("last_name");
    case Field::FullName: return QStringLiteral("full_name");
    case Field::Email: return QStringLiteral("email");
    case Field::Jurisdiction: return QStringLiteral("jurisdiction");
    case Field::Title: return QStringLiteral("title");
    case Field::State: return QStringLiteral("state");
    case Field::Phone: return QStringLiteral("phone");
    case Field::Notes: return QStringLiteral("notes");
    }
    return QStringLiteral("ignore");
}

std::optional<Field> fieldFromKey(const QString& key)
{
    for (Field field : allFields())
        if (fieldKey(field) == key)
            return field;
    return std::nullopt;
}

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::Ignore: return QObject::tr("Don't import");
    case Field::FirstName: return QObject::tr("First name");
    case Field::LastName: return QObject::tr("Last name");
    case Field::FullName: return QObject::tr("Full name (split into first and last)");
    case Field::Email: return QObject::tr("Email");
    case Field::Jurisdiction: return QObject::tr("Jurisdiction or organisation");
    case Field::Title: return QObject::tr("Job title or role");
    case Field::State: return QObject::tr("State");
    case Field::Phone: return QObject::tr("Phone");
    case Field::Notes: return QObject::tr("Notes");
    }
    return QString();
}

Field recognise(const QString& header)
{
    auto known = lookup(header);
    return known ? known->field : Field::Ignore;
}

Mapping recognisedMapping(const QStringList& headers)
{
    Mapping mapping(size_t(headers.size()), Field::Ignore);
    QHash<int, std::pair<int, int>> best; // field -> (rank, column)
    for (int column = 0; column < headers.size(); ++column) {
        auto known = lookup(headers.at(column));
        if (!known)
            continue;
        const int field = int(known->field);
        if (auto it = best.find(field); it == best.end() || known->rank < it->first)
            best.insert(field, {known->rank, column});
    }
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        mapping[size_t(it->second)] = Field(it.key());
    // A full name only when the file has no first and last name columns.
    const bool split = std::ranges::find(mapping, Field::LastName) != mapping.end();
    if (split)
        std::ranges::replace(mapping, Field::FullName, Field::Ignore);
    return mapping;
}

Result<SuggestedMapping> suggestMapping(const Database& db, const QStringList& headers)
{
    auto saved = filesettings::value(db.connection(), settingKey(headers));
    if (!saved)
        return std::unexpected(saved.error());
    if (*saved) {
        const QJsonArray columns = QJsonDocument::fromJson(saved->value().toUtf8()).array();
        QHash<QString, QStringList> fieldsByHeader; // squeezed header -> fields in column order
        for (const QJsonValue& column : columns) {
            const QJsonObject object = column.toObject();
            fieldsByHeader[squeeze(object.value(QStringLiteral("header")).toString())].append(
                object.value(QStringLiteral("field")).toString());
        }
        Mapping mapping;
        bool complete = true;
        for (const QString& header : headers) {
            QStringList& fields = fieldsByHeader[squeeze(header)];
            auto field = fields.isEmpty() ? std::nullopt : fieldFromKey(fields.takeFirst());
            complete = complete && field.has_value();
            mapping.push_back(field.value_or(Field::Ignore));
        }
        if (complete)
            return SuggestedMapping{std::move(mapping), true};
    }
    return SuggestedMapping{recognisedMapping(headers), false};
}

Status rememberMapping(Writer& writer, const QStringList& headers, const Mapping& mapping)
{
    QJsonArray columns;
    for (qsizetype i = 0; i < headers.size(); ++i)
        columns.append(QJsonObject{{QStringLiteral("header"), headers.at(i)},
                                   {QStringLiteral("field"), fieldKey(size_t(i) < mapping.size() ? mapping[size_t(i)] : Field::Ignore)}});
    return filesettings::set(writer, settingKey(headers), QString::fromUtf8(QJsonDocument(columns).toJson(QJsonDocument::Compact)));
}

Status checkMapping(const Mapping& mapping, const QStringList& headers)
{
    if (mapping.size() != size_t(headers.size()))
        return fail(QObject::tr("The mapping has %1 columns but the file has %2.").arg(mapping.size()).arg(headers.size()));
    for (Field field : allFields()) {
        if (field == Field::Ignore)
            continue;
        QStringList columns;
        for (size_t i = 0; i < mapping.size(); ++i)
            if (mapping[i] == field)
                columns.append(QStringLiteral("“%1”").arg(headers.at(qsizetype(i))));
        if (columns.size() > 1)
            return fail(QObject::tr("%1 are all mapped to %2. Map one column to it and set the others to “%3”.")
                            .arg(columns.join(QStringLiteral(", ")), fieldLabel(field), fieldLabel(Field::Ignore)));
    }
    const auto has = [&](Field f) { return std::ranges::find(mapping, f) != mapping.end(); };
    if (!has(Field::LastName) && !has(Field::FullName))
        return fail(QObject::tr("No column is mapped to the last name. Map the column holding last names to “%1”, or a "
                                "column holding whole names to “%2”.")
                        .arg(fieldLabel(Field::LastName), fieldLabel(Field::FullName)));
    return ok();
}

NameParts splitFullName(const QString& fullName)
{
    const QString name = fullName.simplified();
    if (name.isEmpty())
        return {};
    const qsizetype comma = name.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        const QString before = name.left(comma).trimmed();
        const QString after = name.mid(comma + 1).trimmed();
        // "Dana Whitfield, Jr." is not "Last, First".
        if (!after.isEmpty() && !isSuffix(after.split(QLatin1Char(' ')).first())) {
            return {after, before};
        }
        NameParts parts = splitFullName(before);
        if (!after.isEmpty())
            parts.last += QStringLiteral(", ") + after;
        return parts;
    }
    QStringList words = name.split(QLatin1Char(' '));
    if (words.size() == 1)
        return {QString(), words.first()};
    qsizetype lastStart = words.size() - 1;
    if (isSuffix(words.last()) && words.size() > 2)
        --lastStart;
    while (lastStart > 1 && surnameParticles().contains(squeeze(words.at(lastStart - 1))))
        --lastStart;
    return {words.mid(0, lastStart).join(QLatin1Char(' ')), words.mid(lastStart).join(QLatin1Char(' '))};
}

RoleFromTitle roleFromTitle(const QString& title)
{
    const QString trimmed = title.trimmed();
    QString key = QLatin1Char(' ') + trimmed.toCaseFolded() + QLatin1Char(' ');
    for (QChar& c : key)
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    key = key.simplified();
    static const QHash<QString, QString> words{{QStringLiteral("asst"), QStringLiteral("assistant")},
                                                {QStringLiteral("ast"), QStringLiteral("assistant")},
                                                {QStringLiteral("dir"), QStringLiteral("director")},
                                                {QStringLiteral("mgr"), QStringLiteral("manager")},
                                                {QStringLiteral("pd"), QStringLiteral("police")},
                                                {QStringLiteral("the"), QString()}};
    QStringList parts = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& part : parts)
        part = words.value(part, part);
    parts.removeAll(QString());
    // "Interim City Manager" holds the role all the same.
    while (!parts.isEmpty() && (parts.first() == QLatin1String("interim") || parts.first() == QLatin1String("acting")))
        parts.removeFirst();
    key = parts.join(QLatin1Char(' '));
    static const QHash<QString, Role> roles{
        {QStringLiteral("city manager"), Role::CityManager}, {QStringLiteral("town manager"), Role::CityManager},
        {QStringLiteral("village manager"), Role::CityManager}, {QStringLiteral("borough manager"), Role::CityManager},
        {QStringLiteral("city administrator"), Role::CityManager}, {QStringLiteral("town administrator"), Role::CityManager},
        {QStringLiteral("assistant city manager"), Role::AssistantCityManager},
        {QStringLiteral("assistant town manager"), Role::AssistantCityManager},
        {QStringLiteral("assistant village manager"), Role::AssistantCityManager},
        {QStringLiteral("assistant city administrator"), Role::AssistantCityManager},
        {QStringLiteral("chief of police"), Role::PoliceChief}, {QStringLiteral("police chief"), Role::PoliceChief},
        {QStringLiteral("chief of police department"), Role::PoliceChief},
        {QStringLiteral("fire chief"), Role::FireChief}, {QStringLiteral("chief of fire"), Role::FireChief},
        {QStringLiteral("chief of fire department"), Role::FireChief},
        {QStringLiteral("fire rescue chief"), Role::FireChief},
        {QStringLiteral("director of public safety"), Role::PublicSafetyDirector},
        {QStringLiteral("public safety director"), Role::PublicSafetyDirector},
    };
    if (auto it = roles.constFind(key); it != roles.cend())
        return {*it, QString()};
    return {Role::Other, trimmed};
}

Person personFromRow(const io::TableRow& row, const Mapping& mapping)
{
    Person person;
    QString fullName;
    for (size_t column = 0; column < mapping.size(); ++column) {
        if (mapping[column] == Field::Ignore || qsizetype(column) >= row.cells.size())
            continue;
        const QString value = row.cells.at(qsizetype(column)).trimmed();
        switch (mapping[column]) {
        case Field::Ignore: break;
        case Field::FirstName: person.firstName = value; break;
        case Field::LastName: person.lastName = value; break;
        case Field::FullName: fullName = value; break;
        case Field::Email: person.email = value; break;
        case Field::Jurisdiction: person.jurisdiction = value; break;
        case Field::Title: {
            const RoleFromTitle role = roleFromTitle(value);
            person.role = role.role;
            person.roleOther = role.other;
            break;
        }
        case Field::State: person.state = value; break;
        case Field::Phone: person.phone = value; break;
        case Field::Notes: person.notes = value; break;
        }
    }
    if (!fullName.isEmpty() && person.firstName.isEmpty() && person.lastName.isEmpty()) {
        const NameParts parts = splitFullName(fullName);
        person.firstName = parts.first;
        person.lastName = parts.last;
    }
    return person;
}

} // namespace rt::rosterimport

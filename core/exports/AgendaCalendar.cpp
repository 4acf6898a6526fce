#include "exports/AgendaCalendar.h"

#include "common/Clock.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSaveFile>

namespace rt::exports {
namespace {

constexpr qsizetype kFoldOctets = 75;

// Floating local time (no Z, no TZID): the workshop happens at the venue's
// clock, and a calendar anywhere shows 08:30 as 08:30, which is what a
// participant travelling to it needs. `minute` may pass midnight.
QString floating(QDate date, int minute)
{
    const QDate day = date.addDays(minute / (24 * 60));
    const int m = minute % (24 * 60);
    return day.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') + QTime(m / 60, m % 60).toString(QStringLiteral("HHmmss"));
}

bool isUtf8Continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

QString icsText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    const QString unified = QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    for (const QChar c : unified) {
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case ';': out += QLatin1String("\\;"); break;
        case ',': out += QLatin1String("\\,"); break;
        case '\n':
        case '\r':
        case QChar::LineSeparator:
        case QChar::ParagraphSeparator: out += QLatin1String("\\n"); break;
        default:
            // Other control characters are not allowed in TEXT; tabs are.
            if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
                break;
            if (c.unicode() == 0x7f)
                break;
            out += c;
        }
    }
    return out;
}

QByteArray icsLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    qsizetype at = 0;
    // The first physical line holds 75 octets; each continuation starts with
    // a space, leaving 74.
    qsizetype room = kFoldOctets;
    while (bytes.size() - at > room) {
        qsizetype cut = at + room;
        while (cut > at && isUtf8Continuation(bytes[cut]))
            --cut;
        if (cut == at) // not UTF-8 after all: cut anywhere rather than loop
            cut = at + room;
        out += bytes.mid(at, cut - at);
        out += "\r\n ";
        at = cut;
        room = kFoldOctets - 1;
    }
    out += bytes.mid(at);
    out += "\r\n";
    return out;
}

QByteArray agendaIcs(const AgendaDocument& doc)
{
    QByteArray out;
    const auto add = [&](const QString& name, const QString& value) { out += icsLine(name + QLatin1Char(':') + value); };
    const QString stamp = currentUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    add(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    add(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    add(QStringLiteral("PRODID"), QStringLiteral("-//Roundtable//Workshop agenda//EN"));
    add(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    add(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    add(QStringLiteral("X-WR-CALNAME"), icsText(doc.workshop.title));
    for (const AgendaDay& day : doc.days) {
        for (size_t i = 0; i < day.items.size(); ++i) {
            const AgendaItem& item = day.items[i];
            const ScheduledItem& when = day.schedule.items[i];
            QStringList description;
            if (!item.module.isEmpty())
                description << QObject::tr("Module: %1").arg(item.module);
            if (!item.presenterName.isEmpty())
                description << QObject::tr("Presenter: %1").arg(item.presenterName);
            if (!item.prompt.isEmpty())
                description << QObject::tr("For discussion: %1").arg(item.prompt);
            add(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
            // Rows made before UUIDs were read still get a UID that is stable in this file.
            add(QStringLiteral("UID"), icsText(item.uuid.isEmpty() ? QStringLiteral("item-%1").arg(item.id) : item.uuid)
                                           + QStringLiteral("@roundtable"));
            add(QStringLiteral("DTSTAMP"), stamp);
            add(QStringLiteral("DTSTART"), floating(day.date, when.startMinute));
            add(QStringLiteral("DTEND"), floating(day.date, when.endMinute));
            add(QStringLiteral("SUMMARY"), icsText(item.title));
            if (!doc.venueLabel().isEmpty())
                add(QStringLiteral("LOCATION"), icsText(doc.venueLabel()));
            if (!description.isEmpty())
                add(QStringLiteral("DESCRIPTION"), icsText(description.join(QLatin1Char('\n'))));
            add(QStringLiteral("CATEGORIES"), icsText(agendaKindLabel(item.kind)));
            // Breaks and meals do not make anyone look busy.
            add(QStringLiteral("TRANSP"), isPause(item.kind) ? QStringLiteral("TRANSPARENT") : QStringLiteral("OPAQUE"));
            add(QStringLiteral("END"), QStringLiteral("VEVENT"));
        }
    }
    add(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return out;
}

Status writeAgendaIcs(const AgendaDocument& doc, const QString& path)
{
    if (auto s = doc.requireItems(); !s)
        return s;
    if (path.trimmed().isEmpty())
        return fail(QObject::tr("Say where to save the calendar file."));
    const QString native = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return fail(QObject::tr("%1 is a folder. Give the name of the calendar file to write in it.").arg(native));
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir())
        return fail(QObject::tr("The folder %1 does not exist. Choose another folder, or create this one first.")
                        .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QObject::tr("Could not write %1: %2").arg(native, file.errorString()));
    const QByteArray bytes = agendaIcs(doc);
    // flush() first: commit() misses an error in writing out buffered bytes.
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit())
        return fail(QObject::tr("Could not save %1: %2").arg(native, file.errorString()));
    return ok();
}

} // namespace rt::exports

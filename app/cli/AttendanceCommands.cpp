// Commands about attendance: blocks, checkin, attendance. A door laptop
// without the app (or a script) checks people in with the same rules.

#include "Cli.h"

#include "attendance/Attendance.h"
#include "attendance/AttendanceSheet.h"
#include "storage/Database.h"
#include "workshops/Workshops.h"

#include <QObject>
#include <QRegularExpression>

namespace rt::cli {
namespace {

QString blockNames(const std::vector<AttendanceBlock>& list)
{
    QStringList names;
    for (const AttendanceBlock& b : list)
        names << b.name();
    return names.join(QLatin1String(", "));
}

// The block --block names; prints what to do when it names none.
std::optional<AttendanceBlock> blockOption(const Context& c, const std::vector<AttendanceBlock>& list)
{
    const QString wanted = c.parser.value(QStringLiteral("block"));
    if (auto block = attendance::findBlock(list, wanted))
        return block;
    c.io.err << QObject::tr("There is no block “%1” in this workshop. Name one of: %2 (or give its number, as “blocks” lists it).")
                    .arg(wanted, blockNames(list))
             << Qt::endl;
    return std::nullopt;
}

bool hasBlocks(const Context& c, const std::vector<AttendanceBlock>& list, const QString& title)
{
    if (!list.empty())
        return true;
    c.io.err << QObject::tr("“%1” has no attendance blocks, so there is nothing to check in to. Give it its mornings and "
                            "afternoons first.")
                    .arg(title)
             << Qt::endl;
    return false;
}

int usageError(const Context& c, const QString& message)
{
    c.io.err << message << Qt::endl;
    return Usage;
}

// "09:10" or "9:10".
QTime timeOption(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = pattern.match(text.trimmed());
    return m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt()) : QTime();
}

int blocksCommand(const Context& c)
{
    auto [db, workshopId, status] = c.openWorkshop();
    if (status != Success)
        return status;
    auto sheet = attendance::sheet(*db, *workshopId);
    if (!sheet)
        return c.fail(sheet.error().message);
    qsizetype width = 0;
    for (const AttendanceBlock& b : sheet->blocks)
        width = std::max(width, b.name().size());
    for (const AttendanceBlock& b : sheet->blocks)
        c.io.out << QStringLiteral("%1  %2  %3  %4–%5  %6\n")
                        .arg(b.id, 5)
                        .arg(b.name(), -int(width))
                        .arg(b.date(sheet->workshop).toString(Qt::ISODate), blocks::timeKey(b.starts), blocks::timeKey(b.ends),
                             blocks::hoursLabel(b.creditHours));
    c.io.out << QObject::tr("%1 offered · %2 needed for a certificate")
                    .arg(blocks::hoursLabel(sheet->offeredHours), blocks::hoursLabel(sheet->hoursNeeded()))
             << Qt::endl;
    return Success;
}

int checkinCommand(const Context& c)
{
    const QCommandLineParser& p = c.parser;
    auto db = c.open();
    if (!db)
        return Problem;
    const auto workshopId = c.rowOption(*db, QStringLiteral("workshop"), QStringLiteral("workshops"));
    const auto personId = workshopId ? c.rowOption(*db, QStringLiteral("person"), QStringLiteral("people")) : std::nullopt;
    if (!workshopId || !personId)
        return Usage;
    auto workshop = workshops::get(*db, *workshopId);
    if (!workshop)
        return c.fail(workshop.error().message);
    auto list = attendance::blocksOf(*db, *workshopId);
    if (!list)
        return c.fail(list.error().message);
    if (!hasBlocks(c, *list, workshop->title))
        return Problem;

    // Checked before anything is written, so a typo changes nothing.
    const QString statusText = p.isSet(QStringLiteral("status")) ? p.value(QStringLiteral("status")) : QStringLiteral("present");
    const bool clear = statusText.trimmed().compare(QLatin1String("clear"), Qt::CaseInsensitive) == 0;
    // One plain value after the check: the optimiser cannot follow an optional
    // that a clear never reads, and warns.
    AttendanceStatus status = AttendanceStatus::Present;
    if (!clear) {
        const auto parsed = attendanceFromText(statusText);
        if (!parsed)
            return usageError(c, QObject::tr("--status: say present, late, left-early, excused, absent or clear, not “%1”.").arg(statusText));
        status = *parsed;
    }
    QTime at;
    if (p.isSet(QStringLiteral("time"))) {
        if (clear || !statusHasTime(status))
            return usageError(c, QObject::tr("--time goes with --status late or left-early: the time they came or went."));
        at = timeOption(p.value(QStringLiteral("time")));
        if (!at.isValid())
            return usageError(c, QObject::tr("--time: give the time as HH:MM, such as 09:10, not “%1”.").arg(p.value(QStringLiteral("time"))));
    } else if (!clear && statusHasTime(status)) {
        const QTime now = QTime::currentTime();
        at = QTime(now.hour(), now.minute());
    }

    std::optional<AttendanceBlock> block;
    if (p.isSet(QStringLiteral("block"))) {
        block = blockOption(c, *list);
        if (!block)
            return Usage;
    } else {
        block = (*list)[size_t(attendance::currentBlockIndex(*list, *workshop, QDateTime::currentDateTime()))];
    }

    const auto result = clear ? attendance::clearMark(*db, *workshopId, *personId, block->id)
                              : attendance::mark(*db, *workshopId, *personId, block->id, status, at);
    if (!result)
        return c.fail(result.error().message);
    c.io.out << result->description;
    if (!result->notice.isEmpty())
        c.io.out << ". " << result->notice;
    c.io.out << Qt::endl;
    return Success;
}

// One letter per status, so that a two-day grid fits a terminal.
QString code(const std::optional<AttendanceMark>& mark)
{
    if (!mark)
        return QStringLiteral("-");
    switch (mark->status) {
    case AttendanceStatus::Present: return QObject::tr("P");
    case AttendanceStatus::Late: return QObject::tr("L");
    case AttendanceStatus::LeftEarly: return QObject::tr("E");
    case AttendanceStatus::Excused: return QObject::tr("X");
    case AttendanceStatus::Absent: return QObject::tr("A");
    }
    return {};
}

QString fullText(const std::optional<AttendanceMark>& mark)
{
    if (!mark)
        return QStringLiteral("-");
    QString text = attendanceLabel(mark->status);
    if (statusHasTime(mark->status))
        text += QLatin1Char(' ') + blocks::timeKey(mark->at);
    return text;
}

int attendanceCommand(const Context& c)
{
    auto [db, workshopId, status] = c.openWorkshop();
    if (status != Success)
        return status;
    auto sheet = attendance::sheet(*db, *workshopId);
    if (!sheet)
        return c.fail(sheet.error().message);
    const AttendanceSheet& s = *sheet;

    // All blocks as numbered one-letter columns, or one block in words.
    std::vector<size_t> shown;
    if (c.parser.isSet(QStringLiteral("block"))) {
        const auto block = blockOption(c, s.blocks);
        if (!block)
            return Usage;
        for (size_t i = 0; i < s.blocks.size(); ++i) {
            if (s.blocks[i].id == block->id)
                shown.push_back(i);
        }
    } else {
        for (size_t i = 0; i < s.blocks.size(); ++i)
            shown.push_back(i);
    }
    const bool oneBlock = c.parser.isSet(QStringLiteral("block"));

    c.io.out << s.workshop.title << " · " << s.workshop.datesLabel() << "\n";
    if (!oneBlock) {
        for (size_t i : shown)
            c.io.out << QStringLiteral("%1  %2 · %3\n").arg(i + 1, 3).arg(s.blocks[i].longName(), blocks::hoursLabel(s.blocks[i].creditHours));
        c.io.out << QObject::tr("P present · L late · E left early · X excused · A absent · - not marked") << "\n";
    }
    c.io.out << "\n";

    qsizetype nameWidth = QObject::tr("Attended").size();
    for (const AttendanceRow& r : s.rows)
        nameWidth = std::max(nameWidth, r.entry.person.sortName().size());
    std::vector<QString> headers;
    std::vector<qsizetype> widths;
    for (size_t i : shown) {
        QString header = oneBlock ? s.blocks[i].name() : QString::number(i + 1);
        qsizetype width = std::max<qsizetype>(header.size(), 3);
        for (const AttendanceRow& r : s.rows)
            width = std::max(width, (oneBlock ? fullText(r.marks[i]) : code(r.marks[i])).size());
        headers.push_back(header);
        widths.push_back(width);
    }
    const QString hoursHeader = QObject::tr("Hours");
    const qsizetype hoursWidth = std::max<qsizetype>(hoursHeader.size(), 7);

    QString line = QStringLiteral("%1").arg(QObject::tr("Name"), -int(nameWidth));
    for (size_t k = 0; k < shown.size(); ++k)
        line += QStringLiteral("  %1").arg(headers[k], -int(widths[k]));
    line += QStringLiteral("  %1  %2").arg(hoursHeader, int(hoursWidth)).arg(QObject::tr("Certificate"));
    c.io.out << line.trimmed() << "\n";
    for (const AttendanceRow& r : s.rows) {
        line = QStringLiteral("%1").arg(r.entry.person.sortName(), -int(nameWidth));
        for (size_t k = 0; k < shown.size(); ++k)
            line += QStringLiteral("  %1").arg(oneBlock ? fullText(r.marks[shown[k]]) : code(r.marks[shown[k]]), -int(widths[k]));
        line += QStringLiteral("  %1  %2").arg(blocks::hoursLabel(r.hours), int(hoursWidth)).arg(r.qualifies ? QObject::tr("yes") : QString());
        c.io.out << line.trimmed() << "\n";
    }
    line = QStringLiteral("%1").arg(QObject::tr("Attended"), -int(nameWidth));
    for (size_t k = 0; k < shown.size(); ++k)
        line += QStringLiteral("  %1").arg(s.attendedIn(shown[k]), -int(widths[k]));
    c.io.out << line.trimmed() << "\n\n";

    for (size_t i : shown)
        c.io.out << QObject::tr("%1: %2 attended, %3 not yet marked")
                        .arg(s.blocks[i].name())
                        .arg(s.attendedIn(i))
                        .arg(int(s.rows.size()) - s.markedIn(i))
                 << "\n";
    c.io.out << QObject::tr("%1 offered · %2 needed for a certificate")
                    .arg(blocks::hoursLabel(s.offeredHours), blocks::hoursLabel(s.hoursNeeded()))
             << "\n";
    QStringList qualifying;
    for (const AttendanceRow& r : s.rows) {
        if (r.qualifies)
            qualifying << r.entry.person.fullName();
    }
    c.io.out << QObject::tr("Qualify for a certificate: %1 of %2").arg(qualifying.size()).arg(s.rows.size());
    if (!qualifying.isEmpty())
        c.io.out << " (" << qualifying.join(QLatin1String(", ")) << ")";
    c.io.out << Qt::endl;
    return Success;
}

} // namespace

std::vector<Command> attendanceCommands()
{
    const QCommandLineOption workshop = workshopOption();
    const QCommandLineOption person = valueOption("person", "The person’s number, as “people” lists it, or their UUID.", "ID");
    const QCommandLineOption block = valueOption("block", "A block by its name (“Day 2 Afternoon”) or number; without it, the "
                                                          "block the clock is in.", "LABEL");
    return {
        {QStringLiteral("blocks"), QObject::tr("List a workshop's attendance blocks and their credit hours."), {workshop}, blocksCommand},
        {QStringLiteral("checkin"), QObject::tr("Check someone in to a block, or mark them late, excused, absent…"),
         {workshop, person, block,
          valueOption("status", "present (the default), late, left-early, excused, absent, or clear to remove the mark.", "STATUS"),
          valueOption("time", "When a late arrival came or an early leaver went (HH:MM); the current time if not given.", "HH:MM")},
         checkinCommand},
        {QStringLiteral("attendance"), QObject::tr("Show a workshop's attendance, hours and who earns a certificate."),
         {workshop, valueOption("block", "Only this block, with times.", "LABEL")}, attendanceCommand},
    };
}

} // namespace rt::cli

#include "exports/AttendanceSpreadsheet.h"

#include "storage/FilePlacement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

namespace rt::exports {
namespace {

// One cell of the record: text, or a number that stays a number in XLSX.
struct Cell {
    QString text;
    std::optional<double> number;
};
using Row = std::vector<Cell>;

Cell textCell(QString text)
{
    return Cell{std::move(text), std::nullopt};
}

// Quarter hours and counts without trailing zeros: "3.5", "7", "5.25".
QString numberText(double value)
{
    QString text = QString::number(value, 'f', 2);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

Cell numberCell(double value)
{
    return Cell{numberText(value), value};
}

QString markText(const std::optional<AttendanceMark>& mark)
{
    if (!mark)
        return {};
    QString text = attendanceLabel(mark->status);
    if (statusHasTime(mark->status) && mark->at.isValid())
        text += QLatin1Char(' ') + blocks::timeKey(mark->at);
    return text;
}

// Header, one row per registered person, and the totals row, as both formats
// write them. Columns: seven about the person, one per block, hours, certificate.
struct Table {
    Row header;
    std::vector<Row> people;
    Row totals;
    size_t hoursColumn = 0;
};

constexpr size_t kPersonColumns = 7;

Table tableOf(const AttendanceSheet& sheet)
{
    Table t;
    t.header = {textCell(QObject::tr("Last name")), textCell(QObject::tr("First name")), textCell(QObject::tr("Jurisdiction")),
                textCell(QObject::tr("State")),     textCell(QObject::tr("Role")),       textCell(QObject::tr("Team")),
                textCell(QObject::tr("Email"))};
    for (const AttendanceBlock& b : sheet.blocks)
        t.header.push_back(textCell(b.name()));
    t.hoursColumn = t.header.size();
    t.header.push_back(textCell(QObject::tr("Hours")));
    t.header.push_back(textCell(QObject::tr("Certificate")));

    double totalHours = 0;
    for (const AttendanceRow& r : sheet.rows) {
        const Person& p = r.entry.person;
        Row row{textCell(p.lastName), textCell(p.firstName), textCell(p.jurisdiction), textCell(p.state),
                textCell(p.roleText()), textCell(r.entry.teamName), textCell(p.email)};
        for (const std::optional<AttendanceMark>& m : r.marks)
            row.push_back(textCell(markText(m)));
        row.push_back(numberCell(r.hours));
        row.push_back(textCell(r.qualifies ? QObject::tr("Yes") : QObject::tr("No")));
        t.people.push_back(std::move(row));
        totalHours += r.hours;
    }

    t.totals.assign(kPersonColumns, Cell{});
    t.totals[0] = textCell(QObject::tr("Total"));
    for (size_t i = 0; i < sheet.blocks.size(); ++i)
        t.totals.push_back(numberCell(sheet.attendedIn(i)));
    t.totals.push_back(numberCell(totalHours));
    t.totals.push_back(numberCell(sheet.qualifying()));
    return t;
}

QString display(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// The reasons a spreadsheet cannot go where asked that are worth saying plainly.
Status checkTarget(const QString& path, const QString& example)
{
    const QFileInfo info(path);
    if (info.isDir())
        return fail(QObject::tr("“%1” is a folder. Give the spreadsheet a file name in it, such as %2.")
                        .arg(display(path), example));
    if (!info.absoluteDir().exists())
        return fail(QObject::tr("The folder “%1” does not exist. Choose a folder that does, or create it first.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    return ok();
}

QString couldNotWrite(const QString& path, const QString& reason)
{
    return QObject::tr("Could not write “%1”: %2. Check that you may write to that folder and that the disk has room, "
                       "or choose another place.")
        .arg(display(path), reason);
}

// CSV ---------------------------------------------------------------------

// Text starting with one of these is a formula (or may become one) to a
// spreadsheet; a leading apostrophe makes it plain text there.
bool looksLikeFormula(const QString& text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
        || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QByteArray csvField(const Cell& cell)
{
    QString text = cell.text;
    if (!cell.number && looksLikeFormula(text))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text.toUtf8();
}

void appendCsvRow(QByteArray& out, const Row& row)
{
    for (size_t i = 0; i < row.size(); ++i) {
        if (i > 0)
            out += ',';
        out += csvField(row[i]);
    }
    out += "\r\n";
}

// XLSX --------------------------------------------------------------------

// Writes cells and remembers the first thing that went wrong, with where.
class SheetWriter {
public:
    SheetWriter(lxw_worksheet* sheet, QString sheetName)
        : m_sheet(sheet)
        , m_name(std::move(sheetName))
    {
    }

    void write(int row, int column, const Cell& cell, lxw_format* textFormat, lxw_format* numberFormat)
    {
        if (cell.number)
            check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), *cell.number, numberFormat), row, column);
        else if (!cell.text.isEmpty())
            check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), cell.text.toUtf8().constData(), textFormat),
                  row, column);
        else if (textFormat)
            check(worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(column), textFormat), row, column);
    }

    void writeDate(int row, int column, QDate date, QTime time, lxw_format* format)
    {
        lxw_datetime value{};
        if (date.isValid()) {
            value.year = date.year();
            value.month = date.month();
            value.day = date.day();
        }
        if (time.isValid()) {
            value.hour = time.hour();
            value.min = time.minute();
        }
        check(worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(column), &value, format), row, column);
    }

    void check(lxw_error error, int row = -1, int column = -1)
    {
        if (error == LXW_NO_ERROR || m_error)
            return;
        QString where = m_name;
        if (row >= 0)
            where += QStringLiteral(" %1%2").arg(QString::fromLatin1(columnName(column))).arg(row + 1);
        if (error == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
            m_error = QObject::tr("The text for %1 is longer than a spreadsheet cell may hold (32,767 characters). "
                                  "Shorten it, or export CSV instead.")
                          .arg(where);
        else
            m_error = QObject::tr("The spreadsheet could not be made (%1, at %2).").arg(QString::fromUtf8(lxw_strerror(error)), where);
    }

    const std::optional<QString>& error() const { return m_error; }

private:
    static QByteArray columnName(int column)
    {
        QByteArray name;
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
            name.prepend(char('A' + (c - 1) % 26));
        return name;
    }

    lxw_worksheet* m_sheet;
    QString m_name;
    std::optional<QString> m_error;
};

// Wide enough for the longest entry, within reason.
double widthFor(const Table& t, size_t column)
{
    qsizetype longest = t.header[column].text.size();
    for (const Row& row : t.people)
        longest = std::max(longest, row[column].text.size());
    longest = std::max(longest, t.totals[column].text.size());
    return double(std::clamp<qsizetype>(longest, 6, 40) + 2);
}

Status fillAttendance(lxw_workbook* book, const AttendanceSheet& sheet, const Table& t)
{
    const QString name = QObject::tr("Attendance");
    lxw_worksheet* ws = workbook_add_worksheet(book, name.toUtf8().constData());
    if (!ws)
        return fail(QObject::tr("The spreadsheet could not be made (the sheet “%1” was refused).").arg(name));
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    lxw_format* hours = workbook_add_format(book);
    format_set_num_format(hours, "0.00");
    lxw_format* totalText = workbook_add_format(book);
    format_set_bold(totalText);
    format_set_top(totalText, LXW_BORDER_THIN);
    lxw_format* totalNumber = workbook_add_format(book);
    format_set_bold(totalNumber);
    format_set_top(totalNumber, LXW_BORDER_THIN);
    lxw_format* totalHours = workbook_add_format(book);
    format_set_bold(totalHours);
    format_set_top(totalHours, LXW_BORDER_THIN);
    format_set_num_format(totalHours, "0.00");

    SheetWriter out(ws, name);
    for (size_t c = 0; c < t.header.size(); ++c) {
        out.write(0, int(c), t.header[c], bold, bold);
        out.check(worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widthFor(t, c), nullptr));
    }
    int row = 1;
    for (const Row& r : t.people) {
        for (size_t c = 0; c < r.size(); ++c)
            out.write(row, int(c), r[c], nullptr, hours);
        ++row;
    }
    for (size_t c = 0; c < t.totals.size(); ++c)
        out.write(row, int(c), t.totals[c], totalText, c == t.hoursColumn ? totalHours : totalNumber);

    // Names stay in view while scrolling across the blocks; sorting and
    // filtering cover the people, not the totals.
    worksheet_freeze_panes(ws, 1, 2);
    out.check(worksheet_autofilter(ws, 0, 0, lxw_row_t(sheet.rows.size()), lxw_col_t(t.header.size() - 1)));
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    out.check(worksheet_repeat_rows(ws, 0, 0));
    if (out.error())
        return fail(*out.error());
    return ok();
}

Status fillBlocks(lxw_workbook* book, const AttendanceSheet& sheet)
{
    const QString name = QObject::tr("Blocks");
    lxw_worksheet* ws = workbook_add_worksheet(book, name.toUtf8().constData());
    if (!ws)
        return fail(QObject::tr("The spreadsheet could not be made (the sheet “%1” was refused).").arg(name));
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* time = workbook_add_format(book);
    format_set_num_format(time, "hh:mm");
    lxw_format* hours = workbook_add_format(book);
    format_set_num_format(hours, "0.00");
    lxw_format* label = workbook_add_format(book);
    format_set_bold(label);

    SheetWriter out(ws, name);
    const QStringList header{QObject::tr("Day"), QObject::tr("Date"), QObject::tr("Label"), QObject::tr("Starts"), QObject::tr("Ends"),
                             QObject::tr("Credit hours")};
    for (int c = 0; c < header.size(); ++c)
        out.write(0, c, textCell(header[c]), bold, bold);
    int row = 1;
    for (const AttendanceBlock& b : sheet.blocks) {
        out.write(row, 0, numberCell(b.day), nullptr, nullptr);
        out.writeDate(row, 1, b.date(sheet.workshop), {}, date);
        out.write(row, 2, textCell(b.label), nullptr, nullptr);
        out.writeDate(row, 3, {}, b.starts, time);
        out.writeDate(row, 4, {}, b.ends, time);
        out.write(row, 5, numberCell(b.creditHours), nullptr, hours);
        ++row;
    }

    // What the hours column of the record is measured against.
    const std::pair<QString, Cell> summary[] = {
        {QObject::tr("Workshop"), textCell(sheet.workshop.title)},
        {QObject::tr("Hours offered"), numberCell(sheet.offeredHours)},
        {QObject::tr("Hours needed for a certificate"), numberCell(sheet.hoursNeeded())},
        {QObject::tr("Late arrivals and early leavers earn"), textCell(partialCreditLabel(sheet.rules.partial))},
        {QObject::tr("Registered"), numberCell(double(sheet.rows.size()))},
        {QObject::tr("Qualify for a certificate"), numberCell(sheet.qualifying())},
    };
    ++row;
    qsizetype labelWidth = 12;
    for (const auto& [caption, value] : summary) {
        out.write(row, 0, textCell(caption), label, label);
        out.write(row, 1, value, nullptr, nullptr);
        labelWidth = std::max(labelWidth, caption.size());
        ++row;
    }
    out.check(worksheet_set_column(ws, 0, 0, double(labelWidth + 2), nullptr));
    out.check(worksheet_set_column(ws, 1, 1, 12, nullptr));
    out.check(worksheet_set_column(ws, 2, 2, 16, nullptr));
    out.check(worksheet_set_column(ws, 3, 5, 12, nullptr));
    worksheet_freeze_panes(ws, 1, 0);
    if (out.error())
        return fail(*out.error());
    return ok();
}

// As QSaveFile does before its rename: the data is on disk before the name is.
bool syncToDisk(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#else
    return file.flush();
#endif
}

} // namespace

Status writeAttendanceCsv(const AttendanceSheet& sheet, const QString& path)
{
    if (auto s = checkTarget(path, QStringLiteral("attendance.csv")); !s)
        return s;
    const Table t = tableOf(sheet);
    QByteArray bytes("\xEF\xBB\xBF");
    appendCsvRow(bytes, t.header);
    for (const Row& row : t.people)
        appendCsvRow(bytes, row);
    appendCsvRow(bytes, t.totals);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(couldNotWrite(path, file.errorString()));
    if (file.write(bytes) != bytes.size())
        return fail(couldNotWrite(path, file.errorString())); // the unfinished copy goes with `file`
    // commit() misses an error in writing out the buffered bytes (a full
    // disk): flush first, so a cut-off file is never put in place.
    if (!file.flush() || !file.commit())
        return fail(couldNotWrite(path, file.errorString()));
    return ok();
}

Status writeAttendanceXlsx(const AttendanceSheet& sheet, const QString& path)
{
    if (auto s = checkTarget(path, QStringLiteral("attendance.xlsx")); !s)
        return s;
    // libxlsxwriter writes to a path of its own: a hidden sibling that
    // replaces the target only once it is complete.
    const QString temporary = placement::temporarySibling(path);
    lxw_workbook* book = workbook_new(QFile::encodeName(temporary).constData());
    if (!book)
        return fail(couldNotWrite(path, QObject::tr("out of memory")));
    const QByteArray title = sheet.workshop.title.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.constData());
    workbook_set_properties(book, &properties);

    const Table t = tableOf(sheet);
    Status filled = fillAttendance(book, sheet, t);
    if (filled)
        filled = fillBlocks(book, sheet);
    if (!filled) {
        lxw_workbook_free(book);
        QFile::remove(temporary);
        return filled;
    }
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return fail(couldNotWrite(path, QString::fromUtf8(lxw_strerror(closed))));
    }
    if (!syncToDisk(temporary)) {
        QFile::remove(temporary);
        return fail(couldNotWrite(path, QObject::tr("the data could not be saved to disk")));
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(), QFile::encodeName(path).toStdString(), error);
    if (error) {
        QFile::remove(temporary);
        return fail(couldNotWrite(path, QString::fromLocal8Bit(error.message())));
    }
    return ok();
}

} // namespace rt::exports

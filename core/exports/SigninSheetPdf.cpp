#include "exports/SigninSheetPdf.h"

#include "attendance/AttendanceSheet.h"
#include "exports/PdfPages.h"

#include <QLocale>
#include <QObject>
#include <map>

namespace rt::exports {
namespace {

constexpr int kMostBlankRows = 500;

QString place(const Person& p)
{
    if (p.state.isEmpty())
        return p.jurisdiction;
    if (p.jurisdiction.isEmpty())
        return p.state;
    return QStringLiteral("%1, %2").arg(p.jurisdiction, p.state);
}

TableRow personRow(int number, const Person& p)
{
    return TableRow{TableRow::Kind::Data, {QString::number(number), p.sortName(), place(p), p.roleText(), QString(), QString()}};
}

// The people in sheet order (by last name), or under their teams' headings
// with people in no team last.
std::vector<TableRow> signinRows(const AttendanceSheet& sheet, const PrintOptions& options)
{
    std::vector<TableRow> rows;
    int number = 0;
    const bool anyTeam = std::any_of(sheet.rows.begin(), sheet.rows.end(), [](const AttendanceRow& r) { return r.entry.teamId.has_value(); });
    if (options.byTeam && anyTeam) {
        std::vector<std::pair<QString, Id>> teams;
        std::map<Id, std::vector<const AttendanceRow*>> members;
        std::vector<const AttendanceRow*> alone;
        for (const AttendanceRow& r : sheet.rows) {
            if (!r.entry.teamId) {
                alone.push_back(&r);
                continue;
            }
            auto& list = members[*r.entry.teamId];
            if (list.empty())
                teams.emplace_back(r.entry.teamName, *r.entry.teamId);
            list.push_back(&r);
        }
        std::sort(teams.begin(), teams.end(), [](const auto& a, const auto& b) {
            const int order = QString::localeAwareCompare(a.first, b.first);
            return order != 0 ? order < 0 : a.second < b.second;
        });
        for (const auto& [name, id] : teams) {
            rows.push_back(TableRow{TableRow::Kind::Heading, {QObject::tr("Team %1").arg(name)}});
            for (const AttendanceRow* r : members[id])
                rows.push_back(personRow(++number, r->entry.person));
        }
        if (!alone.empty()) {
            rows.push_back(TableRow{TableRow::Kind::Heading, {QObject::tr("Not in a team")}});
            for (const AttendanceRow* r : alone)
                rows.push_back(personRow(++number, r->entry.person));
        }
    } else {
        for (const AttendanceRow& r : sheet.rows)
            rows.push_back(personRow(++number, r.entry.person));
    }
    if (options.blankRows > 0) {
        rows.push_back(TableRow{TableRow::Kind::Heading, {QObject::tr("Walk-ins: print your name, jurisdiction and role")}});
        for (int i = 0; i < options.blankRows; ++i)
            rows.push_back(TableRow{TableRow::Kind::Data, {QString::number(++number)}});
    }
    return rows;
}

} // namespace

Result<PdfSummary> writeSigninSheets(const AttendanceSheet& sheet, const QString& path, const PrintOptions& options)
{
    std::vector<AttendanceBlock> chosen;
    if (options.blockId) {
        const auto block = std::find_if(sheet.blocks.begin(), sheet.blocks.end(), [&](const AttendanceBlock& b) { return b.id == *options.blockId; });
        if (block == sheet.blocks.end())
            return fail(QObject::tr("That block is not part of “%1”.").arg(sheet.workshop.title));
        chosen.push_back(*block);
    } else {
        chosen = sheet.blocks;
    }
    if (chosen.empty())
        return fail(QObject::tr("“%1” has no attendance blocks to sign in to. Add them on the workshop’s Attendance page first.")
                        .arg(sheet.workshop.title));
    if (options.blankRows < 0 || options.blankRows > kMostBlankRows)
        return fail(QObject::tr("Give from 0 to %1 empty rows for walk-ins.").arg(kMostBlankRows));

    auto pages = PdfPages::open(path, options, QPageLayout::Portrait, headingFor(QObject::tr("Sign-in sheet"), sheet));
    if (!pages)
        return std::unexpected(pages.error());
    const std::vector<TableColumn> columns{
        {QObject::tr("#"), 0.45, Qt::AlignRight},
        {QObject::tr("Name (last, first)"), 2.5},
        {QObject::tr("Jurisdiction"), 2.0},
        {QObject::tr("Role"), 1.6},
        {QObject::tr("Signature"), 3.4},
        {QObject::tr("Time"), 0.85, Qt::AlignHCenter},
    };
    const std::vector<TableRow> rows = signinRows(sheet, options);
    // Rows tall enough to sign in (a third of an inch), banded so the eye
    // follows a row across; a roster of 20 and the walk-in rows fit one page.
    const TableStyle style{9, 23, 2, true};
    const QLocale locale;
    for (const AttendanceBlock& block : chosen) {
        PageFlow flow(**pages, QObject::tr("%1 · %2").arg(block.longName(), locale.toString(block.date(sheet.workshop), QStringLiteral("dddd d MMMM yyyy"))));
        addTable(flow, columns, rows, style);
    }
    if (auto done = (*pages)->finish(); !done)
        return std::unexpected(done.error());
    return PdfSummary{(*pages)->pageCount(), int(sheet.rows.size())};
}

} // namespace rt::exports

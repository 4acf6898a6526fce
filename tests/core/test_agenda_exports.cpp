// The agenda's exports read back: the two printed versions (what each
// audience sees, pages, paper) and the calendar file, parsed as a calendar
// program would.

#include <catch2/catch.hpp>

#include "Fixtures.h"
#include "StringMaker.h"
#include "agenda/Agenda.h"
#include "exports/AgendaCalendar.h"
#include "exports/AgendaPdf.h"
#include "workshops/Venues.h"
#include "workshops/Workshops.h"

#include <QPdfDocument>
#include <QRegularExpression>

using namespace rt;
using namespace rt::test;
using namespace rt::exports;

namespace {

const QSizeF kLetter(612, 792);
const QSizeF kA4(595.3, 841.9);

bool near(QSizeF size, QSizeF expected)
{
    return std::abs(size.width() - expected.width()) < 1 && std::abs(size.height() - expected.height()) < 1;
}

struct ReadPdf {
    std::vector<QSizeF> sizes;
    QStringList pages;
    int count() const { return int(pages.size()); }
    QString all() const { return pages.join(QLatin1Char(' ')); }
};

ReadPdf readPdf(const QString& path)
{
    QPdfDocument doc;
    REQUIRE(doc.load(path) == QPdfDocument::Error::None);
    ReadPdf pdf;
    for (int i = 0; i < doc.pageCount(); ++i) {
        pdf.sizes.push_back(doc.pagePointSize(i));
        pdf.pages << doc.getAllText(i).text().simplified();
    }
    return pdf;
}

const QString kNote = QStringLiteral("Bring the flip charts from the storeroom");
const QString kMarkup = QStringLiteral("Q&A: <b>what</b> \"works\" & what doesn't");
const QString kPrompt = QStringLiteral("Which risk would each of you want the other to hear about first");

// The fixture's two-day workshop at the academy with the shipped two-day
// agenda, a presenter, a facilitator's note and a title that looks like markup.
struct Planned {
    TempDir dir;
    std::unique_ptr<Database> db = newDatabase(dir);
    Id workshop = addWorkshop(*db, 20, QStringLiteral("Manager and Chief, Spring 2027"));
    Id rod = 0;

    Planned()
    {
        Workshop w = expectOk(workshops::get(*db, workshop));
        Venue venue;
        venue.name = QStringLiteral("Oregon State Police Academy");
        venue.city = QStringLiteral("Salem");
        venue.state = QStringLiteral("OR");
        expectOk(workshops::update(*db, w, venue));
        Facilitator f;
        f.name = QStringLiteral("Rod Gould");
        rod = expectOk(facilitators::addToWorkshop(*db, workshop, f)).subject;
        applyTemplate(QStringLiteral("Two-day manager/chief workshop"));
        edit(QStringLiteral("Crisis communication and social media"), [&](AgendaItem& i) {
            i.presenterId = rod;
            i.notes = kNote;
        });
        edit(QStringLiteral("Report-out: obstacles and what helps"), [](AgendaItem& i) { i.title = kMarkup; });
        edit(QStringLiteral("Risks we should hear about first"), [](AgendaItem& i) { i.prompt = kPrompt + QLatin1Char('?'); });
    }

    void applyTemplate(const QString& name)
    {
        for (const AgendaTemplate& t : expectOk(agenda::templates(*db))) {
            if (t.name == name) {
                expectOk(agenda::applyTemplate(*db, workshop, t.id));
                return;
            }
        }
        FAIL("no template " << name.toStdString());
    }

    void edit(const QString& title, const std::function<void(AgendaItem&)>& change)
    {
        for (AgendaItem item : expectOk(agenda::itemsOf(*db, workshop))) {
            if (item.title == title) {
                change(item);
                expectOk(agenda::updateItem(*db, item));
                return;
            }
        }
        FAIL("no item " << title.toStdString());
    }

    AgendaDocument doc() const { return expectOk(agendaDocument(*db, workshop)); }
    QString path(const QString& name) const { return dir.path(name); }
};

// The calendar's content lines, unfolded (a CRLF followed by a space or tab
// continues the line before).
QStringList unfolded(const QByteArray& bytes)
{
    QByteArray joined = bytes;
    joined.replace("\r\n ", "").replace("\r\n\t", "");
    QStringList lines = QString::fromUtf8(joined).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines;
}

// No character cut in two: invalid or partial sequences would not survive the round trip.
bool wholeUtf8(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

QStringList valuesOf(const QStringList& lines, const QString& name)
{
    QStringList values;
    for (const QString& l : lines) {
        if (l.startsWith(name + QLatin1Char(':')))
            values << l.mid(name.size() + 1);
    }
    return values;
}

} // namespace

TEST_CASE("The participants' agenda shows each day's sessions with times, presenters and questions, but no notes")
{
    Planned w;
    const QString file = w.path(QStringLiteral("agenda.pdf"));
    const PdfSummary summary = expectOk(writeAgenda(w.doc(), file, PrintOptions{}, AgendaAudience::Participants));
    const ReadPdf pdf = readPdf(file);
    REQUIRE(pdf.count() >= 1);
    CHECK(summary.pages == pdf.count());
    CHECK(summary.items == w.doc().itemCount());
    CHECK(summary.items == 25);
    const QString all = pdf.all();
    CHECK(pdf.pages[0].contains(QStringLiteral("Agenda")));
    CHECK(pdf.pages[0].contains(QStringLiteral("Manager and Chief, Spring 2027")));
    CHECK(pdf.pages[0].contains(QStringLiteral("Oregon State Police Academy, Salem, OR")));
    CHECK(pdf.pages[0].contains(QStringLiteral("Day 1 · Tuesday 9 March 2027")));
    // Day two does not fit under day one, so it starts a page rather than being split.
    REQUIRE(pdf.count() == 2);
    CHECK_FALSE(pdf.pages[0].contains(QStringLiteral("Day 2 · Wednesday 10 March 2027")));
    CHECK(pdf.pages[1].contains(QStringLiteral("Day 2 · Wednesday 10 March 2027 Time Session")));
    CHECK_FALSE(all.contains(QStringLiteral("(continued)")));
    CHECK(pdf.pages[0].contains(QStringLiteral("08:30–09:00")));
    CHECK(all.contains(QStringLiteral("12:00–13:00")));
    CHECK(all.contains(QStringLiteral("Crisis communication and social media")));
    CHECK(all.contains(QStringLiteral("Crisis Communication and Social Media · Rod Gould")));
    CHECK(all.contains(kPrompt));
    CHECK(all.contains(kMarkup));
    CHECK(all.contains(QStringLiteral("Facilitators: Rod Gould")));
    CHECK_FALSE(all.contains(kNote));
    CHECK_FALSE(all.contains(QStringLiteral("Note:")));
    CHECK_FALSE(all.contains(QStringLiteral("Length")));
    for (int i = 0; i < pdf.count(); ++i) {
        CHECK(near(pdf.sizes[size_t(i)], kLetter));
        CHECK(pdf.pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pdf.count())));
    }

    SECTION("on A4")
    {
        PrintOptions a4;
        a4.pageSize = QPageSize::A4;
        expectOk(writeAgenda(w.doc(), file, a4, AgendaAudience::Participants));
        const ReadPdf printed = readPdf(file);
        for (const QSizeF& size : printed.sizes)
            CHECK(near(size, kA4));
        CHECK(printed.all().contains(kPrompt));
    }
}

TEST_CASE("The facilitators' agenda adds lengths, kinds, notes, fixed starts and what does not fit, a day per page")
{
    Planned w;
    // Twenty more minutes before lunch clash with the fixed lunch; ten more after it run past the day's end.
    w.edit(QStringLiteral("What gets in the way"), [](AgendaItem& i) { i.minutes += 20; });
    w.edit(QStringLiteral("The first hour of a crisis"), [](AgendaItem& i) { i.minutes += 10; });
    const QString file = w.path(QStringLiteral("facilitators.pdf"));
    PrintOptions a4;
    a4.pageSize = QPageSize::A4;
    expectOk(writeAgenda(w.doc(), file, a4, AgendaAudience::Facilitators));
    const ReadPdf pdf = readPdf(file);
    REQUIRE(pdf.count() == 2);
    CHECK(near(pdf.sizes[0], kA4));
    const QString all = pdf.all();
    CHECK(pdf.pages[0].contains(QStringLiteral("Agenda for facilitators")));
    CHECK(pdf.pages[0].contains(QStringLiteral("Length")));
    CHECK(pdf.pages[0].contains(QStringLiteral("Presenter")));
    CHECK(pdf.pages[0].contains(QStringLiteral("Note: ") + kNote));
    CHECK(pdf.pages[0].contains(QStringLiteral("Small-group discussion")));
    CHECK(pdf.pages[0].contains(QStringLiteral("1 h 5 min")));
    CHECK(pdf.pages[0].contains(QStringLiteral("The day runs 08:30–16:30 (its attendance blocks); the plan fills 08:30–16:40 with 12 items.")));
    CHECK(pdf.pages[0].contains(QStringLiteral("fixed · 10 min over")));
    CHECK(pdf.pages[0].contains(QStringLiteral("To fix in the plan")));
    CHECK(pdf.pages[0].contains(QStringLiteral("“Lunch” is fixed at 12:00, but the items before it run to 12:10")));
    CHECK(pdf.pages[0].contains(QStringLiteral("The day runs to 16:40")));
    CHECK(pdf.pages[0].contains(kMarkup));
    // Each day on its own page, named in the header; day two fits its day.
    CHECK(pdf.pages[0].contains(QStringLiteral("Day 1 · Tuesday 9 March 2027")));
    CHECK_FALSE(pdf.pages[0].contains(QStringLiteral("Risk management for managers and chiefs")));
    CHECK(pdf.pages[1].contains(QStringLiteral("Day 2 · Wednesday 10 March 2027")));
    CHECK(pdf.pages[1].contains(QStringLiteral("Prompt: ") + kPrompt));
    CHECK(pdf.pages[1].contains(QStringLiteral("fixed time")));
    CHECK(pdf.pages[1].contains(QStringLiteral("The plan fits the day.")));
    CHECK_FALSE(pdf.pages[1].contains(QStringLiteral("To fix in the plan")));
    CHECK(all.contains(QStringLiteral("Page 2 of 2")));

    SECTION("the participants never see the warnings")
    {
        expectOk(writeAgenda(w.doc(), file, a4, AgendaAudience::Participants));
        const QString handout = readPdf(file).all();
        CHECK_FALSE(handout.contains(QStringLiteral("To fix")));
        CHECK_FALSE(handout.contains(QStringLiteral("fixed")));
        CHECK(handout.contains(QStringLiteral("12:00–13:00")));
    }
}

TEST_CASE("A long day's agenda runs over pages with its table header on each, and no day heading is left alone")
{
    Planned w;
    // Day one gets forty short items after its own: more than a page.
    for (int i = 1; i <= 40; ++i) {
        AgendaItem item;
        item.workshopId = w.workshop;
        item.day = 1;
        item.kind = AgendaKind::InformationSharing;
        item.title = QStringLiteral("Round %1 of city updates").arg(i);
        item.minutes = 5;
        expectOk(agenda::addItem(*w.db, item));
    }
    const QString file = w.path(QStringLiteral("long.pdf"));
    for (AgendaAudience audience : {AgendaAudience::Participants, AgendaAudience::Facilitators}) {
        expectOk(writeAgenda(w.doc(), file, PrintOptions{}, audience));
        const ReadPdf pdf = readPdf(file);
        REQUIRE(pdf.count() >= 3);
        for (int i = 0; i < pdf.count(); ++i) {
            INFO("page " << i + 1);
            CHECK(pdf.pages[i].contains(QStringLiteral("Time Session")) != (audience == AgendaAudience::Facilitators));
            CHECK(pdf.pages[i].contains(QStringLiteral("Session")));
            CHECK(pdf.pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pdf.count())));
        }
        CHECK(pdf.all().contains(QStringLiteral("Round 40 of city updates")));
        // The handout names the day again where it carries on; the facilitators' page header always does.
        CHECK(pdf.pages[1].contains(audience == AgendaAudience::Participants ? QStringLiteral("Day 1 · Tuesday 9 March 2027 (continued) Time Session")
                                                                              : QStringLiteral("Day 1 · Tuesday 9 March 2027")));
        // Where day two begins, its first session is on the same page.
        const int dayTwo = int(std::find_if(pdf.pages.begin(), pdf.pages.end(),
                                            [](const QString& p) { return p.contains(QStringLiteral("Day 2 · Wednesday")); })
                               - pdf.pages.begin());
        REQUIRE(dayTwo < pdf.count());
        CHECK(pdf.pages[dayTwo].contains(QStringLiteral("Day one in review, and questions")));
    }
}

TEST_CASE("A workshop without an agenda is not printed or exported, and the message says where to build one")
{
    TempDir dir;
    auto db = newDatabase(dir);
    const Id workshop = addWorkshop(*db);
    const AgendaDocument doc = expectOk(agendaDocument(*db, workshop));
    CHECK(doc.days.size() == 2);
    const QStringList before = dir.entries();
    auto pdf = writeAgenda(doc, dir.path(QStringLiteral("agenda.pdf")), PrintOptions{}, AgendaAudience::Participants);
    REQUIRE_FALSE(pdf);
    CHECK(pdf.error().message.contains(QStringLiteral("Agenda tab")));
    auto ics = writeAgendaIcs(doc, dir.path(QStringLiteral("agenda.ics")));
    REQUIRE_FALSE(ics);
    CHECK(ics.error().message.contains(QStringLiteral("Agenda tab")));
    CHECK(dir.entries() == before);
}

TEST_CASE("The calendar file has an event per item at floating local times, escaped and folded as RFC 5545 says")
{
    Planned w;
    const QString tricky = QStringLiteral("Risks, rules; and\nwhat next \\ why");
    w.edit(QStringLiteral("Risks we should hear about first"), [&](AgendaItem& i) { i.title = tricky; });
    // Long text in many scripts, so that folding has multi-byte characters to respect.
    const QString longModule = QStringLiteral("Ética pública — Öffentlichkeitsarbeit — связи с общественностью — 公共关系 ✓ ").repeated(4);
    w.edit(QStringLiteral("Crisis communication and social media"), [&](AgendaItem& i) { i.module = longModule; });
    const AgendaDocument doc = w.doc();
    const QString file = w.path(QStringLiteral("agenda.ics"));
    expectOk(writeAgendaIcs(doc, file));
    const QByteArray bytes = readBytes(file);

    // CRLF everywhere; no physical line over 75 octets, each one whole UTF-8.
    CHECK(bytes.endsWith("\r\n"));
    CHECK(bytes.count('\n') == bytes.count("\r\n"));
    int folded = 0;
    for (const QByteArray& line : bytes.split('\n')) {
        const QByteArray physical = line.endsWith('\r') ? line.chopped(1) : line;
        CHECK(physical.size() <= 75);
        CHECK(wholeUtf8(physical));
        folded += physical.startsWith(' ') ? 1 : 0;
    }
    CHECK(folded > 5);

    const QStringList lines = unfolded(bytes);
    CHECK(lines.front() == QStringLiteral("BEGIN:VCALENDAR"));
    CHECK(lines.back() == QStringLiteral("END:VCALENDAR"));
    CHECK(valuesOf(lines, QStringLiteral("VERSION")) == QStringList{QStringLiteral("2.0")});
    CHECK(valuesOf(lines, QStringLiteral("PRODID")).size() == 1);
    CHECK(valuesOf(lines, QStringLiteral("CALSCALE")) == QStringList{QStringLiteral("GREGORIAN")});
    CHECK(lines.count(QStringLiteral("BEGIN:VEVENT")) == doc.itemCount());
    CHECK(lines.count(QStringLiteral("END:VEVENT")) == doc.itemCount());
    CHECK(valuesOf(lines, QStringLiteral("DTSTAMP")).size() == doc.itemCount());
    static const QRegularExpression utcStamp(QStringLiteral("^\\d{8}T\\d{6}Z$"));
    CHECK(utcStamp.match(valuesOf(lines, QStringLiteral("DTSTAMP")).front()).hasMatch());

    // Each event's UID is its item's UUID: the same in every export.
    QStringList uids;
    for (const AgendaDay& day : doc.days) {
        for (const AgendaItem& item : day.items) {
            REQUIRE_FALSE(item.uuid.isEmpty());
            uids << item.uuid + QStringLiteral("@roundtable");
        }
    }
    CHECK(valuesOf(lines, QStringLiteral("UID")) == uids);
    expectOk(writeAgendaIcs(w.doc(), file));
    CHECK(valuesOf(unfolded(readBytes(file)), QStringLiteral("UID")) == uids);

    // Day one's lunch is fixed at noon; times float (no Z, no time zone).
    const QStringList summaries = valuesOf(lines, QStringLiteral("SUMMARY"));
    const QStringList starts = valuesOf(lines, QStringLiteral("DTSTART"));
    const QStringList ends = valuesOf(lines, QStringLiteral("DTEND"));
    REQUIRE(summaries.size() == doc.itemCount());
    REQUIRE(starts.size() == doc.itemCount());
    const qsizetype lunch = summaries.indexOf(QStringLiteral("Lunch"));
    REQUIRE(lunch >= 0);
    CHECK(starts[lunch] == QStringLiteral("20270309T120000"));
    CHECK(ends[lunch] == QStringLiteral("20270309T130000"));
    CHECK(starts.front() == QStringLiteral("20270309T083000"));
    CHECK(starts.back() == QStringLiteral("20270310T161500"));
    CHECK(ends.back() == QStringLiteral("20270310T163000"));

    // TEXT escaping: backslash, comma, semicolon and the line break.
    CHECK(summaries.contains(QStringLiteral("Risks\\, rules\\; and\\nwhat next \\\\ why")));
    CHECK(valuesOf(lines, QStringLiteral("LOCATION")).front() == QStringLiteral("Oregon State Police Academy\\, Salem\\, OR"));
    const QStringList descriptions = valuesOf(lines, QStringLiteral("DESCRIPTION"));
    CHECK(descriptions.contains(QStringLiteral("Module: %1\\nPresenter: Rod Gould").arg(icsText(longModule.trimmed()))));
    CHECK(valuesOf(lines, QStringLiteral("CATEGORIES")).contains(QStringLiteral("Small-group discussion")));
    // Notes are for facilitators; the calendar is handed out.
    CHECK_FALSE(bytes.contains("flip charts"));
}

TEST_CASE("Folding never splits a character and unfolds to the line it was")
{
    for (const QString& line : {QStringLiteral("DESCRIPTION:") + QStringLiteral("é").repeated(100),
                                QStringLiteral("SUMMARY:") + QStringLiteral("a🎤").repeated(40),
                                QStringLiteral("X:") + QStringLiteral("x").repeated(73), QStringLiteral("X:") + QStringLiteral("x").repeated(74)}) {
        const QByteArray folded = icsLine(line);
        CHECK(folded.endsWith("\r\n"));
        for (const QByteArray& physical : folded.chopped(2).split('\n')) {
            const QByteArray bare = physical.endsWith('\r') ? physical.chopped(1) : physical;
            CHECK(bare.size() <= 75);
            CHECK(wholeUtf8(bare));
        }
        CHECK(unfolded(folded) == QStringList{line});
    }
    CHECK(icsLine(QStringLiteral("X:") + QStringLiteral("x").repeated(73)).count("\r\n") == 1);
    CHECK(icsLine(QStringLiteral("X:") + QStringLiteral("x").repeated(74)).count("\r\n") == 2);
    CHECK(icsText(QStringLiteral("a\r\nb\x01")) == QStringLiteral("a\\nb"));
}

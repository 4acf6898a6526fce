#include "exports/DiscussionsPdf.h"

#include "exports/PdfPages.h"
#include "workshops/Workshops.h"

#include <QObject>
#include <QPainter>

namespace rt::exports {
namespace {

const QColor kText(0x11, 0x11, 0x11);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kRule(0xc4, 0xc4, 0xc4);
constexpr ItemTag kTagOrder[] = {ItemTag::Insight, ItemTag::Obstacle, ItemTag::Question, ItemTag::ParkingLot};
// A wall page holds at most this many groups; more continue on the next page.
constexpr int kGroupsPerWallPage = 12;

QFont italic(double points)
{
    QFont f = printFont(points);
    f.setItalic(true);
    return f;
}

QString qualityLine(const RoundDetail& d)
{
    const GroupQuality& q = d.quality;
    QString line = QObject::tr("Pairs meeting again: %1 · Role imbalance: %2 · Size spread: %3").arg(q.repeatedPairs).arg(q.roleImbalance).arg(q.sizeSpread);
    if (d.round.mode == GroupMode::Mixed)
        line += QObject::tr(" · Partners together: %1").arg(q.partnersTogether);
    if (d.round.mode == GroupMode::TeamsTogether)
        line += QObject::tr(" · Teams split: %1").arg(q.teamsSplit);
    return line;
}

QString roundTitle(const DiscussionRound& r)
{
    return r.agendaItemTitle.isEmpty() ? QObject::tr("Round %1").arg(r.number) : QObject::tr("Round %1 · %2").arg(r.number).arg(r.agendaItemTitle);
}

QString memberLine(const Person& p)
{
    return p.jurisdiction.isEmpty() ? p.fullName() : QObject::tr("%1 (%2)").arg(p.fullName(), p.jurisdiction);
}

QString groupName(int number)
{
    return number == 0 ? QObject::tr("Large group") : QObject::tr("Group %1").arg(number);
}

// The summary's blocks: paragraphs of plain text, wrapped to the page.
class Summary {
public:
    explicit Summary(PdfPages& pages)
        : m_pages(pages)
    {
    }

    void paragraph(PageFlow& flow, const QString& text, const QFont& font, const QColor& color, double indent = 0, double keepWith = 0)
    {
        // One block per line the person typed, so long notes flow over pages.
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            const QFontMetricsF fm = m_pages.metrics(font);
            const int lines = std::clamp(lineCount(line, font, flow.width() - indent, m_pages.device()), 1, 30);
            const double height = fm.height() + (lines - 1) * fm.lineSpacing();
            const double slack = m_pages.pt(1);
            flow.add(height, [=](QPainter& p, const QRectF& r) {
                p.setPen(color);
                drawText(p, r.adjusted(indent, 0, 0, slack), line, font, Qt::AlignLeft | Qt::AlignTop, lines);
            }, keepWith);
        }
    }

    double lineHeight(const QFont& font) const { return m_pages.metrics(font).height(); }

    void round(const RoundDetail& d)
    {
        PageFlow flow(m_pages, QObject::tr("Round %1").arg(d.round.number));
        paragraph(flow, roundTitle(d.round), printFont(14, true), kText, 0, lineHeight(printFont(10)) * 2);
        if (!d.round.prompt.isEmpty())
            paragraph(flow, d.round.prompt, italic(10.5), kText);
        flow.gap(m_pages.pt(3));
        paragraph(flow, QObject::tr("%1 · %n group(s)", nullptr, int(d.groups.size())).arg(groupModeLabel(d.round.mode)), printFont(9), kMuted);
        paragraph(flow, qualityLine(d), printFont(9), kMuted);
        for (const DiscussionGroup& g : d.groups) {
            flow.gap(m_pages.pt(10));
            paragraph(flow, groupName(g.number), printFont(11.5, true), kText, 0, lineHeight(printFont(9.5)) * 2);
            QStringList names;
            for (const GroupMember& m : g.members)
                names << memberLine(m.person);
            paragraph(flow, names.isEmpty() ? QObject::tr("No one placed.") : names.join(QStringLiteral("; ")), printFont(9.5), kText);
            if (!g.scribeNotes.trimmed().isEmpty()) {
                flow.gap(m_pages.pt(3));
                paragraph(flow, QObject::tr("Scribe's notes"), printFont(9, true), kMuted, m_pages.pt(8), lineHeight(printFont(9.5)));
                paragraph(flow, g.scribeNotes.trimmed(), printFont(9.5), kText, m_pages.pt(8));
            }
            items(flow, d, g.number);
        }
        const bool largeGroup = std::any_of(d.items.begin(), d.items.end(), [](const DiscussionItem& i) { return i.groupNumber == 0; });
        if (largeGroup) {
            flow.gap(m_pages.pt(10));
            paragraph(flow, groupName(0), printFont(11.5, true), kText, 0, lineHeight(printFont(9.5)) * 2);
            items(flow, d, 0);
        }
        ranked(flow, d);
    }

    void parkingLot(const DiscussionDocument& doc)
    {
        PageFlow flow(m_pages, QObject::tr("Parking lot"));
        paragraph(flow, QObject::tr("Parking lot"), printFont(14, true), kText, 0, lineHeight(printFont(10)) * 2);
        if (doc.parkingLot.empty()) {
            paragraph(flow, QObject::tr("Nothing was put in the parking lot."), printFont(9.5), kMuted);
            return;
        }
        std::vector<TableRow> rows;
        for (const DiscussionItem& i : doc.parkingLot) {
            const auto r = std::find_if(doc.rounds.begin(), doc.rounds.end(), [&](const RoundDetail& d) { return d.round.id == i.roundId; });
            rows.push_back(TableRow{TableRow::Kind::Data, {r == doc.rounds.end() ? QString() : QString::number(r->round.number),
                                                           groupName(i.groupNumber), i.text, QString::number(i.dots)}});
        }
        flow.gap(m_pages.pt(6));
        addTable(flow, {{QObject::tr("Round"), 0.7, Qt::AlignRight}, {QObject::tr("From"), 1.3}, {QObject::tr("Item"), 6.5},
                        {QObject::tr("Dots"), 0.7, Qt::AlignRight}},
                 rows, TableStyle{9, 18, 4, true});
    }

private:
    void items(PageFlow& flow, const RoundDetail& d, int groupNumber)
    {
        for (ItemTag tag : kTagOrder) {
            std::vector<const DiscussionItem*> tagged;
            for (const DiscussionItem& i : d.items) {
                if (i.groupNumber == groupNumber && i.tag == tag)
                    tagged.push_back(&i);
            }
            if (tagged.empty())
                continue;
            flow.gap(m_pages.pt(3));
            paragraph(flow, itemTagLabel(tag), printFont(9, true), kMuted, m_pages.pt(8), lineHeight(printFont(9.5)));
            for (const DiscussionItem* i : tagged)
                paragraph(flow, QStringLiteral("•  ") + i->text, printFont(9.5), kText, m_pages.pt(14));
        }
    }

    void ranked(PageFlow& flow, const RoundDetail& d)
    {
        flow.gap(m_pages.pt(14));
        paragraph(flow, QObject::tr("Items by votes"), printFont(11.5, true), kText, 0, lineHeight(printFont(9.5)) * 2);
        if (d.items.empty()) {
            paragraph(flow, QObject::tr("No report-outs yet."), printFont(9.5), kMuted);
            return;
        }
        std::vector<TableRow> rows;
        for (const DiscussionItem& i : d.ranked())
            rows.push_back(TableRow{TableRow::Kind::Data, {QString::number(i.dots), i.text, groupName(i.groupNumber), itemTagLabel(i.tag)}});
        flow.gap(m_pages.pt(4));
        addTable(flow, {{QObject::tr("Dots"), 0.7, Qt::AlignRight}, {QObject::tr("Item"), 6.2}, {QObject::tr("From"), 1.4}, {QObject::tr("Tag"), 1.3}},
                 rows, TableStyle{9, 18, 4, true});
    }

    PdfPages& m_pages;
};

// One group's box on a wall page: its name, then its people as large as fits.
void paintGroup(QPainter& p, const QRectF& r, const DiscussionGroup& g, const PdfPages& pages)
{
    p.setPen(QPen(kRule, pages.pt(1)));
    p.drawRect(r);
    const QRectF inner = r.adjusted(pages.pt(10), pages.pt(8), -pages.pt(10), -pages.pt(8));
    const QFont titleFont = printFont(24, true);
    const double titleHeight = pages.metrics(titleFont).height();
    p.setPen(kText);
    drawText(p, QRectF(inner.left(), inner.top(), inner.width(), titleHeight), groupName(g.number), titleFont, Qt::AlignLeft | Qt::AlignTop);
    const QRectF list(inner.left(), inner.top() + titleHeight + pages.pt(6), inner.width(), inner.height() - titleHeight - pages.pt(6));
    const int count = std::max<int>(1, int(g.members.size()));
    // Names one per line: the largest type (up to 22 pt) that fits the box.
    double points = 22;
    while (points > 9 && pages.metrics(printFont(points)).lineSpacing() * count > list.height())
        points -= 1;
    double y = list.top();
    for (const GroupMember& m : g.members) {
        const QFont font = fitted(printFont(points), m.person.fullName(), list.width(), 8, pages.device());
        const double h = pages.metrics(font).lineSpacing();
        if (y + h > list.bottom() + pages.pt(1))
            break;
        drawText(p, QRectF(list.left(), y, list.width(), h), m.person.fullName(), font, Qt::AlignLeft | Qt::AlignTop);
        y += h;
    }
    if (g.members.empty()) {
        p.setPen(kMuted);
        drawText(p, QRectF(list.left(), y, list.width(), list.height()), QObject::tr("No one placed yet."), italic(14), Qt::AlignLeft | Qt::AlignTop);
    }
}

} // namespace

Result<DiscussionDocument> discussionDocument(const Database& db, Id workshopId)
{
    DiscussionDocument doc;
    auto workshop = workshops::get(db, workshopId);
    if (!workshop)
        return std::unexpected(workshop.error());
    doc.workshop = *workshop;
    auto where = whereOf(db, *workshop);
    if (!where)
        return std::unexpected(where.error());
    doc.where = *where;
    auto list = discussions::rounds(db, workshopId);
    if (!list)
        return std::unexpected(list.error());
    if (list->empty())
        return fail(QObject::tr("“%1” has no discussion rounds yet, so there is nothing to print.").arg(workshop->title));
    for (const DiscussionRound& r : *list) {
        auto d = discussions::detail(db, r.id);
        if (!d)
            return std::unexpected(d.error());
        doc.rounds.push_back(std::move(*d));
    }
    auto lot = discussions::parkingLot(db, workshopId);
    if (!lot)
        return std::unexpected(lot.error());
    doc.parkingLot = std::move(*lot);
    return doc;
}

Result<PdfSummary> writeDiscussionSummary(const DiscussionDocument& doc, const QString& path, const PrintOptions& options)
{
    if (doc.rounds.empty())
        return fail(QObject::tr("“%1” has no discussion rounds yet, so there is nothing to print.").arg(doc.workshop.title));
    auto pages = PdfPages::open(path, options, QPageLayout::Portrait, DocumentHeading{QObject::tr("Discussions"), doc.workshop.title, doc.where});
    if (!pages)
        return std::unexpected(pages.error());
    Summary summary(**pages);
    for (const RoundDetail& d : doc.rounds)
        summary.round(d);
    summary.parkingLot(doc);
    if (auto done = (*pages)->finish(); !done)
        return std::unexpected(done.error());
    return PdfSummary{(*pages)->pageCount(), int(doc.rounds.size())};
}

Result<PdfSummary> writeGroupLists(const DiscussionDocument& doc, const QString& path, const PrintOptions& options)
{
    if (doc.rounds.empty())
        return fail(QObject::tr("“%1” has no discussion rounds yet, so there is nothing to print.").arg(doc.workshop.title));
    auto opened = PdfPages::open(path, options, QPageLayout::Portrait, DocumentHeading{QObject::tr("Discussion groups"), doc.workshop.title, doc.where});
    if (!opened)
        return std::unexpected(opened.error());
    PdfPages& pages = **opened;
    for (const RoundDetail& d : doc.rounds) {
        for (size_t first = 0; first < std::max<size_t>(d.groups.size(), 1); first += kGroupsPerWallPage) {
            const int page = pages.addHeadedPage(roundTitle(d.round));
            QRectF body = pages.body(true);
            if (!d.round.prompt.isEmpty()) {
                const QFont font = italic(13);
                const int lines = std::clamp(lineCount(d.round.prompt, font, body.width(), pages.device()), 1, 3);
                const double h = pages.metrics(font).height() + (lines - 1) * pages.metrics(font).lineSpacing() + pages.pt(1);
                pages.place(page, QRectF(body.left(), body.top(), body.width(), h), [text = d.round.prompt, font, lines](QPainter& p, const QRectF& r) {
                    p.setPen(kText);
                    drawText(p, r, text, font, Qt::AlignLeft | Qt::AlignTop, lines);
                });
                body.setTop(body.top() + h + pages.pt(10));
            }
            const int onPage = int(std::min<size_t>(d.groups.size() - std::min(first, d.groups.size()), kGroupsPerWallPage));
            const int columns = onPage <= 2 ? 1 : onPage <= 8 ? 2 : 3;
            const int rows = std::max(1, (onPage + columns - 1) / columns);
            const double gap = pages.pt(10);
            const double w = (body.width() - gap * (columns - 1)) / columns;
            const double h = (body.height() - gap * (rows - 1)) / rows;
            for (int i = 0; i < onPage; ++i) {
                const DiscussionGroup& g = d.groups[first + size_t(i)];
                const QRectF cell(body.left() + (i % columns) * (w + gap), body.top() + (i / columns) * (h + gap), w, h);
                pages.place(page, cell, [&g, &pages](QPainter& p, const QRectF& r) { paintGroup(p, r, g, pages); });
            }
        }
    }
    if (auto done = pages.finish(); !done)
        return std::unexpected(done.error());
    return PdfSummary{pages.pageCount(), int(doc.rounds.size())};
}

} // namespace rt::exports

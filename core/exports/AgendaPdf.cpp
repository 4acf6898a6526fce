#include "exports/AgendaPdf.h"

#include "exports/PdfPages.h"

#include <QObject>
#include <QPainter>

namespace rt::exports {
namespace {

const QColor kText(0x11, 0x11, 0x11);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kPauseText(0x6e, 0x6e, 0x6e);
const QColor kPauseFill(0xf3, 0xf3, 0xf3);
const QColor kHeaderFill(0xe6, 0xe6, 0xe6);
const QColor kRowRule(0xc4, 0xc4, 0xc4);
const QColor kWarning(0xa0, 0x1c, 0x1c);
const QColor kNoteRule(0x99, 0x99, 0x99);

QFont italic(double points)
{
    QFont f = printFont(points);
    f.setItalic(true);
    return f;
}

// A run of text in one type, measured for the width it will be drawn in.
struct Piece {
    QString text;
    QFont font;
    QColor color;
    int lines = 1;
    double height = 0;
    double indent = 0; // notes sit in from a rule on their left
};

struct Cell {
    std::vector<Piece> pieces;
};

struct Row {
    std::vector<Cell> cells;
    bool pause = false;
    double height = 0;
};

struct Column {
    QString title;
    double width = 0;
};

// The measurements and the drawing shared by both versions.
class Layout {
public:
    Layout(PdfPages& pages, const AgendaDocument& doc, AgendaAudience audience)
        : m_pages(pages)
        , m_doc(doc)
        , m_facilitators(audience == AgendaAudience::Facilitators)
        , m_pad(pages.pt(4))
        , m_pieceGap(pages.pt(1.5))
    {
        const double width = pages.content().width();
        const double timeWidth = pages.metrics(printFont(9.5)).horizontalAdvance(QStringLiteral("00:00–00:00")) + 2 * m_pad + pages.pt(4);
        if (m_facilitators) {
            const double lengthWidth = std::max(pages.metrics(printFont(8.5)).horizontalAdvance(agenda::durationLabel(95)),
                                                pages.metrics(headerFont()).horizontalAdvance(QObject::tr("Length")))
                                       + 2 * m_pad + pages.pt(2);
            const double presenterWidth = width * 0.19;
            m_columns = {{QObject::tr("Time"), timeWidth},
                         {QObject::tr("Length"), lengthWidth},
                         {QObject::tr("Session"), width - timeWidth - lengthWidth - presenterWidth},
                         {QObject::tr("Presenter"), presenterWidth}};
        } else {
            m_columns = {{QObject::tr("Time"), timeWidth}, {QObject::tr("Session"), width - timeWidth}};
        }
        m_edges.push_back(0);
        for (const Column& c : m_columns)
            m_edges.push_back(m_edges.back() + c.width);
        m_headerHeight = pages.metrics(headerFont()).lineSpacing() + 2 * m_pad;
    }

    void write()
    {
        if (m_facilitators) {
            // Each day on its own pages, the day named in every page's header.
            bool first = true;
            for (const AgendaDay& day : m_doc.days) {
                PageFlow flow(m_pages, m_doc.dayLabel(day));
                if (first)
                    addFacilitatorsLine(flow);
                first = false;
                addDay(flow, day);
            }
        } else {
            PageFlow flow(m_pages);
            addFacilitatorsLine(flow);
            for (const AgendaDay& day : m_doc.days) {
                if (!day.items.empty())
                    addDay(flow, day);
            }
        }
    }

private:
    static QFont headerFont() { return printFont(8, true); }
    static QFont dayFont() { return printFont(12.5, true); }

    double innerWidth(size_t column) const { return m_columns[column].width - 2 * m_pad; }

    Piece piece(const QString& text, const QFont& font, const QColor& color, double width, int maxLines, double indent = 0) const
    {
        const QFontMetricsF fm = m_pages.metrics(font);
        const int lines = std::clamp(lineCount(text, font, width - indent, m_pages.device()), 1, maxLines);
        return Piece{text, font, color, lines, fm.height() + (lines - 1) * fm.lineSpacing(), indent};
    }

    double heightOf(const Cell& cell) const
    {
        double h = 0;
        for (const Piece& p : cell.pieces)
            h += p.height;
        return h + m_pieceGap * double(std::max<size_t>(cell.pieces.size(), 1) - 1);
    }

    // A paragraph across the page, kept with `keepWith` more.
    void addParagraph(PageFlow& flow, const QString& text, const QFont& font, const QColor& color, double keepWith = 0)
    {
        const Piece p = piece(text, font, color, flow.width(), 30);
        const double slack = m_pages.pt(1); // so the last line is never dropped for rounding
        flow.add(p.height, [p, slack](QPainter& painter, const QRectF& r) {
            painter.setPen(p.color);
            drawText(painter, r.adjusted(0, 0, 0, slack), p.text, p.font, Qt::AlignLeft | Qt::AlignTop, p.lines);
        }, keepWith);
    }

    void addFacilitatorsLine(PageFlow& flow)
    {
        QStringList names;
        for (const Facilitator& f : m_doc.facilitators)
            names << (f.lead ? QObject::tr("%1 (lead)").arg(f.displayName()) : f.displayName());
        if (names.isEmpty())
            return;
        addParagraph(flow, QObject::tr("Facilitators: %1").arg(names.join(QStringLiteral(", "))), printFont(9), kMuted);
        flow.gap(m_pages.pt(10));
    }

    Row rowFor(const AgendaDay& day, size_t index) const
    {
        const AgendaItem& item = day.items[index];
        const ScheduledItem& when = day.schedule.items[index];
        Row row;
        row.pause = isPause(item.kind);
        const QColor text = row.pause ? kPauseText : kText;
        const QString hhmm = QStringLiteral("HH:mm");
        const bool late = m_facilitators && when.endMinute > day.schedule.windowEndMinute;

        Cell time;
        time.pieces.push_back(piece(QObject::tr("%1–%2").arg(when.start().toString(hhmm), when.end().toString(hhmm)), printFont(9.5),
                                    late ? kWarning : text, innerWidth(0), 1));
        if (m_facilitators && item.isAnchored()) {
            const QString fixed = when.clash > 0 ? QObject::tr("fixed · %1 over").arg(agenda::durationLabel(when.clash)) : QObject::tr("fixed time");
            time.pieces.push_back(piece(fixed, printFont(7.5, true), when.clash > 0 ? kWarning : kMuted, innerWidth(0), 2));
            if (when.gapBefore > 0)
                time.pieces.push_back(piece(QObject::tr("%1 free before").arg(agenda::durationLabel(when.gapBefore)), printFont(7.5), kMuted,
                                            innerWidth(0), 2));
        }
        row.cells.push_back(time);

        if (m_facilitators)
            row.cells.push_back(Cell{{piece(agenda::durationLabel(item.plannedMinutes()), printFont(8.5), text, innerWidth(1), 1)}});

        const size_t sessionColumn = m_facilitators ? 2 : 1;
        const double width = innerWidth(sessionColumn);
        Cell session;
        session.pieces.push_back(row.pause ? piece(item.title, printFont(9.5), text, width, 2) : piece(item.title, printFont(10, true), text, width, 3));
        QStringList meta;
        if (m_facilitators && !(row.pause && item.title.compare(agendaKindLabel(item.kind), Qt::CaseInsensitive) == 0))
            meta << agendaKindLabel(item.kind);
        if (!item.module.isEmpty())
            meta << item.module;
        if (!m_facilitators && !item.presenterName.isEmpty())
            meta << item.presenterName;
        if (!meta.isEmpty() && !(row.pause && !m_facilitators))
            session.pieces.push_back(piece(meta.join(QStringLiteral(" · ")), printFont(8), kMuted, width, 2));
        if (!item.prompt.isEmpty() && !row.pause)
            session.pieces.push_back(piece(m_facilitators ? QObject::tr("Prompt: %1").arg(item.prompt) : item.prompt, italic(8.5),
                                           QColor(0x33, 0x33, 0x33), width, 5));
        if (m_facilitators) {
            // Notes keep their paragraphs; a long note is cut short rather than taking the page.
            const QStringList paragraphs = item.notes.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (qsizetype i = 0; i < paragraphs.size() && i < 6; ++i)
                session.pieces.push_back(piece(i == 0 ? QObject::tr("Note: %1").arg(paragraphs[i].trimmed()) : paragraphs[i].trimmed(),
                                               printFont(8.5), kText, width, 6, m_pages.pt(7)));
        }
        row.cells.push_back(session);

        if (m_facilitators)
            row.cells.push_back(Cell{{piece(item.presenterName, printFont(8.5), text, innerWidth(3), 2)}});

        for (const Cell& c : row.cells)
            row.height = std::max(row.height, heightOf(c));
        row.height += 2 * m_pad + m_pages.pt(1);
        return row;
    }

    Paint headerPaint() const
    {
        return [columns = m_columns, edges = m_edges, pad = m_pad, pen = m_pages.pt(0.5)](QPainter& p, const QRectF& r) {
            p.fillRect(r, kHeaderFill);
            p.setPen(Qt::black);
            for (size_t i = 0; i < columns.size(); ++i)
                drawText(p, QRectF(r.left() + edges[i] + pad, r.top(), columns[i].width - 2 * pad, r.height()), columns[i].title, headerFont(),
                         Qt::AlignLeft | Qt::AlignVCenter);
            p.setPen(QPen(kRowRule, pen));
            p.drawLine(r.bottomLeft(), r.bottomRight());
        };
    }

    Paint rowPaint(const Row& row) const
    {
        return [row, edges = m_edges, pad = m_pad, gap = m_pieceGap, slack = m_pages.pt(1), pen = m_pages.pt(0.5),
                notePen = m_pages.pt(1.25)](QPainter& p, const QRectF& r) {
            if (row.pause)
                p.fillRect(r, kPauseFill);
            for (size_t i = 0; i < row.cells.size(); ++i) {
                const double left = r.left() + edges[i] + pad;
                const double width = edges[i + 1] - edges[i] - 2 * pad;
                double y = r.top() + pad;
                for (const Piece& piece : row.cells[i].pieces) {
                    if (piece.indent > 0) {
                        p.setPen(QPen(kNoteRule, notePen));
                        p.drawLine(QPointF(left + notePen, y), QPointF(left + notePen, y + piece.height));
                    }
                    p.setPen(piece.color);
                    drawText(p, QRectF(left + piece.indent, y, width - piece.indent, piece.height + slack), piece.text, piece.font,
                             Qt::AlignLeft | Qt::AlignTop, piece.lines);
                    y += piece.height + gap;
                }
            }
            p.setPen(QPen(kRowRule, pen));
            p.drawLine(r.bottomLeft(), r.bottomRight());
        };
    }

    void addDay(PageFlow& flow, const AgendaDay& day)
    {
        const QString hhmm = QStringLiteral("HH:mm");
        if (day.items.empty()) {
            addParagraph(flow, QObject::tr("Nothing is planned for this day yet. Add its items on the Agenda tab."), printFont(10), kMuted);
            return;
        }
        std::vector<Row> rows;
        for (size_t i = 0; i < day.items.size(); ++i)
            rows.push_back(rowFor(day, i));

        // The day's heading (the participants' version) or its plan in one
        // line, never apart from the table's header and first row; in the
        // handout a day that fits on a page is not split.
        const double headingGap = m_pages.pt(4);
        double keep = headingGap + m_headerHeight + rows.front().height;
        if (!m_facilitators) {
            double whole = keep;
            for (size_t i = 1; i < rows.size(); ++i)
                whole += rows[i].height;
            const Piece heading = piece(m_doc.dayLabel(day), dayFont(), kText, m_pages.content().width(), 2);
            if (heading.height + whole <= m_pages.body(false).height())
                keep = whole;
        }
        if (m_facilitators) {
            const QString plan = QObject::tr("The day runs %1–%2 (its attendance blocks); the plan fills %3–%4 with %n item(s).", nullptr,
                                             int(day.items.size()))
                                     .arg(day.window.starts.toString(hhmm), day.window.ends.toString(hhmm),
                                          agenda::timeOfMinute(day.schedule.startMinute).toString(hhmm),
                                          agenda::timeOfMinute(day.schedule.endMinute).toString(hhmm));
            addParagraph(flow, plan, printFont(8.5), kMuted, keep);
        } else {
            addParagraph(flow, m_doc.dayLabel(day), dayFont(), kText, keep);
        }
        flow.gap(headingGap);
        flow.add(m_headerHeight, headerPaint(), rows.front().height);
        if (m_facilitators) {
            // The page header names the day.
            flow.repeatFromNextPage(m_headerHeight, headerPaint());
        } else {
            const Piece continued = piece(QObject::tr("%1 (continued)").arg(m_doc.dayLabel(day)), dayFont(), kText, m_pages.content().width(), 1);
            const double height = continued.height + headingGap + m_headerHeight;
            flow.repeatFromNextPage(height, [continued, header = headerPaint(), headerHeight = m_headerHeight](QPainter& p, const QRectF& r) {
                p.setPen(continued.color);
                drawText(p, QRectF(r.left(), r.top(), r.width(), continued.height), continued.text, continued.font, Qt::AlignLeft | Qt::AlignTop);
                header(p, QRectF(r.left(), r.bottom() - headerHeight, r.width(), headerHeight));
            });
        }
        for (const Row& row : rows)
            flow.add(row.height, rowPaint(row));
        flow.stopRepeating();
        flow.gap(m_pages.pt(m_facilitators ? 10 : 18));
        if (m_facilitators)
            addWarnings(flow, day);
    }

    // At the day's foot: what the facilitator should fix, or that it fits.
    void addWarnings(PageFlow& flow, const AgendaDay& day)
    {
        if (day.schedule.warnings.isEmpty()) {
            addParagraph(flow, QObject::tr("The plan fits the day."), printFont(8.5), kMuted);
            return;
        }
        const QFont body = printFont(8.5);
        const double first = piece(day.schedule.warnings.front(), body, kWarning, flow.width(), 30).height;
        addParagraph(flow, QObject::tr("To fix in the plan"), printFont(9.5, true), kWarning, m_pages.pt(3) + first);
        for (const QString& warning : day.schedule.warnings) {
            flow.gap(m_pages.pt(3));
            addParagraph(flow, QObject::tr("• %1").arg(warning), body, kWarning);
        }
    }

    PdfPages& m_pages;
    const AgendaDocument& m_doc;
    bool m_facilitators = false;
    double m_pad = 0;
    double m_pieceGap = 0;
    std::vector<Column> m_columns;
    std::vector<double> m_edges; // from the table's left, the last its right side
    double m_headerHeight = 0;
};

} // namespace

Result<PdfSummary> writeAgenda(const AgendaDocument& doc, const QString& path, const PrintOptions& options, AgendaAudience audience)
{
    if (auto s = doc.requireItems(); !s)
        return std::unexpected(s.error());
    const QString title = audience == AgendaAudience::Facilitators ? QObject::tr("Agenda for facilitators") : QObject::tr("Agenda");
    auto pages = PdfPages::open(path, options, QPageLayout::Portrait, DocumentHeading{title, doc.workshop.title, whereLabel(doc.venueLabel(), doc.workshop)});
    if (!pages)
        return std::unexpected(pages.error());
    Layout(**pages, doc, audience).write();
    if (auto done = (*pages)->finish(); !done)
        return std::unexpected(done.error());
    return PdfSummary{(*pages)->pageCount(), doc.itemCount()};
}

} // namespace rt::exports

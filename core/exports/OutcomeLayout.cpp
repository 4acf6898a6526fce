#include "exports/OutcomeLayout.h"

#include "workshops/Workshop.h"

#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

namespace rt::exports::layout {

const QColor& textColor()
{
    static const QColor c(0x11, 0x11, 0x11);
    return c;
}

const QColor& mutedColor()
{
    static const QColor c(0x55, 0x55, 0x55);
    return c;
}

const QColor& ruleColor()
{
    static const QColor c(0xbb, 0xbb, 0xbb);
    return c;
}

QStringList wrapLines(const QString& text, const QFont& font, double width, const QPaintDevice* device)
{
    QStringList lines;
    // Each line the person typed wraps on its own; tabs read as spaces.
    for (QString paragraph : text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n|\u2028|\u2029")))) {
        paragraph.replace(QLatin1Char('\t'), QLatin1Char(' '));
        paragraph = paragraph.trimmed();
        if (paragraph.isEmpty()) {
            if (!lines.isEmpty())
                lines << QString();
            continue;
        }
        QTextLayout layout(paragraph, font, device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines;
}

std::vector<Piece> linePieces(const PdfPages& pages, const QString& text, const QFont& font, const QColor& color, double width,
                              double indent)
{
    std::vector<Piece> pieces;
    const double spacing = pages.metrics(font).lineSpacing();
    for (const QString& line : wrapLines(text, font, width - indent, pages.device())) {
        pieces.push_back(Piece{spacing, [line, font, color, indent](QPainter& p, const QRectF& r) {
                                   p.setPen(color);
                                   // A little room to the right: the line was measured to fit.
                                   drawText(p, r.adjusted(indent, 0, r.width(), 0), line, font, Qt::AlignLeft | Qt::AlignTop);
                               }});
    }
    return pieces;
}

double pageHeight(const PdfPages& pages, bool withDetail)
{
    return pages.body(withDetail).height();
}

double heightOf(const std::vector<Piece>& pieces)
{
    double h = 0;
    for (const Piece& piece : pieces)
        h += piece.height;
    return h;
}

void addKept(PageFlow& flow, const std::vector<Piece>& pieces, double pageHeight, double keepWith)
{
    if (pieces.empty())
        return;
    const double total = heightOf(pieces);
    if (total + keepWith <= pageHeight) {
        flow.add(total, [pieces](QPainter& p, const QRectF& r) {
            double y = r.top();
            for (const Piece& piece : pieces) {
                p.save();
                piece.paint(p, QRectF(r.left(), y, r.width(), piece.height));
                p.restore();
                y += piece.height;
            }
        }, keepWith);
        return;
    }
    for (size_t i = 0; i < pieces.size(); ++i)
        flow.add(pieces[i].height, pieces[i].paint, i + 1 < pieces.size() ? std::min(pieces[i + 1].height, pageHeight / 4) : keepWith);
}

void addParagraph(PageFlow& flow, const QString& text, const QFont& font, const QColor& color, double pageHeight, double indent,
                  double keepWith)
{
    addKept(flow, linePieces(flow.pages(), text, font, color, flow.width(), indent), pageHeight, keepWith);
}

namespace {

const QColor kGrid(0xb4, 0xb4, 0xb4);
const QColor kHeaderFill(0xe6, 0xe6, 0xe6);
const QColor kHeadingFill(0xf0, 0xf0, 0xf0);
const QColor kBand(0xf7, 0xf7, 0xf7);

void gridLines(QPainter& p, const QRectF& r, const std::vector<double>& edges, double penWidth, bool top)
{
    p.setPen(QPen(kGrid, penWidth));
    for (double x : edges)
        p.drawLine(QPointF(r.left() + x, r.top()), QPointF(r.left() + x, r.bottom()));
    p.drawLine(r.bottomLeft(), r.bottomRight());
    if (top)
        p.drawLine(r.topLeft(), r.topRight());
}

// Lines drawn top down from `top`, each aligned in the cell as its column asks.
void drawLines(QPainter& p, const QRectF& cell, const QStringList& lines, const QFont& font, Qt::Alignment align, double spacing)
{
    double y = cell.top();
    for (const QString& line : lines) {
        // Measured to fit already: a little slack so rounding never elides it.
        const double slack = cell.width() * 0.02 + 1;
        QRectF box(cell.left(), y, cell.width(), spacing);
        if (align & Qt::AlignRight)
            box.setLeft(box.left() - slack);
        else if (align & Qt::AlignHCenter)
            box.adjust(-slack / 2, 0, slack / 2, 0);
        else
            box.setRight(box.right() + slack);
        drawText(p, box, line, font, (align & Qt::AlignHorizontal_Mask) | Qt::AlignTop);
        y += spacing;
    }
}

} // namespace

void addWrappedTable(PageFlow& flow, const std::vector<TableColumn>& columns, const std::vector<TableRow>& rows, double fontPoints,
                     const std::vector<ColumnGroup>& groups)
{
    PdfPages& pages = flow.pages();
    double weights = 0;
    for (const TableColumn& c : columns)
        weights += c.weight;
    std::vector<double> edges{0.0};
    for (const TableColumn& c : columns)
        edges.push_back(edges.back() + flow.width() * c.weight / weights);
    const double pad = pages.pt(4);
    const double penWidth = pages.pt(0.5);
    const QFont headFont = printFont(fontPoints - 1, true);
    const QFont cellFont = printFont(fontPoints);
    const QFont boldFont = printFont(fontPoints, true);
    const double cellSpacing = pages.metrics(cellFont).lineSpacing();
    const double headSpacing = pages.metrics(headFont).lineSpacing();
    const double limit = pageHeight(pages, true) / 2; // no single row taller than half a page
    const auto cellWidth = [&](size_t i) { return edges[i + 1] - edges[i] - 2 * pad; };

    std::vector<QStringList> headLines;
    size_t headerLineCount = 1;
    for (size_t i = 0; i < columns.size(); ++i) {
        headLines.push_back(wrapLines(columns[i].title, headFont, cellWidth(i), pages.device()));
        headerLineCount = std::max<size_t>(headerLineCount, headLines.back().size());
    }
    // Which columns sit under a group title: their titles go in the lower band.
    std::vector<bool> grouped(columns.size(), false);
    std::vector<std::pair<size_t, size_t>> spans; // [first, last) of titled groups
    for (size_t first = 0, g = 0; g < groups.size() && first < columns.size(); ++g) {
        const size_t last = std::min(columns.size(), first + size_t(std::max(1, groups[g].span)));
        if (!groups[g].title.isEmpty()) {
            spans.emplace_back(first, last);
            for (size_t i = first; i < last; ++i)
                grouped[i] = true;
        }
        first = last;
    }
    const double groupHeight = spans.empty() ? 0 : headSpacing + 2 * pad;
    const double headerHeight = groupHeight + double(headerLineCount) * headSpacing + 2 * pad;
    QStringList groupTitles;
    for (const ColumnGroup& g : groups) {
        if (!g.title.isEmpty())
            groupTitles << g.title;
    }
    Paint header = [=](QPainter& p, const QRectF& r) {
        p.fillRect(r, kHeaderFill);
        p.setPen(Qt::black);
        for (size_t g = 0; g < spans.size(); ++g) {
            const auto [first, last] = spans[g];
            const QRectF band(r.left() + edges[first] + pad, r.top() + pad, edges[last] - edges[first] - 2 * pad, headSpacing);
            drawText(p, band, groupTitles[int(g)], headFont, Qt::AlignHCenter | Qt::AlignTop);
            p.setPen(QPen(kGrid, penWidth));
            const double y = r.top() + groupHeight;
            p.drawLine(QPointF(r.left() + edges[first], y), QPointF(r.left() + edges[last], y));
            p.setPen(Qt::black);
        }
        for (size_t i = 0; i < columns.size(); ++i) {
            const double top = grouped[i] ? r.top() + groupHeight : r.top();
            const QRectF cell(r.left() + edges[i] + pad, top + pad, edges[i + 1] - edges[i] - 2 * pad, r.bottom() - top - 2 * pad);
            // Titles sit at the bottom of the header, next to the data.
            const double used = double(headLines[i].size()) * headSpacing;
            drawLines(p, cell.adjusted(0, cell.height() - used, 0, 0), headLines[i], headFont, columns[i].align, headSpacing);
        }
        p.setPen(QPen(kGrid, penWidth));
        for (size_t i = 0; i < edges.size(); ++i) {
            // Lines between the columns of one group start under its title.
            const bool inner = i > 0 && i < columns.size() && grouped[i - 1] && grouped[i]
                               && std::none_of(spans.begin(), spans.end(), [i](const auto& s) { return s.first == i; });
            const double top = inner ? r.top() + groupHeight : r.top();
            p.drawLine(QPointF(r.left() + edges[i], top), QPointF(r.left() + edges[i], r.bottom()));
        }
        p.drawLine(r.bottomLeft(), r.bottomRight());
        p.drawLine(r.topLeft(), r.topRight());
    };

    struct Laid {
        bool heading = false;
        bool total = false;
        std::vector<QStringList> cells;
        double height = 0;
    };
    std::vector<Laid> laid;
    for (const TableRow& row : rows) {
        Laid l;
        l.heading = row.kind == TableRow::Kind::Heading;
        l.total = row.kind == TableRow::Kind::Total;
        const QFont& font = l.heading || l.total ? boldFont : cellFont;
        size_t most = 1;
        if (l.heading) {
            l.cells.push_back(wrapLines(row.cells.value(0), font, flow.width() - 2 * pad, pages.device()));
            most = std::max<size_t>(1, l.cells.back().size());
        } else {
            for (size_t i = 0; i < columns.size(); ++i) {
                l.cells.push_back(wrapLines(row.cells.value(int(i)), font, cellWidth(i), pages.device()));
                most = std::max<size_t>(most, l.cells.back().size());
            }
        }
        const size_t allowed = std::max<size_t>(1, size_t((limit - 2 * pad) / cellSpacing));
        if (most > allowed) {
            for (QStringList& c : l.cells) {
                if (size_t(c.size()) > allowed) {
                    c = c.mid(0, int(allowed));
                    c.back() += QStringLiteral(" …");
                }
            }
            most = allowed;
        }
        l.height = double(most) * cellSpacing + 2 * pad;
        laid.push_back(std::move(l));
    }

    flow.repeatOnNewPages(headerHeight, header, laid.empty() ? 0 : laid.front().height);
    int band = 0;
    for (size_t index = 0; index < laid.size(); ++index) {
        const Laid& l = laid[index];
        // A heading stays with the row after it.
        const double keep = l.heading && index + 1 < laid.size() ? laid[index + 1].height : 0;
        if (l.heading)
            band = 0;
        const bool shaded = !l.heading && !l.total && band++ % 2 == 1;
        flow.add(l.height, [=](QPainter& p, const QRectF& r) {
            if (l.heading)
                p.fillRect(r, kHeadingFill);
            else if (shaded)
                p.fillRect(r, kBand);
            p.setPen(Qt::black);
            if (l.heading) {
                drawLines(p, r.adjusted(pad, pad, -pad, -pad), l.cells.front(), boldFont, Qt::AlignLeft, cellSpacing);
                gridLines(p, r, {0.0, edges.back()}, penWidth, false);
                return;
            }
            for (size_t i = 0; i < columns.size(); ++i) {
                const QRectF cell(r.left() + edges[i] + pad, r.top() + pad, edges[i + 1] - edges[i] - 2 * pad, r.height() - 2 * pad);
                drawLines(p, cell, l.cells[i], l.total ? boldFont : cellFont, columns[i].align, cellSpacing);
            }
            gridLines(p, r, edges, penWidth, l.total);
        }, keep);
    }
    flow.stopRepeating();
}

} // namespace rt::exports::layout

#include "exports/PdfPages.h"

#include "attendance/AttendanceSheet.h"
#include "workshops/Venues.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QObject>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

namespace rt::exports {
namespace {

constexpr double kMarginPoints = 36; // half an inch: inside what office printers can reach
constexpr double kGapPoints = 4;
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kRule(0x99, 0x99, 0x99);
const QColor kGrid(0xb4, 0xb4, 0xb4);
const QColor kHeaderFill(0xe6, 0xe6, 0xe6);
const QColor kHeadingFill(0xf0, 0xf0, 0xf0);
const QColor kBand(0xf7, 0xf7, 0xf7);

// What a person typed, on one line: line breaks and tabs become spaces and
// nothing else changes (it is never read as markup).
QString plain(QString text)
{
    for (QChar& c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return text;
}

QString folderOf(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absolutePath());
}

} // namespace

QString whereLabel(const QString& venueLabel, const Workshop& workshop)
{
    return venueLabel.isEmpty() ? workshop.datesLabel() : QStringLiteral("%1 · %2").arg(venueLabel, workshop.datesLabel());
}

Result<QString> whereOf(const Database& db, const Workshop& workshop)
{
    QString venue;
    if (workshop.venueId) {
        auto found = venues::get(db, *workshop.venueId);
        if (!found)
            return std::unexpected(found.error());
        venue = found->label();
    }
    return whereLabel(venue, workshop);
}

DocumentHeading headingFor(const QString& title, const AttendanceSheet& sheet)
{
    return DocumentHeading{title, sheet.workshop.title, whereLabel(sheet.venueLabel(), sheet.workshop)};
}

Result<std::unique_ptr<PdfPages>> PdfPages::open(const QString& path, const PrintOptions& options,
                                                 QPageLayout::Orientation orientation, DocumentHeading heading)
{
    if (path.trimmed().isEmpty())
        return fail(QObject::tr("Say where to save the PDF."));
    const QFileInfo target(path);
    if (target.isDir())
        return fail(QObject::tr("%1 is a folder. Give the name of the PDF file to write in it.").arg(QDir::toNativeSeparators(path)));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return fail(QObject::tr("The folder %1 does not exist. Choose another folder, or create this one first.").arg(folderOf(path)));

    auto pages = std::unique_ptr<PdfPages>(new PdfPages);
    if (!options.logoPath.isEmpty()) {
        QImageReader reader(options.logoPath);
        pages->m_logo = reader.read();
        if (pages->m_logo.isNull())
            return fail(QObject::tr("The logo %1 could not be read (%2). Use a PNG or JPEG image.")
                            .arg(QDir::toNativeSeparators(options.logoPath), reader.errorString()));
    }
    pages->m_options = options;
    pages->m_heading = std::move(heading);
    pages->m_path = path;
    pages->m_file = std::make_unique<QSaveFile>(path);
    if (!pages->m_file->open(QIODevice::WriteOnly)) {
        if (!folder.isWritable())
            return fail(QObject::tr("Roundtable may not write in the folder %1. Choose another folder.").arg(folderOf(path)));
        return fail(QObject::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), pages->m_file->errorString()));
    }
    auto& writer = pages->m_writer;
    writer = std::make_unique<QPdfWriter>(pages->m_file.get());
    writer->setResolution(1200);
    // No printer margins: the documents place everything themselves.
    writer->setPageLayout(QPageLayout(QPageSize(options.pageSize), orientation, QMarginsF(0, 0, 0, 0)));
    writer->setTitle(pages->m_heading.workshop.isEmpty()
                         ? pages->m_heading.title
                         : QObject::tr("%1 — %2").arg(pages->m_heading.title, pages->m_heading.workshop));
    writer->setCreator(QObject::tr("Roundtable"));
    pages->m_unitsPerPoint = writer->resolution() / 72.0;
    pages->m_paper = QRectF(QPointF(0, 0), writer->pageLayout().fullRectPixels(writer->resolution()).size());
    PdfPages& p = *pages;
    p.m_headerTextWidth = p.content().width();
    if (!p.m_logo.isNull()) {
        p.m_logoSize = QSizeF(p.m_logo.size()).scaled(QSizeF(p.pt(160), p.pt(48)), Qt::KeepAspectRatio);
        p.m_headerTextWidth -= p.m_logoSize.width() + p.pt(12);
    }
    p.m_workshopLines = std::clamp(lineCount(p.m_heading.workshop, printFont(11, true), p.m_headerTextWidth, p.device()), 1, 2);
    return pages;
}

PdfPages::~PdfPages() = default;

QFont printFont(double points, bool bold, Typeface face)
{
    QFont f(face == Typeface::Serif ? QStringLiteral("DejaVu Serif") : QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QFontMetricsF PdfPages::metrics(const QFont& font) const
{
    return QFontMetricsF(font, m_writer.get());
}

const QPaintDevice* PdfPages::device() const
{
    return m_writer.get();
}

QRectF PdfPages::content() const
{
    const double m = pt(kMarginPoints);
    return m_paper.adjusted(m, m, -m, -m);
}

double PdfPages::headerHeight(bool withDetail) const
{
    double h = metrics(printFont(15, true)).lineSpacing() + m_workshopLines * metrics(printFont(11, true)).lineSpacing()
               + metrics(printFont(9)).lineSpacing();
    if (!m_options.organisation.isEmpty())
        h += metrics(printFont(9)).lineSpacing();
    if (withDetail)
        h += pt(kGapPoints) + metrics(printFont(11, true)).lineSpacing();
    return std::max(h, m_logoSize.height());
}

QRectF PdfPages::body(bool withDetail) const
{
    const QRectF c = content();
    const double top = headerHeight(withDetail) + pt(14);
    const double bottom = metrics(printFont(8)).lineSpacing() + pt(10);
    return c.adjusted(0, top, 0, -bottom);
}

int PdfPages::addHeadedPage(const QString& detail)
{
    m_pages.push_back(Page{true, detail, {}});
    return pageCount() - 1;
}

int PdfPages::addBarePage()
{
    m_pages.push_back(Page{false, {}, {}});
    return pageCount() - 1;
}

void PdfPages::place(int page, const QRectF& rect, Paint paint)
{
    m_pages.at(size_t(page)).items.emplace_back(rect, std::move(paint));
}

void PdfPages::paintHeader(QPainter& painter, const Page& page) const
{
    const QRectF c = content();
    if (!m_logo.isNull())
        painter.drawImage(QRectF(QPointF(c.right() - m_logoSize.width(), c.top()), m_logoSize), m_logo);
    double y = c.top();
    const auto line = [&](const QString& text, const QFont& f, const QColor& color, int lines = 1) {
        const double h = lines * metrics(f).lineSpacing();
        painter.setPen(color);
        drawText(painter, QRectF(c.left(), y, m_headerTextWidth, h), text, f, Qt::AlignLeft | Qt::AlignTop, lines);
        y += h;
    };
    if (!m_options.organisation.isEmpty())
        line(m_options.organisation, printFont(9), kMuted);
    line(m_heading.title, printFont(15, true), Qt::black);
    line(m_heading.workshop, printFont(11, true), Qt::black, m_workshopLines);
    line(m_heading.where, printFont(9), kMuted);
    if (!page.detail.isEmpty()) {
        y += pt(kGapPoints);
        line(page.detail, printFont(11, true), Qt::black);
    }
    const double ruleY = c.top() + headerHeight(!page.detail.isEmpty()) + pt(6);
    painter.setPen(QPen(kRule, pt(0.75)));
    painter.drawLine(QPointF(c.left(), ruleY), QPointF(c.right(), ruleY));
}

void PdfPages::paintFooter(QPainter& painter, int index) const
{
    const QRectF c = content();
    const QFont f = printFont(8);
    const double h = metrics(f).lineSpacing();
    const QRectF band(c.left(), c.bottom() - h, c.width(), h);
    const QString pageText = QObject::tr("Page %1 of %2").arg(index + 1).arg(pageCount());
    const double pageWidth = metrics(f).horizontalAdvance(pageText) + pt(2);
    painter.setPen(kMuted);
    drawText(painter, band.adjusted(0, 0, -pageWidth - pt(12), 0),
             m_heading.workshop.isEmpty() ? m_heading.title : QObject::tr("%1 · %2").arg(m_heading.title, m_heading.workshop), f,
             Qt::AlignLeft | Qt::AlignBottom);
    drawText(painter, band, pageText, f, Qt::AlignRight | Qt::AlignBottom);
}

Status PdfPages::finish()
{
    if (m_pages.empty())
        return fail(QObject::tr("There is nothing to print."));
    QPainter painter;
    if (!painter.begin(m_writer.get()))
        return fail(QObject::tr("Could not start writing the PDF %1.").arg(QDir::toNativeSeparators(m_path)));
    painter.setRenderHint(QPainter::Antialiasing);
    for (size_t i = 0; i < m_pages.size(); ++i) {
        if (i > 0 && !m_writer->newPage()) {
            painter.end();
            return fail(QObject::tr("Could not add page %1 to the PDF %2.").arg(i + 1).arg(QDir::toNativeSeparators(m_path)));
        }
        const Page& page = m_pages[i];
        if (page.headed) {
            paintHeader(painter, page);
            paintFooter(painter, int(i));
        }
        for (const auto& [rect, paint] : page.items) {
            painter.save();
            paint(painter, rect);
            painter.restore();
        }
    }
    if (!painter.end())
        return fail(QObject::tr("Could not finish the PDF %1.").arg(QDir::toNativeSeparators(m_path)));
    m_writer.reset(); // done with the file: let go of it before it is committed
    // QSaveFile::commit() misses an error in writing out its last buffered
    // bytes (a full disk): flush first, so a cut-off PDF is never put in place.
    if (!m_file->flush() || !m_file->commit()) {
        const QString why = m_file->errorString();
        m_file->cancelWriting();
        return fail(QObject::tr("Could not save %1: %2").arg(QDir::toNativeSeparators(m_path), why));
    }
    return ok();
}

PageFlow::PageFlow(PdfPages& pages, QString detail)
    : m_pages(pages)
    , m_detail(std::move(detail))
    , m_body(pages.body(!m_detail.isEmpty()))
{
}

void PageFlow::newPage()
{
    m_page = m_pages.addHeadedPage(m_detail);
    m_y = m_body.top();
    m_fresh = true;
    if (m_repeat) {
        m_pages.place(m_page, QRectF(m_body.left(), m_y, m_body.width(), m_repeatHeight), m_repeat);
        m_y += m_repeatHeight;
    }
}

void PageFlow::add(double height, Paint paint, double keepWith)
{
    // A tiny tolerance: rows that exactly fill the page stay on it.
    if (m_page < 0 || (!m_fresh && m_y + height + keepWith > m_body.bottom() + 0.5))
        newPage();
    m_pages.place(m_page, QRectF(m_body.left(), m_y, m_body.width(), height), std::move(paint));
    m_y += height;
    m_fresh = false;
}

void PageFlow::gap(double height)
{
    if (m_page >= 0 && !m_fresh)
        m_y += height;
}

void PageFlow::repeatOnNewPages(double height, Paint paint, double keepWith)
{
    add(height, paint, keepWith);
    m_repeat = std::move(paint);
    m_repeatHeight = height;
}

void PageFlow::repeatFromNextPage(double height, Paint paint)
{
    m_repeat = std::move(paint);
    m_repeatHeight = height;
}

void PageFlow::stopRepeating()
{
    m_repeat = nullptr;
    m_repeatHeight = 0;
}

namespace {

void drawGridLines(QPainter& painter, const QRectF& r, const std::vector<double>& edges, double penWidth, bool top)
{
    painter.setPen(QPen(kGrid, penWidth));
    for (double x : edges)
        painter.drawLine(QPointF(r.left() + x, r.top()), QPointF(r.left() + x, r.bottom()));
    painter.drawLine(r.bottomLeft(), r.bottomRight());
    if (top)
        painter.drawLine(r.topLeft(), r.topRight());
}

} // namespace

void addTable(PageFlow& flow, const std::vector<TableColumn>& columns, const std::vector<TableRow>& rows, const TableStyle& style)
{
    PdfPages& pages = flow.pages();
    double weights = 0;
    for (const TableColumn& c : columns)
        weights += c.weight;
    // Column edges from the table's left, the last one its right side.
    auto edges = std::make_shared<std::vector<double>>(1, 0.0);
    for (const TableColumn& c : columns)
        edges->push_back(edges->back() + flow.width() * c.weight / weights);
    const double pad = pages.pt(4);
    const double penWidth = pages.pt(0.5);
    const QFont headFont = style.headerFont();
    const QFont cellFont = style.cellFont();
    const QFont boldFont = printFont(style.fontPoints, true);

    int headerLines = 1;
    for (size_t i = 0; i < columns.size(); ++i)
        headerLines = std::max(headerLines, std::min(2, lineCount(columns[i].title, headFont, (*edges)[i + 1] - (*edges)[i] - 2 * pad,
                                                                  pages.device())));
    const double headerHeight = headerLines * pages.metrics(headFont).lineSpacing() + 2 * pad;
    const double rowHeight = pages.pt(style.rowPoints);
    const double headingHeight = pages.metrics(boldFont).lineSpacing() + 2 * pad;

    Paint header = [=](QPainter& p, const QRectF& r) {
        p.fillRect(r, kHeaderFill);
        p.setPen(Qt::black);
        for (size_t i = 0; i < columns.size(); ++i) {
            const QRectF cell(r.left() + (*edges)[i] + pad, r.top(), (*edges)[i + 1] - (*edges)[i] - 2 * pad, r.height());
            drawText(p, cell, columns[i].title, headFont, columns[i].align | Qt::AlignVCenter, 2);
        }
        drawGridLines(p, r, *edges, penWidth, true);
    };
    flow.repeatOnNewPages(headerHeight, header, rowHeight);

    int band = 0;
    for (const TableRow& row : rows) {
        if (row.kind == TableRow::Kind::Heading) {
            band = 0;
            const QString text = row.cells.value(0);
            flow.add(headingHeight,
                     [=](QPainter& p, const QRectF& r) {
                         p.fillRect(r, kHeadingFill);
                         p.setPen(Qt::black);
                         drawText(p, r.adjusted(pad, 0, -pad, 0), text, boldFont, Qt::AlignLeft | Qt::AlignVCenter);
                         drawGridLines(p, r, {0.0, edges->back()}, penWidth, false);
                     },
                     rowHeight);
            continue;
        }
        const bool total = row.kind == TableRow::Kind::Total;
        const bool shaded = style.banded && !total && band++ % 2 == 1;
        const QStringList cells = row.cells;
        flow.add(rowHeight, [=](QPainter& p, const QRectF& r) {
            if (shaded)
                p.fillRect(r, kBand);
            p.setPen(Qt::black);
            std::vector<double> lines{0.0};
            for (size_t i = 0; i < columns.size();) {
                // A total's label runs on over the empty cells after it.
                size_t end = i + 1;
                while (total && !cells.value(int(i)).isEmpty() && end < columns.size() && cells.value(int(end)).isEmpty())
                    ++end;
                const QRectF cell(r.left() + (*edges)[i] + pad, r.top(), (*edges)[end] - (*edges)[i] - 2 * pad, r.height());
                drawText(p, cell, cells.value(int(i)), total ? boldFont : cellFont, columns[i].align | Qt::AlignVCenter,
                         total ? 1 : style.maxLines);
                lines.push_back((*edges)[end]);
                i = end;
            }
            drawGridLines(p, r, lines, penWidth, total);
        });
    }
    flow.stopRepeating();
}

void drawText(QPainter& painter, const QRectF& rect, const QString& raw, const QFont& font, Qt::Alignment align, int maxLines)
{
    const QString text = plain(raw);
    if (text.isEmpty() || rect.width() <= 0)
        return;
    const QFontMetricsF fm(font, painter.device());
    // No more lines than the box holds.
    maxLines = std::max(1, std::min(maxLines, int((rect.height() - fm.height()) / fm.lineSpacing()) + 1));
    QStringList lines;
    if (maxLines == 1) {
        lines << fm.elidedText(text, Qt::ElideRight, rect.width());
    } else {
        QTextLayout layout(text, font, painter.device());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        while (lines.size() < maxLines) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(rect.width());
            if (lines.size() == maxLines - 1) {
                // The last line allowed takes the rest, elided if it is too long.
                lines << fm.elidedText(text.mid(line.textStart()).trimmed(), Qt::ElideRight, rect.width());
                break;
            }
            lines << text.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    const double total = fm.height() + (lines.size() - 1) * fm.lineSpacing();
    double y = rect.top();
    if (align & Qt::AlignBottom)
        y = rect.bottom() - total;
    else if (!(align & Qt::AlignTop))
        y = rect.top() + (rect.height() - total) / 2;
    painter.setFont(font);
    for (const QString& line : lines) {
        const double width = fm.horizontalAdvance(line);
        double x = rect.left();
        if (align & Qt::AlignRight)
            x = rect.right() - width;
        else if (align & Qt::AlignHCenter)
            x = rect.left() + (rect.width() - width) / 2;
        painter.drawText(QPointF(x, y + fm.ascent()), line);
        y += fm.lineSpacing();
    }
}

QFont fitted(QFont font, const QString& text, double width, double minPoints, const QPaintDevice* device)
{
    const QString line = plain(text);
    while (font.pointSizeF() > minPoints && QFontMetricsF(font, device).horizontalAdvance(line) > width)
        font.setPointSizeF(std::max(minPoints, font.pointSizeF() * 0.94));
    return font;
}

int lineCount(const QString& text, const QFont& font, double width, const QPaintDevice* device)
{
    QTextLayout layout(plain(text), font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return lines;
}

} // namespace rt::exports

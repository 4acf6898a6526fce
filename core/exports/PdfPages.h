#pragma once
// The page machinery every printed document shares. A document is laid out
// first, as a list of pages each holding painters for rectangles on it, and
// painted only once the page count is known, so every footer can say
// "Page x of y". It is written through a QSaveFile: the file appears only
// when every page is painted, and a failed export leaves what was at that
// path untouched.
//
// Text a person typed is always drawn as plain text (never markup), wrapped
// or elided to its box.

#include "exports/PrintOptions.h"

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QRectF>
#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QPdfWriter;
class QSaveFile;

namespace rt {
class Database;
struct AttendanceSheet;
struct Workshop;
}

namespace rt::exports {

// Painted into a rectangle (in device units) on one page.
using Paint = std::function<void(QPainter&, const QRectF&)>;

// What the header of every page says, above the page's own detail line.
struct DocumentHeading {
    QString title;    // "Sign-in sheet"
    QString workshop; // the workshop's title
    QString where;    // venue and dates
};

// "Venue · dates" under a document's title; the dates alone without a venue.
QString whereLabel(const QString& venueLabel, const Workshop& workshop);
// The same, reading the workshop's venue from the file.
Result<QString> whereOf(const Database& db, const Workshop& workshop);

// The heading most documents use: the title, the workshop, its venue and dates.
DocumentHeading headingFor(const QString& title, const AttendanceSheet& sheet);

enum class Typeface { Sans, Serif };

// The type every document is printed in: the DejaVu families cover Latin,
// Greek and Cyrillic with accents, and their licence allows embedding, so the
// PDF carries the glyphs it uses.
QFont printFont(double points, bool bold = false, Typeface face = Typeface::Sans);

// One document's pages. Lengths are in device units (1200 per inch, so text
// is measured as precisely as it is drawn); pt() converts from points.
class PdfPages {
public:
    // Opens `path` for writing (nothing appears there until finish()). Fails,
    // saying why, when the folder is missing or not writable, or the logo
    // cannot be read.
    static Result<std::unique_ptr<PdfPages>> open(const QString& path, const PrintOptions& options,
                                                  QPageLayout::Orientation orientation, DocumentHeading heading);
    ~PdfPages();
    PdfPages(const PdfPages&) = delete;
    PdfPages& operator=(const PdfPages&) = delete;

    double pt(double points) const { return points * m_unitsPerPoint; }
    QFontMetricsF metrics(const QFont& font) const;
    const QPaintDevice* device() const; // for measuring text as it will be painted
    QRectF paper() const { return m_paper; }
    QRectF content() const; // inside the margins
    // Under the header and above the footer of a headed page.
    QRectF body(bool withDetail) const;
    const QImage& logo() const { return m_logo; }

    // A headed page (header and footer around the body) with an optional
    // detail line in its header, or a bare page that is all the painters'.
    int addHeadedPage(const QString& detail = {});
    int addBarePage();
    void place(int page, const QRectF& rect, Paint paint);
    int pageCount() const { return int(m_pages.size()); }

    // Paints every page and then commits the file; on failure nothing is written.
    Status finish();

private:
    struct Page {
        bool headed = false;
        QString detail;
        std::vector<std::pair<QRectF, Paint>> items;
    };

    PdfPages() = default;
    double headerHeight(bool withDetail) const;
    void paintHeader(QPainter& painter, const Page& page) const;
    void paintFooter(QPainter& painter, int index) const;

    PrintOptions m_options;
    DocumentHeading m_heading;
    QString m_path;
    QImage m_logo;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    double m_unitsPerPoint = 1;
    QRectF m_paper;
    QSizeF m_logoSize;          // in the header's top right corner
    double m_headerTextWidth = 0; // beside the logo
    int m_workshopLines = 1;    // a long workshop title takes two
    std::vector<Page> m_pages;
};

// Places blocks one below another on headed pages, starting a new page when
// the next block does not fit; a table's header row repeats on every page.
class PageFlow {
public:
    explicit PageFlow(PdfPages& pages, QString detail = {});
    PdfPages& pages() { return m_pages; }
    double width() const { return m_body.width(); }
    // Places a block of `height`; it goes to a new page unless it and
    // `keepWith` more (the row after a heading, say) fit on this one.
    void add(double height, Paint paint, double keepWith = 0);
    // Space between blocks; none at the top of a page.
    void gap(double height);
    void newPage();
    // Placed now and again at the top of every new page, until stopRepeating().
    void repeatOnNewPages(double height, Paint paint, double keepWith = 0);
    // Placed at the top of every new page from the next on (a table's header
    // with a "continued" line above it, say), until stopRepeating().
    void repeatFromNextPage(double height, Paint paint);
    void stopRepeating();

private:
    PdfPages& m_pages;
    QString m_detail;
    QRectF m_body;
    int m_page = -1;
    double m_y = 0;
    bool m_fresh = true; // nothing but the repeated block on this page yet
    double m_repeatHeight = 0;
    Paint m_repeat;
};

struct TableColumn {
    QString title;
    double weight = 1; // share of the table's width
    Qt::Alignment align = Qt::AlignLeft;
};

struct TableRow {
    enum class Kind { Data, Heading, Total };
    Kind kind = Kind::Data;
    QStringList cells; // a heading row's first cell spans the table
};

struct TableStyle {
    double fontPoints = 9;
    double rowPoints = 18;
    int maxLines = 2; // data cells wrap onto this many lines, then elide
    bool banded = true; // a light shade on every other data row

    // The fonts of the header row and the cells, to measure columns with.
    QFont headerFont() const { return printFont(fontPoints - 1, true); }
    QFont cellFont() const { return printFont(fontPoints); }
};

// Lays out a table in the flow, its header row repeated on every page.
void addTable(PageFlow& flow, const std::vector<TableColumn>& columns, const std::vector<TableRow>& rows,
              const TableStyle& style);

// Draws plain text in `rect`: wrapped onto at most `maxLines` lines, the last
// elided when the text does not fit, aligned as asked (vertically too).
void drawText(QPainter& painter, const QRectF& rect, const QString& text, const QFont& font, Qt::Alignment align,
              int maxLines = 1);
// `font`, made smaller (not below `minPoints`) until `text` fits `width` on one line.
QFont fitted(QFont font, const QString& text, double width, double minPoints, const QPaintDevice* device);
// The lines `text` wraps onto in `width`.
int lineCount(const QString& text, const QFont& font, double width, const QPaintDevice* device);

} // namespace rt::exports

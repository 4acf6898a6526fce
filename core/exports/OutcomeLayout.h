#pragma once
// Layout pieces the action plans and the outcome report share: text wrapped
// into lines measured on the page, blocks kept on one page when they fit and
// flowing line by line over pages when they do not (so long text a person
// typed is never cut), and the headings of a report's sections.

#include "exports/PdfPages.h"

#include <QColor>
#include <vector>

namespace rt::exports::layout {

const QColor& textColor();
const QColor& mutedColor();
const QColor& ruleColor();

// A strip of a block: its height and what paints it.
struct Piece {
    double height = 0;
    Paint paint;
};

// `text` (plain, its line breaks kept) wrapped into lines no wider than `width`.
QStringList wrapLines(const QString& text, const QFont& font, double width, const QPaintDevice* device);

// One piece per wrapped line of `text`, drawn from `indent`.
std::vector<Piece> linePieces(const PdfPages& pages, const QString& text, const QFont& font, const QColor& color, double width,
                              double indent = 0);

// The body height of the flow's pages (a block taller than this cannot stay whole).
double pageHeight(const PdfPages& pages, bool withDetail);

// Places the pieces as one block when they fit on one page, else piece by
// piece. `keepWith`: room wanted after the block on the same page.
void addKept(PageFlow& flow, const std::vector<Piece>& pieces, double pageHeight, double keepWith = 0);

double heightOf(const std::vector<Piece>& pieces);

// A paragraph of wrapped text across the flow's width (from `indent`).
void addParagraph(PageFlow& flow, const QString& text, const QFont& font, const QColor& color, double pageHeight,
                  double indent = 0, double keepWith = 0);

// A title over some adjacent columns ("Managers" over "Before" and "After");
// an empty title leaves its columns' own titles the full header's height.
struct ColumnGroup {
    QString title;
    int span = 1;
};

// A table whose rows grow to hold their wrapped text (addTable's rows have
// one height): the header row repeats on every page, a heading row's first
// cell spans the table, and a row is never split over two pages.
void addWrappedTable(PageFlow& flow, const std::vector<TableColumn>& columns, const std::vector<TableRow>& rows,
                     double fontPoints = 9, const std::vector<ColumnGroup>& groups = {});

} // namespace rt::exports::layout

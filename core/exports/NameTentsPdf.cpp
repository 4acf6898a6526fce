#include "exports/NameTentsPdf.h"

#include "attendance/AttendanceSheet.h"
#include "exports/PdfPages.h"

#include <QObject>
#include <QPainter>

namespace rt::exports {
namespace {

const QColor kMuted(0x55, 0x55, 0x55);
const QColor kGuide(0x9a, 0x9a, 0x9a);

struct Card {
    QString name;
    QString place;
    QString role;
};

QString placeOf(const Person& p)
{
    if (p.state.isEmpty() || p.jurisdiction.isEmpty())
        return p.jurisdiction.isEmpty() ? p.state : p.jurisdiction;
    return QStringLiteral("%1, %2").arg(p.jurisdiction, p.state);
}

std::vector<Card> cardsOf(const AttendanceSheet& sheet)
{
    std::vector<Card> cards;
    for (const AttendanceRow& r : sheet.rows)
        cards.push_back({r.entry.person.fullName(), placeOf(r.entry.person), r.entry.person.roleText()});
    return cards;
}

// The height `lines` of `font` take at most, fitted to `width`.
double blockHeight(const QString& text, const QFont& font, double width, int maxLines, const QPaintDevice* device)
{
    const QFontMetricsF fm(font, device);
    const int n = std::clamp(lineCount(text, font, width, device), 1, maxLines);
    return fm.height() + (n - 1) * fm.lineSpacing();
}

void dashed(QPainter& p, QPointF from, QPointF to, double width)
{
    QPen pen(kGuide, width);
    pen.setDashPattern({6, 4});
    p.setPen(pen);
    p.drawLine(from, to);
}

// One face of a tent, upright in `face`: the name large, the place below,
// the workshop small along the bottom edge (the one on the table).
void paintTentFace(QPainter& p, const QRectF& face, const Card& card, const QString& footer, double unitsPerPoint)
{
    const auto pt = [&](double points) { return points * unitsPerPoint; };
    const QPaintDevice* device = p.device();
    const QFont nameFont = fitted(printFont(60, true), card.name, face.width(), 32, device);
    const QFont placeFont = fitted(printFont(26), card.place, face.width(), 14, device);
    const QFont footFont = printFont(10);
    const double footHeight = QFontMetricsF(footFont, device).height();
    const double nameHeight = blockHeight(card.name, nameFont, face.width(), 2, device);
    const double placeHeight = card.place.isEmpty() ? 0 : blockHeight(card.place, placeFont, face.width(), 2, device);
    const double gap = card.place.isEmpty() ? 0 : pt(10);
    const double room = face.height() - footHeight - pt(12);
    double y = face.top() + std::max(0.0, (room - nameHeight - gap - placeHeight) / 2);
    p.setPen(Qt::black);
    drawText(p, QRectF(face.left(), y, face.width(), nameHeight), card.name, nameFont, Qt::AlignHCenter | Qt::AlignTop, 2);
    y += nameHeight + gap;
    p.setPen(QColor(0x33, 0x33, 0x33));
    drawText(p, QRectF(face.left(), y, face.width(), placeHeight), card.place, placeFont, Qt::AlignHCenter | Qt::AlignTop, 2);
    p.setPen(kMuted);
    drawText(p, QRectF(face.left(), face.bottom() - footHeight, face.width(), footHeight), footer, footFont,
             Qt::AlignHCenter | Qt::AlignBottom);
}

void paintTent(QPainter& p, const QRectF& paper, const Card& card, const QString& footer, double unitsPerPoint)
{
    const auto pt = [&](double points) { return points * unitsPerPoint; };
    const double fold = paper.center().y();
    const QRectF bottom = QRectF(paper.left(), fold, paper.width(), paper.height() / 2).adjusted(pt(40), pt(30), -pt(40), -pt(36));
    const QRectF top = QRectF(paper.left(), paper.top(), paper.width(), paper.height() / 2).adjusted(pt(40), pt(36), -pt(40), -pt(30));
    paintTentFace(p, bottom, card, footer, unitsPerPoint);
    // The top face turned half a circle about its own centre.
    p.save();
    p.translate(top.center());
    p.rotate(180);
    p.translate(-top.center());
    paintTentFace(p, top, card, footer, unitsPerPoint);
    p.restore();
    dashed(p, QPointF(paper.left() + pt(18), fold), QPointF(paper.right() - pt(18), fold), pt(0.6));
}

void paintBadge(QPainter& p, const QRectF& badge, const Card& card, const QString& header, const QString& footer, double unitsPerPoint)
{
    const auto pt = [&](double points) { return points * unitsPerPoint; };
    const QPaintDevice* device = p.device();
    const QRectF inner = badge.adjusted(pt(14), pt(12), -pt(14), -pt(10));
    const QFont smallFont = printFont(7.5);
    const double smallHeight = QFontMetricsF(smallFont, device).height();
    if (!header.isEmpty()) {
        p.setPen(kMuted);
        drawText(p, QRectF(inner.left(), inner.top(), inner.width(), smallHeight), header, smallFont, Qt::AlignHCenter | Qt::AlignTop);
    }
    const double footHeight = blockHeight(footer, smallFont, inner.width(), 2, device);
    p.setPen(kMuted);
    drawText(p, QRectF(inner.left(), inner.bottom() - footHeight, inner.width(), footHeight), footer, smallFont,
             Qt::AlignHCenter | Qt::AlignBottom, 2);

    const QFont nameFont = fitted(printFont(20, true), card.name, inner.width(), 13, device);
    const QFont placeFont = fitted(printFont(11), card.place, inner.width(), 8, device);
    const QFont roleFont = printFont(9.5);
    const double nameHeight = blockHeight(card.name, nameFont, inner.width(), 2, device);
    const double placeHeight = card.place.isEmpty() ? 0 : QFontMetricsF(placeFont, device).height();
    const double roleHeight = card.role.isEmpty() ? 0 : QFontMetricsF(roleFont, device).height();
    const double top = inner.top() + (header.isEmpty() ? 0 : smallHeight);
    const double room = inner.bottom() - footHeight - top;
    double y = top + std::max(0.0, (room - nameHeight - pt(4) - placeHeight - roleHeight) / 2);
    p.setPen(Qt::black);
    drawText(p, QRectF(inner.left(), y, inner.width(), nameHeight), card.name, nameFont, Qt::AlignHCenter | Qt::AlignTop, 2);
    y += nameHeight + pt(4);
    p.setPen(QColor(0x22, 0x22, 0x22));
    drawText(p, QRectF(inner.left(), y, inner.width(), placeHeight), card.place, placeFont, Qt::AlignHCenter | Qt::AlignTop);
    y += placeHeight;
    p.setPen(kMuted);
    drawText(p, QRectF(inner.left(), y, inner.width(), roleHeight), card.role, roleFont, Qt::AlignHCenter | Qt::AlignTop);
}


} // namespace

Result<PdfSummary> writeNameTents(const AttendanceSheet& sheet, const QString& path, const PrintOptions& options)
{
    if (sheet.rows.empty())
        return fail(QObject::tr("Nobody is registered for “%1” yet, so there are no name tents to print.").arg(sheet.workshop.title));
    auto opened = PdfPages::open(path, options, QPageLayout::Portrait,
                                 DocumentHeading{QObject::tr("Name tents"), sheet.workshop.title, {}});
    if (!opened)
        return std::unexpected(opened.error());
    PdfPages& pages = **opened;
    const QString footer = options.organisation.isEmpty() ? sheet.workshop.title
                                                          : QObject::tr("%1 · %2").arg(sheet.workshop.title, options.organisation);
    const double unitsPerPoint = pages.pt(1);
    const std::vector<Card> cards = cardsOf(sheet);
    for (const Card& card : cards) {
        pages.place(pages.addBarePage(), pages.paper(),
                    [=](QPainter& p, const QRectF& paper) { paintTent(p, paper, card, footer, unitsPerPoint); });
    }
    if (auto done = pages.finish(); !done)
        return std::unexpected(done.error());
    return PdfSummary{pages.pageCount(), int(cards.size())};
}

Result<PdfSummary> writeBadges(const AttendanceSheet& sheet, const QString& path, const PrintOptions& options)
{
    if (sheet.rows.empty())
        return fail(QObject::tr("Nobody is registered for “%1” yet, so there are no badges to print.").arg(sheet.workshop.title));
    auto opened = PdfPages::open(path, options, QPageLayout::Portrait, DocumentHeading{QObject::tr("Badges"), sheet.workshop.title, {}});
    if (!opened)
        return std::unexpected(opened.error());
    PdfPages& pages = **opened;

    // 3.5 × 2.25 inch badges, as many as fit inside a quarter-inch edge, centred.
    const QSizeF badge(pages.pt(252), pages.pt(162));
    const QRectF paper = pages.paper();
    const int columns = std::max(1, int((paper.width() - pages.pt(36)) / badge.width()));
    const int rows = std::max(1, int((paper.height() - pages.pt(36)) / badge.height()));
    const QPointF origin((paper.width() - columns * badge.width()) / 2, (paper.height() - rows * badge.height()) / 2);
    const double guide = pages.pt(0.5);
    const double unitsPerPoint = pages.pt(1);
    const QString footer = QObject::tr("%1 · %2").arg(sheet.workshop.title, sheet.workshop.datesLabel());
    const QString header = options.organisation;

    const std::vector<Card> cards = cardsOf(sheet);
    const size_t perPage = size_t(columns * rows);
    for (size_t first = 0; first < cards.size(); first += perPage) {
        const int page = pages.addBarePage();
        // Cut lines along every edge of the grid, out to the paper's edge.
        pages.place(page, paper, [=](QPainter& p, const QRectF& r) {
            for (int c = 0; c <= columns; ++c) {
                const double x = origin.x() + c * badge.width();
                dashed(p, QPointF(x, r.top()), QPointF(x, r.bottom()), guide);
            }
            for (int row = 0; row <= rows; ++row) {
                const double y = origin.y() + row * badge.height();
                dashed(p, QPointF(r.left(), y), QPointF(r.right(), y), guide);
            }
        });
        for (size_t i = first; i < std::min(cards.size(), first + perPage); ++i) {
            const int slot = int(i - first);
            const QRectF rect(origin + QPointF(slot % columns * badge.width(), slot / columns * badge.height()), badge);
            const Card card = cards[i];
            pages.place(page, rect, [=](QPainter& p, const QRectF& r) { paintBadge(p, r, card, header, footer, unitsPerPoint); });
        }
    }
    if (auto done = pages.finish(); !done)
        return std::unexpected(done.error());
    return PdfSummary{pages.pageCount(), int(cards.size())};
}

} // namespace rt::exports

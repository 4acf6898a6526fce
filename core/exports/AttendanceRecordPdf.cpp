#include "exports/AttendanceRecordPdf.h"

#include "attendance/AttendanceSheet.h"
#include "exports/PdfPages.h"

#include <QLocale>
#include <QObject>
#include <QPainter>

namespace rt::exports {
namespace {

// More blocks than this do not fit a portrait page beside the names.
constexpr size_t kPortraitBlocks = 4;

QString withTime(const QString& code, QTime at)
{
    return at.isValid() ? QStringLiteral("%1 %2").arg(code, blocks::timeKey(at)) : code;
}

// A paragraph of wrapped text, measured before it is placed.
struct Paragraph {
    QString text;
    QFont font;
    QColor color;
    int lines = 1;
    double height = 0;

    Paragraph(const PageFlow& flow, const PdfPages& pages, QString t, QFont f, QColor c = Qt::black)
        : text(std::move(t))
        , font(std::move(f))
        , color(std::move(c))
        , lines(lineCount(text, font, flow.width(), pages.device()))
        , height(pages.metrics(font).height() + (lines - 1) * pages.metrics(font).lineSpacing())
    {
    }

    void addTo(PageFlow& flow, double keepWith = 0) const
    {
        flow.add(height, [text = text, font = font, color = color, lines = lines](QPainter& p, const QRectF& r) {
            p.setPen(color);
            drawText(p, r, text, font, Qt::AlignLeft | Qt::AlignTop, lines);
        }, keepWith);
    }
};

QString percent(double share)
{
    return QLocale().toString(share * 100, 'g', 3);
}

double widest(const QStringList& texts, const QFontMetricsF& fm)
{
    double w = 0;
    for (const QString& t : texts)
        w = std::max(w, fm.horizontalAdvance(t));
    return w;
}

// Columns as wide as their header words and their widest content; the name
// and jurisdiction share what is left. A long workshop's many blocks get a
// smaller type (in `style`) until the names keep a readable width.
std::vector<TableColumn> recordColumns(const AttendanceSheet& sheet, const PdfPages& pages, double width, TableStyle& style)
{
    const double pad = pages.pt(4) * 2 + pages.pt(2);
    QStringList blockWords{QStringLiteral("LE 00:00")};
    for (const AttendanceBlock& b : sheet.blocks)
        blockWords << b.name().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString hours = QObject::tr("Hours");
    const QString certificate = QObject::tr("Certificate");
    double blockWidth = 0, numberWidth = 0, hoursWidth = 0, certificateWidth = 0, rest = 0;
    for (double points : {8.5, 7.5, 6.5}) {
        style.fontPoints = points;
        const QFontMetricsF head(style.headerFont(), pages.device());
        const QFontMetricsF cell(style.cellFont(), pages.device());
        blockWidth = std::max(widest(blockWords, head), cell.horizontalAdvance(QStringLiteral("LE 00:00"))) + pad;
        numberWidth = cell.horizontalAdvance(QString::number(sheet.rows.size() + 1)) + pad;
        hoursWidth = std::max(head.horizontalAdvance(hours), cell.horizontalAdvance(QStringLiteral("100.25 h"))) + pad;
        certificateWidth = head.horizontalAdvance(certificate) + pad;
        rest = width - blockWidth * double(sheet.blocks.size()) - numberWidth - hoursWidth - certificateWidth;
        if (rest >= pages.pt(180))
            break;
    }
    rest = std::max(rest, pages.pt(120));
    std::vector<TableColumn> columns{{QObject::tr("#"), numberWidth, Qt::AlignRight},
                                     {QObject::tr("Name (last, first)"), rest * 0.58},
                                     {QObject::tr("Jurisdiction"), rest * 0.42}};
    for (const AttendanceBlock& b : sheet.blocks)
        columns.push_back({b.name(), blockWidth, Qt::AlignHCenter});
    columns.push_back({hours, hoursWidth, Qt::AlignRight});
    columns.push_back({certificate, certificateWidth, Qt::AlignHCenter});
    return columns;
}

} // namespace

QString markCode(const std::optional<AttendanceMark>& mark)
{
    if (!mark)
        return {};
    switch (mark->status) {
    case AttendanceStatus::Present: return QObject::tr("P", "attendance code: present");
    case AttendanceStatus::Late: return withTime(QObject::tr("L", "attendance code: late"), mark->at);
    case AttendanceStatus::LeftEarly: return withTime(QObject::tr("LE", "attendance code: left early"), mark->at);
    case AttendanceStatus::Excused: return QObject::tr("E", "attendance code: excused");
    case AttendanceStatus::Absent: return QObject::tr("A", "attendance code: absent");
    }
    return {};
}

Result<PdfSummary> writeAttendanceRecord(const AttendanceSheet& sheet, const QString& path, const PrintOptions& options)
{
    if (sheet.blocks.empty())
        return fail(QObject::tr("“%1” has no attendance blocks, so there is no attendance to record. Add them on the workshop’s Attendance page first.")
                        .arg(sheet.workshop.title));
    const auto orientation = sheet.blocks.size() > kPortraitBlocks ? QPageLayout::Landscape : QPageLayout::Portrait;
    auto opened = PdfPages::open(path, options, orientation, headingFor(QObject::tr("Attendance record"), sheet));
    if (!opened)
        return std::unexpected(opened.error());
    PdfPages& pages = **opened;
    PageFlow flow(pages);

    TableStyle style{8.5, orientation == QPageLayout::Landscape ? 15.0 : 17.0, 1, true};
    const auto columns = recordColumns(sheet, pages, flow.width(), style);
    std::vector<TableRow> rows;
    int number = 0;
    for (const AttendanceRow& r : sheet.rows) {
        QStringList cells{QString::number(++number), r.entry.person.sortName(), r.entry.person.jurisdiction};
        for (const auto& mark : r.marks)
            cells << markCode(mark);
        cells << blocks::hoursLabel(r.hours) << (r.qualifies ? QObject::tr("Yes") : QString());
        rows.push_back(TableRow{TableRow::Kind::Data, cells});
    }
    const int registered = int(sheet.rows.size());
    QStringList totals{QString(), QObject::tr("Attended / registered"), QString()};
    for (size_t i = 0; i < sheet.blocks.size(); ++i)
        totals << QObject::tr("%1 / %2").arg(sheet.attendedIn(i)).arg(registered);
    totals << blocks::hoursLabel(sheet.offeredHours) << QString::number(sheet.qualifying());
    rows.push_back(TableRow{TableRow::Kind::Total, totals});
    addTable(flow, columns, rows, style);

    const QFont text = printFont(9);
    const Paragraph summary(flow, pages,
                            QObject::tr("Hours offered: %1. A certificate needs %2 (%3% of the hours offered). %4 of %5 registered qualify.")
                                .arg(blocks::hoursLabel(sheet.offeredHours), blocks::hoursLabel(sheet.hoursNeeded()),
                                     percent(sheet.rules.certificateShare))
                                .arg(sheet.qualifying())
                                .arg(registered),
                            printFont(9, true));
    const Paragraph legend(flow, pages,
                           QObject::tr("Codes: P present · L late, with the time they arrived · LE left early, with the time they left · "
                                       "E excused · A absent · blank: not recorded. Hours for late arrivals and early leavers: %1.")
                               .arg(partialCreditLabel(sheet.rules.partial).toLower()),
                           text, QColor(0x44, 0x44, 0x44));
    // The sign-off: signature and date lines, the lead facilitator named under the first.
    // Named only when the workshop says who leads; otherwise the line is left to fill in.
    const bool named = !sheet.facilitators.empty() && sheet.facilitators.front().lead;
    const QString lead = named ? QObject::tr("%1, lead facilitator").arg(sheet.facilitators.front().displayName())
                               : QObject::tr("Lead facilitator");
    const QFont small = printFont(8);
    const double lineGap = pages.pt(30);
    const double labelWidth = pages.metrics(text).horizontalAdvance(QObject::tr("Certified by")) + pages.pt(8);
    const double dateLabelWidth = pages.metrics(text).horizontalAdvance(QObject::tr("Date")) + pages.pt(8);
    const double pen = pages.pt(0.75);
    const double dateIndent = pages.pt(24);
    const double dateLength = dateLabelWidth + pages.pt(130);
    const double nameGap = pages.pt(3);
    const double signOffHeight = lineGap + pages.metrics(small).lineSpacing() + pages.pt(4);
    const double gaps[] = {pages.pt(10), pages.pt(4), pages.pt(8)};

    // The summary, the legend and the sign-off stay together on one page.
    flow.gap(gaps[0]);
    summary.addTo(flow, gaps[1] + legend.height + gaps[2] + signOffHeight);
    flow.gap(gaps[1]);
    legend.addTo(flow);
    flow.gap(gaps[2]);
    flow.add(signOffHeight, [=](QPainter& p, const QRectF& r) {
        const double lineY = r.top() + lineGap;
        const double signEnd = r.left() + r.width() * 0.6;
        const double dateStart = signEnd + dateIndent;
        const double dateEnd = std::min(r.right(), dateStart + dateLength);
        p.setPen(Qt::black);
        drawText(p, QRectF(r.left(), r.top(), labelWidth, lineGap), QObject::tr("Certified by"), text, Qt::AlignLeft | Qt::AlignBottom);
        drawText(p, QRectF(dateStart, r.top(), dateLabelWidth, lineGap), QObject::tr("Date"), text, Qt::AlignLeft | Qt::AlignBottom);
        p.setPen(QPen(Qt::black, pen));
        p.drawLine(QPointF(r.left() + labelWidth, lineY), QPointF(signEnd, lineY));
        p.drawLine(QPointF(dateStart + dateLabelWidth, lineY), QPointF(dateEnd, lineY));
        p.setPen(QColor(0x44, 0x44, 0x44));
        drawText(p, QRectF(r.left() + labelWidth, lineY + nameGap, signEnd - r.left() - labelWidth, r.bottom() - lineY), lead, small,
                 Qt::AlignLeft | Qt::AlignTop);
    });

    if (auto done = pages.finish(); !done)
        return std::unexpected(done.error());
    return PdfSummary{pages.pageCount(), registered};
}

} // namespace rt::exports

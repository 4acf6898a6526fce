#include "exports/CertificatesPdf.h"

#include "attendance/AttendanceSheet.h"
#include "exports/PdfPages.h"

#include <QLocale>
#include <QObject>
#include <QPainter>

namespace rt::exports {
namespace {

const QColor kInk(0x1f, 0x3a, 0x5f);
const QColor kMuted(0x55, 0x55, 0x55);

// What every certificate of the workshop says; shared by all the pages.
struct Common {
    QString organisation;
    QImage logo;
    QString workshop;
    QString program;
    QString when;
    QString groups;
    std::vector<std::pair<QString, QString>> signers; // name, caption
};

QString hoursText(double hours)
{
    if (std::abs(hours - 1) < 1e-9)
        return QObject::tr("and earned 1 credit hour");
    return QObject::tr("and earned %1 credit hours").arg(QLocale().toString(hours, 'g', 4));
}

// A line of the certificate, centred: its font and how many lines it may take.
struct Line {
    QString text;
    QFont font;
    QColor color = Qt::black;
    int maxLines = 1;
    double gapAfter = 0; // points
    bool ruleBelow = false; // a fine rule under the name, as on a printed certificate
};

void paintCertificate(QPainter& p, const QRectF& paper, const Common& c, const QString& name, double hours, double unitsPerPoint)
{
    const auto pt = [&](double points) { return points * unitsPerPoint; };
    const auto font = [](double points, bool bold, bool italic = false) {
        QFont f = printFont(points, bold, Typeface::Serif);
        f.setItalic(italic);
        return f;
    };

    // A double rule a little inside the paper's edge.
    p.setPen(QPen(kInk, pt(2.5)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(paper.adjusted(pt(32), pt(32), -pt(32), -pt(32)));
    p.setPen(QPen(kInk, pt(0.75)));
    p.drawRect(paper.adjusted(pt(38), pt(38), -pt(38), -pt(38)));
    const QRectF area = paper.adjusted(pt(72), pt(64), -pt(72), -pt(56));

    // The instructors sign at the foot, up to four side by side, each row centred.
    const size_t signers = std::max<size_t>(1, c.signers.size());
    const size_t perRow = std::min<size_t>(4, signers);
    const size_t signRows = (signers + perRow - 1) / perRow;
    const double rowHeight = pt(50);
    const double signTop = area.bottom() - rowHeight * double(signRows);
    const double slotWidth = area.width() / double(perRow);
    for (size_t i = 0; i < signers; ++i) {
        const size_t row = i / perRow;
        const size_t inRow = std::min(perRow, signers - row * perRow);
        const double rowLeft = area.left() + (area.width() - slotWidth * double(inRow)) / 2;
        const QRectF slot(rowLeft + slotWidth * double(i % perRow), signTop + rowHeight * double(row), slotWidth, rowHeight);
        const double lineWidth = std::min(slot.width() - pt(20), pt(210));
        const double lineY = slot.top() + pt(22);
        p.setPen(QPen(Qt::black, pt(0.6)));
        p.drawLine(QPointF(slot.center().x() - lineWidth / 2, lineY), QPointF(slot.center().x() + lineWidth / 2, lineY));
        const QRectF under(slot.center().x() - lineWidth / 2, lineY + pt(3), lineWidth, pt(13));
        const auto& [signer, caption] = i < c.signers.size() ? c.signers[i] : std::pair{QString(), QObject::tr("Instructor")};
        p.setPen(Qt::black);
        drawText(p, under, signer, fitted(font(10, false), signer, lineWidth, 8, p.device()), Qt::AlignHCenter | Qt::AlignTop);
        p.setPen(kMuted);
        drawText(p, under.translated(0, pt(13)), caption, font(8, false, true), Qt::AlignHCenter | Qt::AlignTop);
    }

    QFont nameFont = fitted(font(32, true), name, area.width(), 16, p.device());
    std::vector<Line> lines;
    if (!c.organisation.isEmpty())
        lines.push_back({c.organisation, font(11, false), kMuted, 1, 8});
    lines.push_back({QObject::tr("Certificate of Attendance"), font(30, true), kInk, 1, 16});
    lines.push_back({QObject::tr("This certifies that"), font(12, false, true), kMuted, 1, 8});
    lines.push_back({name, nameFont, Qt::black, 2, 14, true});
    lines.push_back({QObject::tr("attended"), font(12, false, true), kMuted, 1, 6});
    lines.push_back({c.workshop, font(17, true), Qt::black, 2, 4});
    if (!c.program.isEmpty())
        lines.push_back({c.program, font(11, false, true), kMuted, 2, 4});
    lines.push_back({c.when, font(11, false), Qt::black, 2, 10});
    lines.push_back({hoursText(hours), font(13, true), kInk, 1, 8});
    if (!c.groups.isEmpty())
        lines.push_back({c.groups, font(9, false), kMuted, 2, 0});

    // Measure, then centre the block between the top and the signatures.
    std::vector<double> heights;
    double total = 0;
    for (const Line& l : lines) {
        const QFontMetricsF fm(l.font, p.device());
        const int n = std::min(l.maxLines, lineCount(l.text, l.font, area.width(), p.device()));
        heights.push_back(fm.height() + (n - 1) * fm.lineSpacing());
        total += heights.back() + pt(l.gapAfter);
    }
    double logoHeight = 0;
    if (!c.logo.isNull())
        logoHeight = pt(44) + pt(8);
    const double room = signTop - pt(12) - area.top();
    double y = area.top() + std::max(0.0, (room - total - logoHeight) / 2);
    if (!c.logo.isNull()) {
        const QSizeF size = QSizeF(c.logo.size()).scaled(QSizeF(pt(180), pt(44)), Qt::KeepAspectRatio);
        p.drawImage(QRectF(area.center().x() - size.width() / 2, y, size.width(), size.height()), c.logo);
        y += logoHeight;
    }
    for (size_t i = 0; i < lines.size(); ++i) {
        const Line& l = lines[i];
        p.setPen(l.color);
        drawText(p, QRectF(area.left(), y, area.width(), heights[i]), l.text, l.font, Qt::AlignHCenter | Qt::AlignTop, l.maxLines);
        if (l.ruleBelow) {
            const double ruleY = y + heights[i] + pt(5);
            p.setPen(QPen(kInk, pt(0.5)));
            p.drawLine(QPointF(area.center().x() - area.width() * 0.3, ruleY), QPointF(area.center().x() + area.width() * 0.3, ruleY));
        }
        y += heights[i] + pt(l.gapAfter);
    }
}

} // namespace

Result<PdfSummary> writeCertificates(const AttendanceSheet& sheet, const QString& path, const PrintOptions& options)
{
    const int qualifying = sheet.qualifying();
    if (sheet.rows.empty())
        return fail(QObject::tr("Nobody is registered for “%1”, so there are no certificates to print.").arg(sheet.workshop.title));
    if (qualifying == 0)
        return fail(QObject::tr("Nobody qualifies for a certificate yet: it takes %1 of the %2 offered. Check the attendance marks, "
                                "or the share of hours the workshop asks for (%3%), on the workshop’s Attendance page.")
                        .arg(blocks::hoursLabel(sheet.hoursNeeded()), blocks::hoursLabel(sheet.offeredHours),
                             QLocale().toString(sheet.rules.certificateShare * 100, 'g', 3)));

    auto opened = PdfPages::open(path, options, QPageLayout::Landscape,
                                 DocumentHeading{QObject::tr("Certificates of attendance"), sheet.workshop.title, {}});
    if (!opened)
        return std::unexpected(opened.error());
    PdfPages& pages = **opened;

    auto common = std::make_shared<Common>();
    common->organisation = options.organisation;
    common->logo = pages.logo();
    common->workshop = sheet.workshop.title;
    if (sheet.programTitle != sheet.workshop.title)
        common->program = sheet.programTitle;
    common->when = sheet.venueLabel().isEmpty() ? sheet.workshop.datesLabel()
                                                : QObject::tr("%1 · %2").arg(sheet.workshop.datesLabel(), sheet.venueLabel());
    QStringList groups;
    for (const PracticeGroup& g : sheet.practiceGroups)
        groups << g.label();
    if (!groups.isEmpty())
        common->groups = QObject::tr("Practice groups: %1").arg(groups.join(QStringLiteral("; ")));
    for (const Facilitator& f : sheet.facilitators)
        common->signers.emplace_back(f.displayName(), f.lead ? QObject::tr("Lead instructor") : QObject::tr("Instructor"));

    const double unitsPerPoint = pages.pt(1);
    for (const AttendanceRow& row : sheet.rows) {
        if (!row.qualifies)
            continue;
        const QString name = row.entry.person.fullName();
        const double hours = row.hours;
        pages.place(pages.addBarePage(), pages.paper(), [=](QPainter& p, const QRectF& paper) {
            paintCertificate(p, paper, *common, name, hours, unitsPerPoint);
        });
    }
    if (auto done = pages.finish(); !done)
        return std::unexpected(done.error());
    return PdfSummary{pages.pageCount(), qualifying};
}

} // namespace rt::exports

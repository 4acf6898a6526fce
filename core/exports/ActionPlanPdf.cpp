#include "exports/ActionPlanPdf.h"

#include "assessments/Pillars.h"
#include "exports/OutcomeLayout.h"
#include "exports/PdfPages.h"
#include "workshops/Workshops.h"

#include <QLocale>
#include <QObject>
#include <QPainter>

namespace rt::exports {
namespace {

using layout::Piece;

// The gutter the item numbers stand in, and the labels' column beside the values.
constexpr double kNumberPoints = 24;
constexpr double kLabelPoints = 104;

QString dueLabel(const std::optional<QDate>& due, const Workshop& workshop)
{
    if (!due)
        return QObject::tr("no due date");
    const QString date = QLocale().toString(*due, QStringLiteral("ddd d MMM yyyy"));
    const qint64 after = workshop.endDate().isValid() ? workshop.endDate().daysTo(*due) : 0;
    for (int days : actionplans::kQuickPicks) {
        if (after == days)
            return QObject::tr("%1 (%2 days after the workshop)").arg(date).arg(days);
    }
    return date;
}

QString memberLine(const Team& team)
{
    QStringList members;
    for (const TeamMember& m : team.members)
        members << QObject::tr("%1, %2").arg(m.person.fullName(), m.person.roleText());
    return members.isEmpty() ? QObject::tr("No members yet.") : members.join(QStringLiteral("  ·  "));
}

QString countLine(const std::vector<ActionItem>& items)
{
    QStringList parts;
    for (ActionStatus s : allActionStatuses()) {
        const auto n = std::count_if(items.begin(), items.end(), [s](const ActionItem& i) { return i.status == s; });
        if (n > 0)
            parts << QObject::tr("%1: %2").arg(actionStatusLabel(s)).arg(n);
    }
    return QObject::tr("Items: %1 (%2)").arg(items.size()).arg(parts.join(QStringLiteral(", ")));
}

class PlanWriter {
public:
    PlanWriter(PdfPages& pages, const Workshop& workshop)
        : m_pages(pages)
        , m_workshop(workshop)
        , m_pageHeight(layout::pageHeight(pages, true))
    {
    }

    void team(const ActionPlanDocument::TeamPlan& plan)
    {
        PageFlow flow(m_pages, QObject::tr("Action plan · %1").arg(plan.team.label()));
        layout::addParagraph(flow, plan.team.label(), printFont(16, true), layout::textColor(), m_pageHeight, 0, pt(40));
        layout::addParagraph(flow, memberLine(plan.team), printFont(9.5), layout::textColor(), m_pageHeight, 0, pt(30));
        if (!plan.items.empty())
            layout::addParagraph(flow, countLine(plan.items), printFont(8.5), layout::mutedColor(), m_pageHeight);
        flow.gap(pt(12));
        if (plan.items.empty()) {
            QFont f = printFont(10.5);
            f.setItalic(true);
            layout::addParagraph(flow, QObject::tr("No action items yet."), f, layout::mutedColor(), m_pageHeight);
        }
        for (size_t i = 0; i < plan.items.size(); ++i)
            item(flow, plan.items[i], int(i) + 1, i == 0);
        flow.gap(pt(22));
        signatures(flow, plan.team);
    }

private:
    double pt(double points) const { return m_pages.pt(points); }

    // One item: its number and goal, then a line of owner, due date and
    // status, then a labelled row per field. Kept on one page when it fits.
    void item(PageFlow& flow, const ActionItem& item, int number, bool first)
    {
        std::vector<Piece> pieces;
        const double width = flow.width();
        const double indent = pt(kNumberPoints);
        if (!first) {
            pieces.push_back(Piece{pt(14), [this, indent](QPainter& p, const QRectF& r) {
                                       p.setPen(QPen(layout::ruleColor(), pt(0.6)));
                                       const double y = r.top() + r.height() / 2;
                                       p.drawLine(QPointF(r.left() + indent, y), QPointF(r.right(), y));
                                   }});
        }
        const QFont goalFont = printFont(11, true);
        auto goal = layout::linePieces(m_pages, item.goal, goalFont, layout::textColor(), width, indent);
        if (!goal.empty()) {
            // The number in the gutter beside the goal's first line.
            goal.front().paint = [inner = goal.front().paint, number, goalFont, indent](QPainter& p, const QRectF& r) {
                p.setPen(layout::textColor());
                drawText(p, QRectF(r.left(), r.top(), indent, r.height()), QObject::tr("%1.").arg(number), goalFont,
                         Qt::AlignLeft | Qt::AlignTop);
                inner(p, r);
            };
        }
        pieces.insert(pieces.end(), goal.begin(), goal.end());
        pieces.push_back(Piece{pt(3), [](QPainter&, const QRectF&) {}});

        const QString owner = item.ownerName.isEmpty() ? QObject::tr("no owner yet") : item.ownerName;
        field(pieces, width, QObject::tr("Owner"), owner);
        field(pieces, width, QObject::tr("Due"), dueLabel(item.due, m_workshop));
        field(pieces, width, QObject::tr("Status"), actionStatusLabel(item.status));
        field(pieces, width, QObject::tr("Actions"), item.actions.trimmed().isEmpty() ? QObject::tr("—") : item.actions);
        field(pieces, width, QObject::tr("Measure of success"), item.measure.trimmed().isEmpty() ? QObject::tr("—") : item.measure);
        field(pieces, width, QObject::tr("Pillar"), item.pillar ? pillars::label(*item.pillar) : QObject::tr("—"));
        field(pieces, width, QObject::tr("Practice group"), item.practiceGroupLabel.isEmpty() ? QObject::tr("—") : item.practiceGroupLabel);
        if (!item.origin.trimmed().isEmpty())
            field(pieces, width, QObject::tr("From"), item.origin);
        if (!item.notes.trimmed().isEmpty())
            field(pieces, width, QObject::tr("Notes"), item.notes);
        layout::addKept(flow, pieces, m_pageHeight);
    }

    // A labelled value: the label in its column on the value's first line.
    void field(std::vector<Piece>& pieces, double width, const QString& label, const QString& value)
    {
        const double indent = pt(kNumberPoints + kLabelPoints);
        const QFont labelFont = printFont(8.5, true);
        auto lines = layout::linePieces(m_pages, value, printFont(9.5), layout::textColor(), width, indent);
        if (lines.empty())
            return;
        const double labelLeft = pt(kNumberPoints);
        const double labelWidth = pt(kLabelPoints - 6);
        lines.front().paint = [inner = lines.front().paint, label, labelFont, labelLeft, labelWidth](QPainter& p, const QRectF& r) {
            p.setPen(layout::mutedColor());
            drawText(p, QRectF(r.left() + labelLeft, r.top(), labelWidth, r.height()), label, labelFont,
                     Qt::AlignLeft | Qt::AlignVCenter);
            inner(p, r);
        };
        lines.back().height += pt(2);
        pieces.insert(pieces.end(), lines.begin(), lines.end());
    }

    // Who signs: the manager side first, then the chief side, then anyone
    // else on the team; a blank line for a side the team has nobody on.
    struct Signer {
        QString name;
        QString role;
    };

    std::vector<Signer> signers(const Team& team) const
    {
        std::vector<Signer> list;
        for (RoleSide side : {RoleSide::Manager, RoleSide::Chief, RoleSide::Neither}) {
            bool any = false;
            for (const TeamMember& m : team.members) {
                if (sideOf(m.person.role) != side)
                    continue;
                any = true;
                list.push_back(Signer{m.person.fullName(), QObject::tr("%1, %2").arg(m.person.roleText(), team.label())});
            }
            if (!any && side == RoleSide::Manager)
                list.push_back(Signer{{}, QObject::tr("City manager, %1").arg(team.label())});
            if (!any && side == RoleSide::Chief)
                list.push_back(Signer{{}, QObject::tr("Police chief, %1").arg(team.label())});
        }
        return list;
    }

    // The signature lines, kept together on one page with their heading.
    void signatures(PageFlow& flow, const Team& team)
    {
        std::vector<Piece> pieces;
        const QFont headFont = printFont(11, true);
        pieces.push_back(Piece{m_pages.metrics(headFont).lineSpacing() + pt(2), [headFont](QPainter& p, const QRectF& r) {
                                   p.setPen(layout::textColor());
                                   drawText(p, r, QObject::tr("Signatures"), headFont, Qt::AlignLeft | Qt::AlignTop);
                               }});
        auto intro = layout::linePieces(m_pages, QObject::tr("We agree to this plan and will review it together at 30, 60 and 90 days."),
                                        printFont(9), layout::mutedColor(), flow.width());
        pieces.insert(pieces.end(), intro.begin(), intro.end());
        const std::vector<Signer> list = signers(team);
        const double nameHeight = m_pages.metrics(printFont(9.5, true)).lineSpacing();
        const double roleHeight = m_pages.metrics(printFont(8.5)).lineSpacing();
        const double rowHeight = pt(34) + pt(3) + nameHeight + roleHeight + pt(10);
        for (size_t i = 0; i < list.size(); i += 2) {
            std::vector<Signer> row(list.begin() + long(i), list.begin() + long(std::min(i + 2, list.size())));
            pieces.push_back(Piece{rowHeight, [this, row, nameHeight, roleHeight](QPainter& p, const QRectF& r) {
                                       const double gap = pt(28);
                                       const double column = (r.width() - gap) / 2;
                                       for (size_t c = 0; c < row.size(); ++c) {
                                           const double left = r.left() + double(c) * (column + gap);
                                           const double lineY = r.top() + pt(34);
                                           const double signWidth = column * 0.64;
                                           const double dateLeft = left + signWidth + pt(12);
                                           p.setPen(QPen(layout::textColor(), pt(0.8)));
                                           p.drawLine(QPointF(left, lineY), QPointF(left + signWidth, lineY));
                                           p.drawLine(QPointF(dateLeft, lineY), QPointF(left + column, lineY));
                                           double y = lineY + pt(3);
                                           p.setPen(layout::textColor());
                                           drawText(p, QRectF(left, y, signWidth, nameHeight),
                                                    row[c].name.isEmpty() ? QObject::tr("Name") : row[c].name, printFont(9.5, true),
                                                    Qt::AlignLeft | Qt::AlignTop);
                                           p.setPen(layout::mutedColor());
                                           drawText(p, QRectF(dateLeft, y, left + column - dateLeft, nameHeight), QObject::tr("Date"),
                                                    printFont(8.5), Qt::AlignLeft | Qt::AlignTop);
                                           y += nameHeight;
                                           // The role may run on under the date line: nothing is written there.
                                           drawText(p, QRectF(left, y, column, roleHeight), row[c].role, printFont(8.5),
                                                    Qt::AlignLeft | Qt::AlignTop);
                                       }
                                   }});
        }
        layout::addKept(flow, pieces, m_pageHeight);
    }

    PdfPages& m_pages;
    const Workshop& m_workshop;
    double m_pageHeight;
};

} // namespace

Result<ActionPlanDocument> actionPlanDocument(const Database& db, Id workshopId, std::optional<Id> teamId)
{
    auto workshop = workshops::get(db, workshopId);
    if (!workshop)
        return std::unexpected(workshop.error());
    ActionPlanDocument doc;
    doc.workshop = *workshop;
    auto where = whereOf(db, *workshop);
    if (!where)
        return std::unexpected(where.error());
    doc.where = *where;
    auto list = teams::list(db, workshopId);
    if (!list)
        return std::unexpected(list.error());
    for (Team& team : *list) {
        if (teamId && team.id != *teamId)
            continue;
        auto items = actionplans::items(db, team.id);
        if (!items)
            return std::unexpected(items.error());
        doc.teams.push_back(ActionPlanDocument::TeamPlan{std::move(team), std::move(*items)});
    }
    if (doc.teams.empty()) {
        if (teamId)
            return fail(QObject::tr("“%1” has no team %2. Its teams are listed on the Roster and Teams tab, or by “teams”.")
                            .arg(workshop->title)
                            .arg(*teamId));
        return fail(QObject::tr("“%1” has no teams yet, so there are no action plans to print. Form the teams first.").arg(workshop->title));
    }
    return doc;
}

Result<PdfSummary> writeActionPlans(const ActionPlanDocument& doc, const QString& path, const PrintOptions& options)
{
    if (doc.teams.empty())
        return fail(QObject::tr("“%1” has no teams yet, so there are no action plans to print. Form the teams first.").arg(doc.workshop.title));
    const QString title = doc.teams.size() == 1 ? QObject::tr("Action plan") : QObject::tr("Action plans");
    auto pages = PdfPages::open(path, options, QPageLayout::Portrait, DocumentHeading{title, doc.workshop.title, doc.where});
    if (!pages)
        return std::unexpected(pages.error());
    PlanWriter writer(**pages, doc.workshop);
    int items = 0;
    for (const ActionPlanDocument::TeamPlan& plan : doc.teams) {
        writer.team(plan);
        items += int(plan.items.size());
    }
    if (auto done = (*pages)->finish(); !done)
        return std::unexpected(done.error());
    return PdfSummary{(*pages)->pageCount(), items};
}

} // namespace rt::exports

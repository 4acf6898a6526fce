// Reading what the outcome report shows, in one pass over the file.

#include "exports/OutcomeReportPdf.h"

#include <QObject>

namespace rt::exports {

Result<OutcomeDocument> outcomeDocument(const Database& db, Id workshopId)
{
    OutcomeDocument doc;
    auto sheet = attendance::sheet(db, workshopId);
    if (!sheet)
        return std::unexpected(sheet.error());
    doc.attendance = std::move(*sheet);

    auto templates = assessments::templates(db);
    if (!templates)
        return std::unexpected(templates.error());
    for (const AssessmentTemplate& t : *templates) {
        if (t.answerCount == 0)
            continue; // answered nowhere in the file, so not here either
        auto results = results::load(db, workshopId, t.id);
        if (!results)
            return std::unexpected(results.error());
        if (results->respondentsBefore + results->respondentsAfter > 0)
            doc.assessments.push_back(std::move(*results));
    }

    auto teams = teams::list(db, workshopId);
    if (!teams)
        return std::unexpected(teams.error());
    for (const Team& team : *teams) {
        auto inputs = workload::load(db, team.id);
        if (!inputs)
            return std::unexpected(inputs.error());
        if (!inputs->isEmpty())
            doc.worksheets.emplace_back(team, std::move(*inputs));
        auto items = actionplans::items(db, team.id);
        if (!items)
            return std::unexpected(items.error());
        doc.plans.emplace_back(team, std::move(*items));
    }

    auto rounds = discussions::rounds(db, workshopId);
    if (!rounds)
        return std::unexpected(rounds.error());
    for (const DiscussionRound& r : *rounds) {
        auto detail = discussions::detail(db, r.id);
        if (!detail)
            return std::unexpected(detail.error());
        doc.rounds.push_back(std::move(*detail));
    }
    auto lot = discussions::parkingLot(db, workshopId);
    if (!lot)
        return std::unexpected(lot.error());
    doc.parkingLot = std::move(*lot);
    return doc;
}

} // namespace rt::exports

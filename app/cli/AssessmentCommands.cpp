// Assessments from the command line:
//   assessments [--template T]
//   assess --workshop ID --person ID --template T --phase before|after --scores 4,5,-,3 [--comment N=TEXT ...]
//   results --workshop ID --template T [--team ID] [--json]

#include "Cli.h"

#include "assessments/Assessments.h"
#include "assessments/Pillars.h"
#include "assessments/Results.h"
#include "people/People.h"
#include "storage/Database.h"
#include "storage/RowLookup.h"
#include "workshops/Workshops.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <map>

namespace rt::cli {
namespace {

const QString kTemplate = QStringLiteral("template");

std::optional<Id> templateOption(const Context& c, const Database& db)
{
    if (!c.parser.isSet(kTemplate)) {
        c.io.err << QObject::tr("Give --template T (the number “assessments” lists, or the name).") << Qt::endl;
        return std::nullopt;
    }
    auto id = assessments::findTemplate(db, c.parser.value(kTemplate));
    if (!id) {
        c.io.err << QStringLiteral("--template: ") << id.error().message << Qt::endl;
        return std::nullopt;
    }
    return *id;
}

QString number(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 2) : QStringLiteral("–");
}

QString signedNumber(std::optional<double> value)
{
    if (!value)
        return QStringLiteral("–");
    const QString text = QString::number(std::abs(*value), 'f', 2);
    if (text == QLatin1String("0.00"))
        return text;
    return (*value > 0 ? QStringLiteral("+") : QStringLiteral("-")) + text;
}

QJsonValue jsonNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString statementLine(int number, const AssessmentQuestion& q)
{
    QString where = q.section;
    if (q.pillar)
        where = where.isEmpty() ? pillars::label(*q.pillar) : QObject::tr("%1 (pillar %2)").arg(where).arg(*q.pillar);
    return where.isEmpty() ? QStringLiteral("%1. %2").arg(number, 2).arg(q.text)
                           : QStringLiteral("%1. %2 — %3").arg(number, 2).arg(where, q.text);
}

// --- assessments -----------------------------------------------------------

int assessmentsCommand(const Context& c)
{
    auto db = c.open();
    if (!db)
        return Problem;
    if (c.parser.isSet(kTemplate)) {
        const auto id = templateOption(c, *db);
        if (!id)
            return Usage;
        auto t = assessments::getTemplate(*db, *id);
        if (!t)
            return c.fail(t.error().message);
        c.io.out << QStringLiteral("%1  %2").arg(t->id).arg(t->name) << "\n";
        if (!t->description.isEmpty())
            c.io.out << t->description << "\n";
        c.io.out << "\n";
        int n = 0;
        for (const AssessmentQuestion& q : t->questions)
            c.io.out << statementLine(++n, q) << "\n";
        c.io.out << QObject::tr("%n statement(s), scored 1 (strongly disagree) to 5 (strongly agree).", nullptr, int(t->questions.size()))
                 << Qt::endl;
        return Success;
    }
    auto all = assessments::templates(*db);
    if (!all)
        return c.fail(all.error().message);
    for (const AssessmentTemplate& t : *all)
        c.io.out << QStringLiteral("%1  %2 · %3 · %4\n")
                        .arg(t.id, 3)
                        .arg(t.name, QObject::tr("%n statement(s)", nullptr, int(t.questions.size())),
                             QObject::tr("%n answer(s)", nullptr, t.answerCount));
    c.io.out << QObject::tr("%n assessment(s)", nullptr, int(all->size())) << Qt::endl;
    return Success;
}

// --- assess ----------------------------------------------------------------

std::optional<Phase> phaseOption(const Context& c)
{
    const auto phase = phaseFromKey(c.parser.value(QStringLiteral("phase")));
    if (!phase)
        c.io.err << QObject::tr("Give --phase before or --phase after.") << Qt::endl;
    return phase;
}

// The answers as typed: scores in statement order, comments by statement
// number. Every statement gets an answer, so a "-" clears a stored score.
std::optional<std::vector<Answer>> answersFromOptions(const Context& c, const AssessmentTemplate& t)
{
    if (!c.parser.isSet(QStringLiteral("scores"))) {
        c.io.err << QObject::tr("Give --scores with one score per statement, in order, separated by commas (- for none).") << Qt::endl;
        return std::nullopt;
    }
    const QStringList scores = c.parser.value(QStringLiteral("scores")).split(QLatin1Char(','));
    const int statements = int(t.questions.size());
    if (scores.size() != statements) {
        c.io.err << QObject::tr("--scores has %1 values, but “%2” has %n statement(s): give one score per statement, in order (- for none).",
                                nullptr, statements)
                        .arg(scores.size())
                        .arg(t.name)
                 << Qt::endl;
        return std::nullopt;
    }
    std::vector<Answer> answers;
    for (int i = 0; i < statements; ++i) {
        Answer a;
        a.questionId = t.questions[size_t(i)].id;
        const QString text = scores[i].trimmed();
        if (!text.isEmpty() && text != QLatin1String("-")) {
            bool isNumber = false;
            const int score = text.toInt(&isNumber);
            if (!isNumber || score < kMinScore || score > kMaxScore) {
                c.io.err << QObject::tr("Scores run from %1 to %2; statement %3 has “%4”.").arg(kMinScore).arg(kMaxScore).arg(i + 1).arg(text)
                         << Qt::endl;
                return std::nullopt;
            }
            a.score = score;
        }
        answers.push_back(a);
    }
    for (const QString& comment : c.parser.values(QStringLiteral("comment"))) {
        const qsizetype equals = comment.indexOf(QLatin1Char('='));
        bool isNumber = false;
        const int n = equals > 0 ? comment.left(equals).trimmed().toInt(&isNumber) : 0;
        if (!isNumber || n < 1 || n > statements) {
            c.io.err << QObject::tr("--comment takes N=TEXT, where N is a statement's number from 1 to %1.").arg(statements) << Qt::endl;
            return std::nullopt;
        }
        answers[size_t(n - 1)].comment = comment.mid(equals + 1);
    }
    return answers;
}

int assessCommand(const Context& c)
{
    auto [db, workshopId, status] = c.openWorkshop();
    if (status != Success)
        return status;
    const auto personId = c.rowOption(*db, QStringLiteral("person"), QStringLiteral("people"));
    if (!personId)
        return Usage;
    const auto templateId = templateOption(c, *db);
    if (!templateId)
        return Usage;
    const auto phase = phaseOption(c);
    if (!phase)
        return Usage;
    auto t = assessments::getTemplate(*db, *templateId);
    auto person = people::get(*db, *personId);
    if (!t || !person)
        return c.fail(!t ? t.error().message : person.error().message);
    const auto answers = answersFromOptions(c, *t);
    if (!answers)
        return Usage;
    if (auto saved = assessments::saveAnswers(*db, *workshopId, *personId, *phase, *answers); !saved)
        return c.fail(saved.error().message);
    const auto scored = std::count_if(answers->begin(), answers->end(), [](const Answer& a) { return a.score.has_value(); });
    c.io.out << (*phase == Phase::Before ? QObject::tr("Saved %1's answers to “%2” (before): %3 of %4 statements scored.")
                                         : QObject::tr("Saved %1's answers to “%2” (after): %3 of %4 statements scored."))
                    .arg(person->fullName(), t->name)
                    .arg(scored)
                    .arg(answers->size())
             << Qt::endl;
    return Success;
}

// --- results ---------------------------------------------------------------

void printCohort(const Context& c, const AssessmentResults& r)
{
    c.io.out << QObject::tr("All participants, mean scores (change = after − before)") << "\n";
    const QString managers = QObject::tr("Managers");
    const QString chiefs = QObject::tr("Chiefs");
    const QString everyone = QObject::tr("Everyone");
    const int width = int(std::max({managers.size(), chiefs.size(), everyone.size()}));
    const auto line = [&](const QString& label, std::optional<double> before, std::optional<double> after, std::optional<double> change) {
        c.io.out << QStringLiteral("    %1  ").arg(label, -width)
                 << QObject::tr("before %1  after %2  change %3").arg(number(before), number(after), signedNumber(change)) << "\n";
    };
    for (size_t i = 0; i < r.cohort.size() && i < r.assessment.questions.size(); ++i) {
        const CohortRow& row = r.cohort[i];
        c.io.out << statementLine(int(i) + 1, r.assessment.questions[i]) << "\n";
        line(managers, row.before.managers, row.after.managers, row.managerChange());
        line(chiefs, row.before.chiefs, row.after.chiefs, row.chiefChange());
        line(everyone, row.before.everyone, row.after.everyone, row.change());
    }
}

void printTeam(const Context& c, const AssessmentResults& r, const TeamResult& team)
{
    const QString none = QObject::tr("none");
    c.io.out << "\n"
             << QObject::tr("Team %1 · managers: %2 · chiefs: %3")
                    .arg(team.label, team.managers.isEmpty() ? none : team.managers.join(QStringLiteral(", ")),
                         team.chiefs.isEmpty() ? none : team.chiefs.join(QStringLiteral(", ")))
             << "\n";
    const QString before = phaseLabel(Phase::Before);
    const QString after = phaseLabel(Phase::After);
    const int width = int(std::max(before.size(), after.size()));
    for (size_t i = 0; i < team.rows.size() && i < r.assessment.questions.size(); ++i) {
        const TeamRow& row = team.rows[i];
        c.io.out << statementLine(int(i) + 1, r.assessment.questions[i]) << "\n";
        for (Phase phase : {Phase::Before, Phase::After}) {
            const SidePair& pair = row.in(phase);
            c.io.out << QStringLiteral("    %1  ").arg(phase == Phase::Before ? before : after, -width)
                     << QObject::tr("manager %1  chief %2  gap %3").arg(number(pair.manager), number(pair.chief), signedNumber(pair.gap()))
                     << "\n";
        }
    }
    c.io.out << QObject::tr("Mean gap, either way: before %1, after %2")
                    .arg(number(team.meanAbsoluteGap(Phase::Before)), number(team.meanAbsoluteGap(Phase::After)))
             << "\n";
}

QJsonObject roleJson(const RoleMeans& m)
{
    return QJsonObject{{QStringLiteral("managers"), jsonNumber(m.managers)},     {QStringLiteral("chiefs"), jsonNumber(m.chiefs)},
                       {QStringLiteral("everyone"), jsonNumber(m.everyone)},     {QStringLiteral("manager_scores"), m.managerCount},
                       {QStringLiteral("chief_scores"), m.chiefCount},           {QStringLiteral("everyone_scores"), m.everyoneCount}};
}

QJsonObject sideJson(const SidePair& p)
{
    return QJsonObject{{QStringLiteral("manager"), jsonNumber(p.manager)},
                       {QStringLiteral("chief"), jsonNumber(p.chief)},
                       {QStringLiteral("gap"), jsonNumber(p.gap())}};
}

QJsonObject resultsJson(Id workshopId, const AssessmentResults& r, const TeamResult* team)
{
    QJsonArray statements;
    for (size_t i = 0; i < r.cohort.size() && i < r.assessment.questions.size(); ++i) {
        const AssessmentQuestion& q = r.assessment.questions[i];
        const CohortRow& row = r.cohort[i];
        statements.append(QJsonObject{
            {QStringLiteral("number"), int(i) + 1},
            {QStringLiteral("id"), q.id},
            {QStringLiteral("section"), q.section},
            {QStringLiteral("pillar"), q.pillar ? QJsonValue(*q.pillar) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("text"), q.text},
            {QStringLiteral("before"), roleJson(row.before)},
            {QStringLiteral("after"), roleJson(row.after)},
            {QStringLiteral("change"), QJsonObject{{QStringLiteral("managers"), jsonNumber(row.managerChange())},
                                                   {QStringLiteral("chiefs"), jsonNumber(row.chiefChange())},
                                                   {QStringLiteral("everyone"), jsonNumber(row.change())}}},
        });
    }
    QJsonObject result{
        {QStringLiteral("workshop"), workshopId},
        {QStringLiteral("template"), QJsonObject{{QStringLiteral("id"), r.assessment.id}, {QStringLiteral("name"), r.assessment.name}}},
        {QStringLiteral("respondents"),
         QJsonObject{{QStringLiteral("before"), r.respondentsBefore}, {QStringLiteral("after"), r.respondentsAfter}}},
        {QStringLiteral("statements"), statements},
    };
    if (team) {
        QJsonArray rows;
        for (size_t i = 0; i < team->rows.size(); ++i)
            rows.append(QJsonObject{{QStringLiteral("number"), int(i) + 1},
                                    {QStringLiteral("id"), team->rows[i].questionId},
                                    {QStringLiteral("before"), sideJson(team->rows[i].before)},
                                    {QStringLiteral("after"), sideJson(team->rows[i].after)}});
        result.insert(QStringLiteral("team"),
                      QJsonObject{{QStringLiteral("id"), team->teamId},
                                  {QStringLiteral("label"), team->label},
                                  {QStringLiteral("managers"), QJsonArray::fromStringList(team->managers)},
                                  {QStringLiteral("chiefs"), QJsonArray::fromStringList(team->chiefs)},
                                  {QStringLiteral("mean_absolute_gap"),
                                   QJsonObject{{QStringLiteral("before"), jsonNumber(team->meanAbsoluteGap(Phase::Before))},
                                               {QStringLiteral("after"), jsonNumber(team->meanAbsoluteGap(Phase::After))}}},
                                  {QStringLiteral("statements"), rows}});
    }
    return result;
}

int resultsCommand(const Context& c)
{
    auto [db, workshopId, status] = c.openWorkshop();
    if (status != Success)
        return status;
    const auto templateId = templateOption(c, *db);
    if (!templateId)
        return Usage;
    std::optional<Id> teamId;
    if (c.parser.isSet(QStringLiteral("team"))) {
        teamId = c.rowOption(*db, QStringLiteral("team"), QStringLiteral("teams"));
        if (!teamId)
            return Usage;
    }
    auto workshop = workshops::get(*db, *workshopId);
    if (!workshop)
        return c.fail(workshop.error().message);
    auto r = results::load(*db, *workshopId, *templateId);
    if (!r)
        return c.fail(r.error().message);
    const TeamResult* team = teamId ? r->team(*teamId) : nullptr;
    if (teamId && !team)
        return c.fail(QObject::tr("Team %1 is not one of the teams of “%2”; “teams --workshop %3” lists them.")
                          .arg(*teamId)
                          .arg(workshop->title)
                          .arg(*workshopId));
    if (c.parser.isSet(QStringLiteral("json"))) {
        c.io.out << QJsonDocument(resultsJson(*workshopId, *r, team)).toJson();
        return Success;
    }
    c.io.out << QObject::tr("“%1” in “%2”").arg(r->assessment.name, workshop->title) << "\n";
    c.io.out << QObject::tr("Participants who scored at least one statement: %1 before, %2 after.")
                    .arg(r->respondentsBefore)
                    .arg(r->respondentsAfter)
             << "\n\n";
    printCohort(c, *r);
    if (team)
        printTeam(c, *r, *team);
    c.io.out.flush();
    return Success;
}

} // namespace

std::vector<Command> assessmentCommands()
{
    const QCommandLineOption workshop = workshopOption();
    const QCommandLineOption assessment = valueOption("template", "The assessment’s number, as “assessments” lists it, its UUID or its name.", "T");
    return {
        {QStringLiteral("assessments"), QObject::tr("List the assessments, or show one assessment's statements."), {assessment}, assessmentsCommand},
        {QStringLiteral("assess"),
         QObject::tr("Save a participant's answers to an assessment, before or after the workshop."),
         {workshop, valueOption("person", "The person’s number, as “people” lists it, or their UUID.", "ID"), assessment,
          valueOption("phase", "before (the start of day one) or after (the end of the last day).", "PHASE"),
          valueOption("scores", "One score from 1 to 5 per statement, in order, separated by commas; - for none.", "LIST"),
          valueOption("comment", "A comment on statement N; may be given more than once.", "N=TEXT")},
         assessCommand},
        {QStringLiteral("results"),
         QObject::tr("Assessment results: everyone's means by role before and after, and one team's manager and chief side by side."),
         {workshop, assessment, valueOption("team", "Also show this team: its number, as “teams” lists it, or its UUID.", "ID"),
          QCommandLineOption(QStringLiteral("json"), QObject::tr("Print JSON instead of text."))},
         resultsCommand},
    };
}

} // namespace rt::cli

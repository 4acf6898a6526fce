// The workload worksheet's arithmetic and its plain-language reading. Only
// CPSM's Rule of 60 is used to judge a figure: the source gives no other
// thresholds, so none are made up here.
//
// Where a figure stands:
// - patrol share: Within from 55% to 65% (the rule says "about 60%"), Beyond
//   below or above that band;
// - saturation index: Within up to 60%, Beyond past it;
// - officers per 1,000: always Unknown, because it counts staff, not work.
// Near is not used by the worksheet.

#include "workload/Workload.h"

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <cmath>

namespace rt {
namespace {

constexpr double kHoursInYear = 8760;
constexpr double kRuleShare = 0.60;
constexpr double kPatrolBand = 0.05; // "about 60%": five points either side

QString percent(double share)
{
    return formatShare(share);
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// The labels of fields a figure needs that are missing or invalid, or empty
// when the figure can be computed.
struct Needs {
    QStringList missing;
    QStringList invalid;
    bool ready() const { return missing.isEmpty() && invalid.isEmpty(); }
    QString note() const
    {
        if (!invalid.isEmpty())
            return QObject::tr("Correct %1 first.").arg(invalid.join(QStringLiteral(", ")));
        return QObject::tr("To see this figure, fill in: %1.").arg(missing.join(QStringLiteral(", ")));
    }
};

bool hasProblem(const std::vector<WorkloadProblem>& problems, WorkloadField field)
{
    return std::any_of(problems.begin(), problems.end(), [&](const WorkloadProblem& p) { return p.field == field; });
}

Needs needs(const WorkloadInputs& inputs, const std::vector<WorkloadProblem>& problems, std::initializer_list<WorkloadField> fields)
{
    Needs n;
    for (WorkloadField f : fields) {
        if (!inputs.value(f))
            n.missing << workloadFieldLabel(f);
        else if (hasProblem(problems, f))
            n.invalid << workloadFieldLabel(f);
    }
    return n;
}

std::vector<WorkloadProblem> validate(const WorkloadInputs& inputs)
{
    std::vector<WorkloadProblem> problems;
    for (WorkloadField f : allWorkloadFields()) {
        const auto v = inputs.value(f);
        if (!v)
            continue;
        const QString label = workloadFieldLabel(f);
        if (!std::isfinite(*v)) {
            problems.push_back({f, QObject::tr("%1 must be a number.").arg(label)});
        } else if (*v < 0) {
            problems.push_back({f, QObject::tr("%1 can't be negative.").arg(label)});
        } else if (*v == 0 && f != WorkloadField::CallsPerYear) {
            // Each of these divides a figure or multiplies it to nothing.
            problems.push_back({f, QObject::tr("%1 must be more than 0.").arg(label)});
        } else if (f == WorkloadField::PatrolOfficers && inputs.swornOfficers && std::isfinite(*inputs.swornOfficers)
                   && *inputs.swornOfficers > 0 && *v > *inputs.swornOfficers) {
            problems.push_back({f, QObject::tr("Patrol officers can't be more than sworn officers: patrol officers are "
                                               "sworn officers too.")});
        } else if (f == WorkloadField::NetHoursPerOfficer && *v > kHoursInYear) {
            problems.push_back({f, QObject::tr("%1 can't be more than the %2 hours in a year.")
                                       .arg(label, QLocale().toString(int(kHoursInYear)))});
        }
    }
    return problems;
}

WorkloadFigure officersPerThousand(const WorkloadInputs& in, const std::vector<WorkloadProblem>& problems)
{
    WorkloadFigure figure;
    const Needs n = needs(in, problems, {WorkloadField::Population, WorkloadField::SwornOfficers});
    const QString why = QObject::tr("This ratio counts staff, not work: the workshop material recommends judging staffing by "
                                    "workload (the saturation index) rather than by officers per 1,000 residents.");
    if (!n.ready()) {
        figure.note = n.note() + QLatin1Char(' ') + why;
        return figure;
    }
    const double value = *in.swornOfficers / *in.population * 1000;
    figure.value = value;
    figure.note = QObject::tr("%1 sworn officers per 1,000 residents.").arg(formatOfficersPerThousand(value))
                  + QLatin1Char(' ') + why;
    return figure;
}

WorkloadFigure patrolShare(const WorkloadInputs& in, const std::vector<WorkloadProblem>& problems)
{
    WorkloadFigure figure;
    const Needs n = needs(in, problems, {WorkloadField::SwornOfficers, WorkloadField::PatrolOfficers});
    if (!n.ready()) {
        figure.note = n.note();
        return figure;
    }
    const double share = *in.patrolOfficers / *in.swornOfficers;
    figure.value = share;
    // Compared in tenths of a point so that 55 of 100 counts as 55%.
    const double points = std::round(share * 1000) / 10;
    const QString shown = percent(share);
    if (points < (kRuleShare - kPatrolBand) * 100) {
        figure.standing = Standing::Beyond;
        figure.note = QObject::tr("%1 of sworn officers are on patrol, fewer than the Rule of 60's rule of thumb of about "
                                  "60%. Ask where the other officers are assigned and why.")
                          .arg(shown);
    } else if (points > (kRuleShare + kPatrolBand) * 100) {
        figure.standing = Standing::Beyond;
        figure.note = QObject::tr("%1 of sworn officers are on patrol, more than the Rule of 60's rule of thumb of about "
                                  "60%. Check whether investigations and other functions are thinly staffed.")
                          .arg(shown);
    } else {
        figure.standing = Standing::Within;
        figure.note = QObject::tr("%1 of sworn officers are on patrol, close to the Rule of 60's rule of thumb of about 60%.")
                          .arg(shown);
    }
    return figure;
}

WorkloadFigure saturation(const WorkloadInputs& in, const std::vector<WorkloadProblem>& problems,
                          std::optional<double> callHours, std::optional<double> available)
{
    WorkloadFigure figure;
    const Needs n = needs(in, problems,
                          {WorkloadField::PatrolOfficers, WorkloadField::CallsPerYear, WorkloadField::MinutesPerCall,
                           WorkloadField::OfficersPerCall, WorkloadField::NetHoursPerOfficer});
    if (!n.ready() || !callHours || !available) {
        figure.note = n.note();
        return figure;
    }
    const double share = *callHours / *available;
    figure.value = share;
    const double points = std::round(share * 1000) / 10;
    const QString hours = QObject::tr("Calls for service take %1 of patrol's available time (%2 of %3 hours a year).")
                              .arg(percent(share), number(*callHours, 0), number(*available, 0));
    if (points <= kRuleShare * 100) {
        figure.standing = Standing::Within;
        figure.note = hours + QLatin1Char(' ')
                      + QObject::tr("That is within the Rule of 60's limit of 60%: patrol has time left for proactive work.");
    } else {
        figure.standing = Standing::Beyond;
        figure.note = hours + QLatin1Char(' ')
                      + QObject::tr("That is above the Rule of 60's limit of 60%. Above 60%, officers spend most of their "
                                    "shift answering calls, with little time for community policing and problem solving.");
    }
    return figure;
}

} // namespace

const std::vector<WorkloadField>& allWorkloadFields()
{
    static const std::vector<WorkloadField> fields = {
        WorkloadField::Population,     WorkloadField::SwornOfficers,   WorkloadField::PatrolOfficers,
        WorkloadField::CallsPerYear,   WorkloadField::MinutesPerCall,  WorkloadField::OfficersPerCall,
        WorkloadField::NetHoursPerOfficer,
    };
    return fields;
}

QString workloadFieldKey(WorkloadField field)
{
    switch (field) {
    case WorkloadField::Population: return QStringLiteral("population");
    case WorkloadField::SwornOfficers: return QStringLiteral("sworn");
    case WorkloadField::PatrolOfficers: return QStringLiteral("patrol");
    case WorkloadField::CallsPerYear: return QStringLiteral("calls");
    case WorkloadField::MinutesPerCall: return QStringLiteral("minutes");
    case WorkloadField::OfficersPerCall: return QStringLiteral("officers-per-call");
    case WorkloadField::NetHoursPerOfficer: return QStringLiteral("net-hours");
    }
    return {};
}

std::optional<WorkloadField> workloadFieldFromKey(const QString& key)
{
    for (WorkloadField f : allWorkloadFields()) {
        if (workloadFieldKey(f) == key.trimmed().toLower())
            return f;
    }
    return std::nullopt;
}

QString workloadFieldLabel(WorkloadField field)
{
    switch (field) {
    case WorkloadField::Population: return QObject::tr("Population");
    case WorkloadField::SwornOfficers: return QObject::tr("Sworn officers");
    case WorkloadField::PatrolOfficers: return QObject::tr("Patrol officers");
    case WorkloadField::CallsPerYear: return QObject::tr("Calls for service per year");
    case WorkloadField::MinutesPerCall: return QObject::tr("Minutes per call");
    case WorkloadField::OfficersPerCall: return QObject::tr("Officers per call");
    case WorkloadField::NetHoursPerOfficer: return QObject::tr("Net available hours per officer");
    }
    return {};
}

QString workloadFieldHint(WorkloadField field)
{
    switch (field) {
    case WorkloadField::Population: return QObject::tr("Residents of the jurisdiction.");
    case WorkloadField::SwornOfficers: return QObject::tr("Every sworn officer in the department, whatever the assignment.");
    case WorkloadField::PatrolOfficers: return QObject::tr("Sworn officers assigned to patrol, who answer calls for service.");
    case WorkloadField::CallsPerYear: return QObject::tr("Calls for service patrol answers in a year.");
    case WorkloadField::MinutesPerCall: return QObject::tr("The average time an officer spends on one call, in minutes.");
    case WorkloadField::OfficersPerCall: return QObject::tr("The average number of officers who handle one call, such as 1.5.");
    case WorkloadField::NetHoursPerOfficer:
        return QObject::tr("Hours a patrol officer is on duty in a year, after leave, training and other time away.");
    }
    return {};
}

std::optional<double> WorkloadInputs::value(WorkloadField field) const
{
    switch (field) {
    case WorkloadField::Population: return population;
    case WorkloadField::SwornOfficers: return swornOfficers;
    case WorkloadField::PatrolOfficers: return patrolOfficers;
    case WorkloadField::CallsPerYear: return callsPerYear;
    case WorkloadField::MinutesPerCall: return minutesPerCall;
    case WorkloadField::OfficersPerCall: return officersPerCall;
    case WorkloadField::NetHoursPerOfficer: return netHoursPerOfficer;
    }
    return std::nullopt;
}

void WorkloadInputs::set(WorkloadField field, std::optional<double> v)
{
    switch (field) {
    case WorkloadField::Population: population = v; break;
    case WorkloadField::SwornOfficers: swornOfficers = v; break;
    case WorkloadField::PatrolOfficers: patrolOfficers = v; break;
    case WorkloadField::CallsPerYear: callsPerYear = v; break;
    case WorkloadField::MinutesPerCall: minutesPerCall = v; break;
    case WorkloadField::OfficersPerCall: officersPerCall = v; break;
    case WorkloadField::NetHoursPerOfficer: netHoursPerOfficer = v; break;
    }
}

bool WorkloadInputs::isEmpty() const
{
    for (WorkloadField f : allWorkloadFields()) {
        if (value(f))
            return false;
    }
    return notes.trimmed().isEmpty();
}

QString formatShare(double share)
{
    const double rounded = std::round(share * 1000) / 10;
    return QObject::tr("%1%").arg(QLocale().toString(rounded, 'f', rounded == std::floor(rounded) ? 0 : 1));
}

QString formatOfficersPerThousand(double value)
{
    return QLocale().toString(value, 'f', value < 1 ? 2 : 1);
}

QString formatWorkloadValue(double value)
{
    int decimals = 0;
    while (decimals < 2 && std::abs(value * std::pow(10, decimals) - std::round(value * std::pow(10, decimals))) > 1e-9)
        ++decimals;
    return QLocale().toString(value, 'f', decimals);
}

QString standingKey(Standing standing)
{
    switch (standing) {
    case Standing::Unknown: return QStringLiteral("unknown");
    case Standing::Within: return QStringLiteral("within");
    case Standing::Near: return QStringLiteral("near");
    case Standing::Beyond: return QStringLiteral("beyond");
    }
    return {};
}

Result<std::optional<double>> parseWorkloadValue(WorkloadField field, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::optional<double>();
    // The person's own locale first ("12.500" in German), then the C locale,
    // so "12,500" and "1.5" read the same everywhere they are not ambiguous.
    for (const QLocale& locale : {QLocale(), QLocale::c()}) {
        bool isNumber = false;
        const double value = locale.toDouble(trimmed, &isNumber);
        if (isNumber && std::isfinite(value))
            return std::optional<double>(value);
    }
    return fail(QObject::tr("%1 must be a number, such as %2 (not “%3”).")
                    .arg(workloadFieldLabel(field), QLocale().toString(12500), trimmed));
}

WorkloadResult evaluateWorkload(const WorkloadInputs& inputs)
{
    WorkloadResult result;
    result.problems = validate(inputs);
    const auto& p = result.problems;
    if (needs(inputs, p, {WorkloadField::CallsPerYear, WorkloadField::MinutesPerCall, WorkloadField::OfficersPerCall}).ready())
        result.callHoursPerYear = *inputs.callsPerYear * *inputs.minutesPerCall * *inputs.officersPerCall / 60;
    if (needs(inputs, p, {WorkloadField::PatrolOfficers, WorkloadField::NetHoursPerOfficer}).ready())
        result.availablePatrolHours = *inputs.patrolOfficers * *inputs.netHoursPerOfficer;
    result.officersPerThousand = officersPerThousand(inputs, p);
    result.patrolShare = patrolShare(inputs, p);
    result.saturation = saturation(inputs, p, result.callHoursPerYear, result.availablePatrolHours);
    return result;
}

} // namespace rt

// Participants' answers: saved a person and a phase at a time (one sitting
// with the questionnaire is one action), read back for the forms, for
// progress and for results.
//
// Answers may be typed in after a workshop has closed: the paper forms from
// the last afternoon often reach the facilitator later.

#include "assessments/Assessments.h"

#include "people/People.h"
#include "people/Roster.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QObject>
#include <map>
#include <set>

namespace rt::assessments {
namespace {

const QString kAnswers = QStringLiteral("assessment_answers");

Status checkRegistered(Writer& w, Id workshopId, const Person& person)
{
    auto status = w.scalar(QStringLiteral("SELECT status FROM enrollments WHERE workshop_id = ? AND person_id = ?"), {workshopId, person.id});
    if (!status)
        return std::unexpected(status.error());
    if (status->toString() != enrollmentKey(EnrollmentStatus::Registered))
        return fail(QObject::tr("%1 is not registered for this workshop, so has no answers to give here.").arg(person.fullName()));
    return ok();
}

Status checkAnswer(Writer& w, const Answer& a)
{
    if (a.score && (*a.score < kMinScore || *a.score > kMaxScore))
        return fail(QObject::tr("Scores run from %1 to %2; %3 is not one of them.").arg(kMinScore).arg(kMaxScore).arg(*a.score));
    auto owner = w.scalar(QStringLiteral("SELECT template_id FROM assessment_questions WHERE id = ?"), {a.questionId});
    if (!owner)
        return std::unexpected(owner.error());
    if (owner->isNull())
        return fail(QObject::tr("Statement %1 is in no assessment of this file.").arg(a.questionId));
    return ok();
}

} // namespace

Result<std::vector<Answer>> answers(const Database& db, Id workshopId, Id personId, Id templateId, Phase phase)
{
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT a.question_id, a.score, a.comment FROM assessment_answers a "
                                     "JOIN assessment_questions s ON s.id = a.question_id "
                                     "WHERE a.workshop_id = ? AND a.person_id = ? AND s.template_id = ? AND a.phase = ? "
                                     "ORDER BY s.position, s.id"),
                      {workshopId, personId, templateId, phaseKey(phase)});
    if (!q)
        return std::unexpected(q.error());
    std::vector<Answer> result;
    while (q->next()) {
        Answer a;
        a.questionId = q->value(0).toLongLong();
        if (!q->value(1).isNull())
            a.score = q->value(1).toInt();
        a.comment = q->value(2).toString();
        result.push_back(a);
    }
    return result;
}

Result<ChangeSet> saveAnswers(Database& db, Id workshopId, Id personId, Phase phase, const std::vector<Answer>& given)
{
    auto person = people::get(db, personId);
    if (!person)
        return std::unexpected(person.error());
    const QString description = phase == Phase::Before ? QObject::tr("Save %1's answers (before)").arg(person->fullName())
                                                       : QObject::tr("Save %1's answers (after)").arg(person->fullName());
    return db.write(description, [&](Writer& w) -> Status {
        if (auto s = checkRegistered(w, workshopId, *person); !s)
            return s;
        w.changes().subject = personId;
        std::set<Id> seen;
        for (const Answer& a : given) {
            if (!seen.insert(a.questionId).second)
                return fail(QObject::tr("Statement %1 is answered twice; give one answer to each statement.").arg(a.questionId));
            if (auto s = checkAnswer(w, a); !s)
                return s;
            auto row = w.scalar(QStringLiteral("SELECT id FROM assessment_answers WHERE workshop_id = ? AND person_id = ? "
                                               "AND question_id = ? AND phase = ?"),
                                {workshopId, personId, a.questionId, phaseKey(phase)});
            if (!row)
                return std::unexpected(row.error());
            if (a.isEmpty()) {
                if (row->isNull())
                    continue;
                if (auto s = w.remove(kAnswers, row->toLongLong()); !s)
                    return s;
                continue;
            }
            const QVariantMap values{{QStringLiteral("score"), a.score ? QVariant(*a.score) : QVariant()},
                                     {QStringLiteral("comment"), a.comment.trimmed()}};
            if (!row->isNull()) {
                if (auto s = w.update(kAnswers, row->toLongLong(), values); !s)
                    return s;
                continue;
            }
            QVariantMap inserted = values;
            inserted.insert(QStringLiteral("workshop_id"), workshopId);
            inserted.insert(QStringLiteral("person_id"), personId);
            inserted.insert(QStringLiteral("question_id"), a.questionId);
            inserted.insert(QStringLiteral("phase"), phaseKey(phase));
            if (auto id = w.insert(kAnswers, inserted); !id)
                return std::unexpected(id.error());
        }
        return ok();
    });
}

Result<std::vector<AnswerRecord>> answersOf(const Database& db, Id workshopId, Id templateId)
{
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT a.person_id, a.question_id, a.phase, a.score, a.comment FROM assessment_answers a "
                                     "JOIN assessment_questions s ON s.id = a.question_id "
                                     "WHERE a.workshop_id = ? AND s.template_id = ? "
                                     "ORDER BY a.person_id, a.phase DESC, s.position, s.id"),
                      {workshopId, templateId});
    if (!q)
        return std::unexpected(q.error());
    std::vector<AnswerRecord> result;
    while (q->next()) {
        AnswerRecord r;
        r.personId = q->value(0).toLongLong();
        r.questionId = q->value(1).toLongLong();
        r.phase = phaseFromKey(q->value(2).toString()).value_or(Phase::Before);
        if (!q->value(3).isNull())
            r.score = q->value(3).toInt();
        r.comment = q->value(4).toString();
        result.push_back(r);
    }
    return result;
}

Result<std::vector<AnswerProgress>> progress(const Database& db, Id workshopId, Id templateId)
{
    auto assessment = getTemplate(db, templateId);
    if (!assessment)
        return std::unexpected(assessment.error());
    auto entries = roster::list(db, workshopId);
    if (!entries)
        return std::unexpected(entries.error());
    auto counts = sql::run(db.connection(),
                           QStringLiteral("SELECT a.person_id, a.phase, count(*) FROM assessment_answers a "
                                          "JOIN assessment_questions s ON s.id = a.question_id "
                                          "WHERE a.workshop_id = ? AND s.template_id = ? AND a.score IS NOT NULL "
                                          "GROUP BY a.person_id, a.phase"),
                           {workshopId, templateId});
    if (!counts)
        return std::unexpected(counts.error());
    std::map<std::pair<Id, Phase>, int> scored;
    while (counts->next())
        scored[{counts->value(0).toLongLong(), phaseFromKey(counts->value(1).toString()).value_or(Phase::Before)}] = counts->value(2).toInt();
    std::vector<AnswerProgress> result;
    for (const RosterEntry& e : *entries) {
        if (e.status != EnrollmentStatus::Registered)
            continue;
        AnswerProgress p;
        p.personId = e.person.id;
        p.name = e.person.sortName();
        p.roleText = e.person.roleText();
        p.answeredBefore = scored[{e.person.id, Phase::Before}];
        p.answeredAfter = scored[{e.person.id, Phase::After}];
        p.questionCount = int(assessment->questions.size());
        result.push_back(p);
    }
    return result;
}

Status removeAllOf(Writer& w, Id workshopId)
{
    return w.removeWhere(kAnswers, QStringLiteral("workshop_id"), workshopId);
}

} // namespace rt::assessments

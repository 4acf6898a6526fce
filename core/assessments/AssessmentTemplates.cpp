// Assessment templates: the questionnaires and their statements. Reading
// them, and editing them as undoable actions. A template or a statement that
// has been answered stays: the answers are the workshop's record.

#include "assessments/Assessments.h"

#include "assessments/Pillars.h"
#include "storage/Database.h"
#include "storage/RowLookup.h"
#include "storage/Sql.h"
#include "storage/Positions.h"
#include "storage/Writer.h"

#include <QObject>
#include <QUuid>
#include <algorithm>

namespace rt {

QString phaseKey(Phase phase)
{
    return phase == Phase::Before ? QStringLiteral("before") : QStringLiteral("after");
}

std::optional<Phase> phaseFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("before"))
        return Phase::Before;
    if (k == QLatin1String("after"))
        return Phase::After;
    return std::nullopt;
}

QString phaseLabel(Phase phase)
{
    return phase == Phase::Before ? QObject::tr("Before") : QObject::tr("After");
}

QString scoreLabel(int score)
{
    switch (score) {
    case 1: return QObject::tr("1 – Strongly disagree");
    case 2: return QObject::tr("2 – Disagree");
    case 3: return QObject::tr("3 – Neither agree nor disagree");
    case 4: return QObject::tr("4 – Agree");
    case 5: return QObject::tr("5 – Strongly agree");
    }
    return {};
}

QStringList AssessmentTemplate::sections() const
{
    QStringList result;
    for (const AssessmentQuestion& q : questions) {
        if (!result.contains(q.section))
            result << q.section;
    }
    return result;
}

namespace assessments {
namespace {

const QString kTemplates = QStringLiteral("assessment_templates");
const QString kQuestions = QStringLiteral("assessment_questions");

AssessmentQuestion questionFrom(const QSqlQuery& q)
{
    AssessmentQuestion question;
    question.id = q.value(0).toLongLong();
    question.uuid = q.value(1).toString();
    question.templateId = q.value(2).toLongLong();
    question.position = q.value(3).toInt();
    question.section = q.value(4).toString();
    question.text = q.value(5).toString();
    if (!q.value(6).isNull())
        question.pillar = q.value(6).toInt();
    return question;
}

const QString kQuestionColumns = QStringLiteral("id, uuid, template_id, position, section, text, pillar FROM assessment_questions");

// Templates with their statements and how often they were answered.
Result<std::vector<AssessmentTemplate>> select(const Database& db, const QString& where, const QVariantList& binds)
{
    auto q = sql::run(db.connection(),
                      QStringLiteral("SELECT t.id, t.uuid, t.name, t.description, "
                                     "(SELECT count(*) FROM assessment_answers a JOIN assessment_questions s ON s.id = a.question_id "
                                     " WHERE s.template_id = t.id) "
                                     "FROM assessment_templates t %1 ORDER BY t.id")
                          .arg(where),
                      binds);
    if (!q)
        return std::unexpected(q.error());
    std::vector<AssessmentTemplate> result;
    while (q->next()) {
        AssessmentTemplate t;
        t.id = q->value(0).toLongLong();
        t.uuid = q->value(1).toString();
        t.name = q->value(2).toString();
        t.description = q->value(3).toString();
        t.answerCount = q->value(4).toInt();
        result.push_back(t);
    }
    q->finish();
    auto questions = sql::run(db.connection(), QStringLiteral("SELECT %1 ORDER BY template_id, position, id").arg(kQuestionColumns));
    if (!questions)
        return std::unexpected(questions.error());
    while (questions->next()) {
        AssessmentQuestion question = questionFrom(*questions);
        const auto owner = std::find_if(result.begin(), result.end(), [&](const AssessmentTemplate& t) { return t.id == question.templateId; });
        if (owner != result.end())
            owner->questions.push_back(question);
    }
    return result;
}

Result<AssessmentTemplate> templateIn(Writer& w, Id templateId)
{
    auto q = w.query(QStringLiteral("SELECT name, description FROM assessment_templates WHERE id = ?"), {templateId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QObject::tr("Assessment %1 is not in this file.").arg(templateId));
    AssessmentTemplate t;
    t.id = templateId;
    t.name = q->value(0).toString();
    t.description = q->value(1).toString();
    return t;
}

Result<AssessmentQuestion> questionIn(Writer& w, Id questionId)
{
    auto q = w.query(QStringLiteral("SELECT %1 WHERE id = ?").arg(kQuestionColumns), {questionId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QObject::tr("Statement %1 is not in this file.").arg(questionId));
    return questionFrom(*q);
}

// Names are unique whatever their case, so a name typed on the command line
// finds one template.
Result<QString> checkName(Writer& w, const QString& name, Id exceptId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(QObject::tr("An assessment needs a name."));
    auto q = w.query(QStringLiteral("SELECT name FROM assessment_templates WHERE id <> ?"), {exceptId});
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        if (q->value(0).toString().compare(trimmed, Qt::CaseInsensitive) == 0)
            return fail(QObject::tr("There is already an assessment called “%1”. Choose another name.").arg(q->value(0).toString()));
    }
    return trimmed;
}

Status checkStatement(const QString& text, std::optional<int> pillar)
{
    if (text.trimmed().isEmpty())
        return fail(QObject::tr("A statement needs some text."));
    if (pillar && !pillars::isValid(*pillar))
        return fail(QObject::tr("Pillars run from 1 to %1.").arg(pillars::count));
    return ok();
}

QVariant pillarValue(std::optional<int> pillar)
{
    return pillar ? QVariant(*pillar) : QVariant();
}

Result<int> answersTo(Writer& w, const QString& where, Id id)
{
    auto n = w.scalar(QStringLiteral("SELECT count(*) FROM assessment_answers a JOIN assessment_questions s ON s.id = a.question_id WHERE %1")
                          .arg(where),
                      {id});
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}



Result<Id> insertQuestion(Writer& w, Id templateId, int position, const QString& section, const QString& text, std::optional<int> pillar)
{
    return w.insert(kQuestions, {{QStringLiteral("template_id"), templateId},
                                 {QStringLiteral("position"), position},
                                 {QStringLiteral("section"), section.trimmed()},
                                 {QStringLiteral("text"), text.trimmed()},
                                 {QStringLiteral("pillar"), pillarValue(pillar)}});
}

} // namespace

Result<std::vector<AssessmentTemplate>> templates(const Database& db)
{
    return select(db, {}, {});
}

Result<AssessmentTemplate> getTemplate(const Database& db, Id templateId)
{
    auto found = select(db, QStringLiteral("WHERE t.id = ?"), {templateId});
    if (!found)
        return std::unexpected(found.error());
    if (found->empty())
        return fail(QObject::tr("Assessment %1 is not in this file.").arg(templateId));
    return found->front();
}

Result<Id> findTemplate(const Database& db, const QString& numberUuidOrName)
{
    const QString text = numberUuidOrName.trimmed();
    bool isNumber = false;
    text.toLongLong(&isNumber);
    if (isNumber || !QUuid::fromString(text).isNull())
        return rows::find(db, kTemplates, text);
    auto all = templates(db);
    if (!all)
        return std::unexpected(all.error());
    QStringList names;
    for (const AssessmentTemplate& t : *all) {
        if (t.name.compare(text, Qt::CaseInsensitive) == 0)
            return t.id;
        names << QStringLiteral("“%1”").arg(t.name);
    }
    if (names.isEmpty())
        return fail(QObject::tr("There is no assessment called “%1”; this file has none.").arg(text));
    return fail(QObject::tr("There is no assessment called “%1”. This file has %2.").arg(text, names.join(QStringLiteral(", "))));
}

Result<ChangeSet> createTemplate(Database& db, const QString& name, const QString& description)
{
    return db.write(QObject::tr("Add the assessment “%1”").arg(name.trimmed()), [&](Writer& w) -> Status {
        auto checked = checkName(w, name, 0);
        if (!checked)
            return std::unexpected(checked.error());
        auto id = w.insert(kTemplates, {{QStringLiteral("name"), *checked}, {QStringLiteral("description"), description.trimmed()}});
        if (!id)
            return std::unexpected(id.error());
        w.changes().subject = *id;
        return ok();
    });
}

Result<ChangeSet> updateTemplate(Database& db, Id templateId, const QString& name, const QString& description)
{
    return db.write(QObject::tr("Edit the assessment “%1”").arg(name.trimmed()), [&](Writer& w) -> Status {
        if (auto t = templateIn(w, templateId); !t)
            return std::unexpected(t.error());
        auto checked = checkName(w, name, templateId);
        if (!checked)
            return std::unexpected(checked.error());
        w.changes().subject = templateId;
        return w.update(kTemplates, templateId, {{QStringLiteral("name"), *checked}, {QStringLiteral("description"), description.trimmed()}});
    });
}

Result<ChangeSet> duplicateTemplate(Database& db, Id templateId, const QString& name)
{
    auto original = getTemplate(db, templateId);
    if (!original)
        return std::unexpected(original.error());
    return db.write(QObject::tr("Copy the assessment “%1”").arg(original->name), [&](Writer& w) -> Status {
        auto checked = checkName(w, name, 0);
        if (!checked)
            return std::unexpected(checked.error());
        auto id = w.insert(kTemplates, {{QStringLiteral("name"), *checked}, {QStringLiteral("description"), original->description}});
        if (!id)
            return std::unexpected(id.error());
        w.changes().subject = *id;
        int position = 0;
        for (const AssessmentQuestion& q : original->questions) {
            if (auto copy = insertQuestion(w, *id, position++, q.section, q.text, q.pillar); !copy)
                return std::unexpected(copy.error());
        }
        return ok();
    });
}

Result<ChangeSet> removeTemplate(Database& db, Id templateId)
{
    return db.write(QObject::tr("Remove an assessment"), [&](Writer& w) -> Status {
        auto t = templateIn(w, templateId);
        if (!t)
            return std::unexpected(t.error());
        w.changes().description = QObject::tr("Remove the assessment “%1”").arg(t->name);
        w.changes().subject = templateId;
        auto answered = answersTo(w, QStringLiteral("s.template_id = ?"), templateId);
        if (!answered)
            return std::unexpected(answered.error());
        if (*answered > 0)
            return fail(QObject::tr("“%1” has been answered %n time(s), and those answers must be kept, so it cannot be removed. "
                                    "Duplicate it to make a changed version.",
                                    nullptr, *answered)
                            .arg(t->name));
        if (auto s = w.removeWhere(kQuestions, QStringLiteral("template_id"), templateId); !s)
            return s;
        return w.remove(kTemplates, templateId);
    });
}

Result<ChangeSet> addQuestion(Database& db, Id templateId, const QString& section, const QString& text, std::optional<int> pillar)
{
    if (auto s = checkStatement(text, pillar); !s)
        return std::unexpected(s.error());
    return db.write(QObject::tr("Add a statement"), [&](Writer& w) -> Status {
        auto t = templateIn(w, templateId);
        if (!t)
            return std::unexpected(t.error());
        w.changes().description = QObject::tr("Add a statement to “%1”").arg(t->name);
        auto last = w.scalar(QStringLiteral("SELECT coalesce(max(position), -1) FROM assessment_questions WHERE template_id = ?"), {templateId});
        if (!last)
            return std::unexpected(last.error());
        auto id = insertQuestion(w, templateId, last->toInt() + 1, section, text, pillar);
        if (!id)
            return std::unexpected(id.error());
        w.changes().subject = *id;
        return ok();
    });
}

Result<ChangeSet> updateQuestion(Database& db, const AssessmentQuestion& question)
{
    if (auto s = checkStatement(question.text, question.pillar); !s)
        return std::unexpected(s.error());
    return db.write(QObject::tr("Edit a statement"), [&](Writer& w) -> Status {
        if (auto q = questionIn(w, question.id); !q)
            return std::unexpected(q.error());
        w.changes().subject = question.id;
        return w.update(kQuestions, question.id, {{QStringLiteral("section"), question.section.trimmed()},
                                                  {QStringLiteral("text"), question.text.trimmed()},
                                                  {QStringLiteral("pillar"), pillarValue(question.pillar)}});
    });
}

Result<ChangeSet> removeQuestion(Database& db, Id questionId)
{
    return db.write(QObject::tr("Remove a statement"), [&](Writer& w) -> Status {
        auto q = questionIn(w, questionId);
        if (!q)
            return std::unexpected(q.error());
        w.changes().subject = q->templateId;
        auto answered = answersTo(w, QStringLiteral("s.id = ?"), questionId);
        if (!answered)
            return std::unexpected(answered.error());
        if (*answered > 0)
            return fail(QObject::tr("This statement has been answered %n time(s), and those answers must be kept, so it cannot be "
                                    "removed. Duplicate the assessment to make a changed version.",
                                    nullptr, *answered));
        if (auto s = w.remove(kQuestions, questionId); !s)
            return s;
        return positions::tidy(w, kQuestions, QStringLiteral("template_id = ?"), {q->templateId});
    });
}

Result<ChangeSet> moveQuestion(Database& db, Id questionId, int to)
{
    return db.write(QObject::tr("Move a statement"), [&](Writer& w) -> Status {
        auto q = questionIn(w, questionId);
        if (!q)
            return std::unexpected(q.error());
        w.changes().subject = questionId;
        return positions::move(w, kQuestions, QStringLiteral("template_id = ?"), {q->templateId}, questionId, to);
    });
}

} // namespace assessments
} // namespace rt

#pragma once
// Assessments: questionnaires of statements scored 1 (strongly disagree) to 5
// (strongly agree), each with an optional comment. Templates are editable;
// two are shipped (the manager/chief relationship, and the department along
// the six pillars). Each participant answers separately, before the workshop
// starts and again at its end.

#include "common/Result.h"
#include "storage/ChangeSet.h"

#include <QString>
#include <optional>
#include <vector>

namespace rt {

class Database;
class Writer;

enum class Phase { Before, After };

QString phaseKey(Phase phase);            // "before", "after"
std::optional<Phase> phaseFromKey(const QString& key);
QString phaseLabel(Phase phase);          // "Before", "After"

constexpr int kMinScore = 1;
constexpr int kMaxScore = 5;
// "1 – Strongly disagree" … "5 – Strongly agree"
QString scoreLabel(int score);

struct AssessmentQuestion {
    Id id = 0;
    QString uuid;
    Id templateId = 0;
    int position = 0;
    QString section;           // "Trust", "Policy and Oversight"
    QString text;
    std::optional<int> pillar; // 1..6
};

struct AssessmentTemplate {
    Id id = 0;
    QString uuid;
    QString name;
    QString description;
    std::vector<AssessmentQuestion> questions; // by position
    int answerCount = 0;                       // in the whole file

    // Section names in the order they first appear.
    QStringList sections() const;
};

struct Answer {
    Id questionId = 0;
    std::optional<int> score; // 1..5
    QString comment;

    bool isEmpty() const { return !score && comment.trimmed().isEmpty(); }
};

// One stored answer with whose it is (what results are computed from).
struct AnswerRecord {
    Id personId = 0;
    Id questionId = 0;
    Phase phase = Phase::Before;
    std::optional<int> score;
    QString comment;
};

// How far one registered participant has got with a template.
struct AnswerProgress {
    Id personId = 0;
    QString name;       // "Whitfield, Dana"
    QString roleText;
    int answeredBefore = 0; // statements with a score
    int answeredAfter = 0;
    int questionCount = 0;
};

namespace assessments {

Result<std::vector<AssessmentTemplate>> templates(const Database& db);
Result<AssessmentTemplate> getTemplate(const Database& db, Id templateId);
// By number, UUID or exact name (case ignored).
Result<Id> findTemplate(const Database& db, const QString& numberUuidOrName);

// Template editing; each is one undoable action. subject: the new row.
Result<ChangeSet> createTemplate(Database& db, const QString& name, const QString& description);
Result<ChangeSet> updateTemplate(Database& db, Id templateId, const QString& name, const QString& description);
// A copy with all statements, named `name`.
Result<ChangeSet> duplicateTemplate(Database& db, Id templateId, const QString& name);
// Refused while any answer uses it (the message says how many).
Result<ChangeSet> removeTemplate(Database& db, Id templateId);
Result<ChangeSet> addQuestion(Database& db, Id templateId, const QString& section, const QString& text,
                              std::optional<int> pillar);
Result<ChangeSet> updateQuestion(Database& db, const AssessmentQuestion& question);
// Refused while answered.
Result<ChangeSet> removeQuestion(Database& db, Id questionId);
// Moves a statement to index `to` (0-based) within its template.
Result<ChangeSet> moveQuestion(Database& db, Id questionId, int to);

// A participant's answers to a template in one phase, one per statement that
// has one.
Result<std::vector<Answer>> answers(const Database& db, Id workshopId, Id personId, Id templateId, Phase phase);
// Saves a participant's answers as one action: an empty answer removes the
// stored one. The person must be registered for the workshop; scores 1..5.
Result<ChangeSet> saveAnswers(Database& db, Id workshopId, Id personId, Phase phase,
                              const std::vector<Answer>& answers);
// Every answer to a template in a workshop (both phases).
Result<std::vector<AnswerRecord>> answersOf(const Database& db, Id workshopId, Id templateId);
// Each registered participant's progress, by last name.
Result<std::vector<AnswerProgress>> progress(const Database& db, Id workshopId, Id templateId);

// Inside other actions: a deleted workshop's answers.
Status removeAllOf(Writer& writer, Id workshopId);
// Schema step 6: the two shipped templates.
Status seedTemplates(Writer& writer);

} // namespace assessments
} // namespace rt

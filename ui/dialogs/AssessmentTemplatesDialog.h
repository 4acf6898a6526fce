#pragma once
// Editing the assessment questionnaires (Edit ▸ Assessment Templates…): new,
// duplicate, rename and describe, delete; each one's statements with their
// section and pillar, added, edited, removed and reordered. Every change is
// its own undoable action, saved at once; core's refusals (a questionnaire or
// statement that already has answers) are shown as it words them.

#include "assessments/Assessments.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace rt::ui {

class Document;

// One statement: its section, text and pillar.
class StatementDialog : public QDialog {
    Q_OBJECT
public:
    StatementDialog(const QStringList& sections, QWidget* parent = nullptr);
    void setQuestion(const AssessmentQuestion& question);
    AssessmentQuestion question() const; // id and template as given to setQuestion

    QLineEdit* sectionEdit() const { return m_section; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QComboBox* pillarCombo() const { return m_pillar; }

private:
    AssessmentQuestion m_question;
    QLineEdit* m_section;
    QPlainTextEdit* m_text;
    QComboBox* m_pillar;
};

class AssessmentTemplatesDialog : public QDialog {
    Q_OBJECT
public:
    explicit AssessmentTemplatesDialog(Document& document, QWidget* parent = nullptr);

    // Actions, also reachable from tests.
    void newTemplate();
    void duplicateTemplate();
    void deleteTemplate();
    void saveNameAndDescription();
    void addStatement();
    void editStatement();
    void removeStatement();
    void moveStatement(int delta);
    void selectTemplate(Id templateId);

    Id currentTemplateId() const { return m_currentId; }
    QListWidget* templateList() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QTableWidget* statementTable() const { return m_statements; }
    QLabel* statusLabel() const { return m_status; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void showTemplate();
    void report(bool ok, const QString& done = {});
    const AssessmentTemplate* current() const;
    QString unusedName(const QString& wanted) const;

    Document& m_document;
    std::vector<AssessmentTemplate> m_templates;
    Id m_currentId = 0;
    bool m_loading = false;
    QString m_lastError;
    QListWidget* m_list;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QLabel* m_info;
    QTableWidget* m_statements;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QLabel* m_status;
};

} // namespace rt::ui

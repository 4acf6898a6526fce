#pragma once
// The change history of a workshop, a person or the whole file: each change
// with its time, who made it and what it was, and under it the rows it touched
// in words. A filter box narrows it as you type; older changes come a page at
// a time. It follows the file: every action, undo or redo shows up at once.

#include "journal/History.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace rt {
struct ChangeSet;
}

namespace rt::ui {

class Document;

class HistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPanel(Document& document, QWidget* parent = nullptr);

    // What to show; `title` heads the panel ("History of Dana Whitfield").
    void setScope(const history::Scope& scope, const QString& title);
    const history::Scope& scope() const { return m_scope; }
    // Reads the newest page again (keeps the filter).
    void reload();
    void showOlder();
    void setFilter(const QString& text);
    void focusFilter();

    QLineEdit* filterEdit() const { return m_filter; }
    QTreeWidget* tree() const { return m_tree; }
    QLabel* countLabel() const { return m_count; }
    QLabel* authorLabel() const { return m_author; }
    QPushButton* olderButton() const { return m_older; }
    // The rows the filter lets through, as shown: "time · who · what" and each
    // line, for tests and for copying.
    QStringList visibleText() const;

    // How many changes a page reads.
    static constexpr int kPageSize = 200;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onChanged();
    void append(const std::vector<history::Entry>& entries);
    void applyFilter();
    void updateCount();
    void updateAuthor();
    void editAuthor();

    Document& m_document;
    history::Scope m_scope;
    QLabel* m_title;
    QLabel* m_count;
    QLineEdit* m_filter;
    QTreeWidget* m_tree;
    QPushButton* m_older;
    QLabel* m_author;
    QPushButton* m_changeAuthor;
    int m_loaded = 0;
    int m_total = 0;
    bool m_stale = true;
    bool m_hasScope = false;
};

} // namespace rt::ui

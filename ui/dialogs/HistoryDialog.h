#pragma once
// A window with the history of one person (from the roster or the people
// directory) or of the whole file. It stays open beside the work and follows
// every change; opening the same history again brings it to the front.

#include "common/Result.h"
#include "journal/History.h"

#include <QDialog>

namespace rt::ui {

class Document;
class HistoryPanel;

class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    HistoryDialog(Document& document, const history::Scope& scope, const QString& title, QWidget* parent);
    HistoryPanel* panel() const { return m_panel; }

private:
    HistoryPanel* m_panel;
};

// Shows (without blocking) the history of a person in the file, or of the whole file.
HistoryDialog* showPersonHistory(Document& document, Id personId, QWidget* parent);
HistoryDialog* showFileHistory(Document& document, QWidget* parent);

} // namespace rt::ui

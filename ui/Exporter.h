#pragma once
// Printing a workshop's attendance documents from the app: the export dialog,
// the file name, then core writes the file (atomically: a failed export
// leaves nothing behind). The result is a sentence for the notice bar.

#include "common/Result.h"
#include "dialogs/ExportDialog.h"

#include <optional>

class QWidget;

namespace rt::ui {

class Document;

// What the screen shows that some documents print: the attendance block, the team.
struct ExportContext {
    std::optional<Id> block;
    std::optional<Id> team;
};

// Returns what was written ("Wrote …"), an error saying why not, or an empty
// string when the person cancelled.
Result<QString> exportDocument(QWidget* parent, Document& document, Id workshopId, ExportKind kind,
                               const ExportContext& context = {});

} // namespace rt::ui

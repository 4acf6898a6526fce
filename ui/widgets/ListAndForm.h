#pragma once
// The editor layout of the reference-data dialogs: a list on the left, a form
// for the chosen entry on the right, a "new" button and a "save" button below.

class QFormLayout;
class QListWidget;
class QPushButton;
class QWidget;

namespace rt::ui {

QWidget* listAndForm(QWidget* parent, QListWidget* list, QFormLayout* form, QPushButton* create, QPushButton* save,
                     QPushButton* remove = nullptr);

} // namespace rt::ui

#include "ListAndForm.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace rt::ui {

QWidget* listAndForm(QWidget* parent, QListWidget* list, QFormLayout* form, QPushButton* create, QPushButton* save,
                     QPushButton* remove)
{
    auto* page = new QWidget(parent);
    auto* editor = new QWidget(page);
    editor->setLayout(form);
    auto* split = new QSplitter(page);
    split->addWidget(list);
    split->addWidget(editor);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(create);
    if (remove)
        buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(save);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    return page;
}

} // namespace rt::ui

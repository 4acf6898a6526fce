#include "PeoplePage.h"

#include "Document.h"
#include "Prompts.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/PersonDialog.h"
#include "models/PeopleModel.h"
#include "people/People.h"
#include "people/Roster.h"
#include "storage/Database.h"
#include "widgets/CachedTextDelegate.h"
#include "widgets/ColumnChooser.h"
#include "widgets/FindField.h"
#include "widgets/ClearButton.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace rt::ui {

PeoplePage::PeoplePage(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new PeopleModel(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_details(new QLabel(this))
    , m_workshops(new QListWidget(this))
    , m_edit(new QPushButton(tr("Ed&it…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_history(new QPushButton(tr("Histor&y…"), this))
{
    setObjectName(QStringLiteral("peoplePage"));
    m_filter->setPlaceholderText(tr("Find anyone in the file by name, jurisdiction, email or role (Ctrl+F)"));
    giveClearButton(m_filter);
    m_filter->setAccessibleName(tr("Find people"));
    m_count->setAccessibleName(tr("Number of people shown"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("People"));
    m_view->setItemDelegate(new CachedTextDelegate(m_view));
    sizeColumnsForSamples(m_view, {QStringLiteral("Castellanos, Marianne"), QStringLiteral("Assistant City Manager"),
                                   QStringLiteral("Grants Pass"), QStringLiteral("WA"), QStringLiteral("someone@city.example.org"),
                                   QStringLiteral("(555) 555-0100"), QStringLiteral("999")});
    addColumnChooser(m_view);
    m_workshops->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Person details"));
    m_workshops->setAccessibleName(tr("The person's workshops"));
    m_edit->setAccessibleName(tr("Edit the selected person"));
    m_remove->setAccessibleName(tr("Remove the selected person"));
    m_history->setAccessibleName(tr("History of the selected person"));

    auto* title = new QLabel(tr("People"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    title->setFont(font);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 0, 0);
    sideLayout->addWidget(m_details);
    sideLayout->addWidget(new QLabel(tr("Workshops (double-click to open):"), side));
    sideLayout->addWidget(m_workshops, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_history);
    buttons->addStretch();
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    sideLayout->addLayout(buttons);

    auto* split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 4);
    layout->addLayout(header);
    layout->addWidget(m_filter);
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setFilter(text);
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PeoplePage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeoplePage::showDetails);
    connect(m_view, &QTreeView::activated, this, &PeoplePage::editPerson);
    connect(m_edit, &QPushButton::clicked, this, &PeoplePage::editPerson);
    connect(m_remove, &QPushButton::clicked, this, &PeoplePage::removePerson);
    connect(m_history, &QPushButton::clicked, this, &PeoplePage::showHistory);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &PeoplePage::showMenu);
    connect(m_workshops, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT openWorkshopRequested(item->data(Qt::UserRole).toLongLong()); });
    findfield::mark(m_filter);
    // Delete removes the person, as the Remove button does (it asks first).
    auto* remove = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &PeoplePage::removePerson);
    showDetails();
}

void PeoplePage::refresh()
{
    if (!m_stale)
        return;
    const std::optional<Id> selected = selectedPersonId();
    auto people = people::directory(m_document.database());
    m_model->setPeople(people ? std::move(*people) : std::vector<PersonListing>{});
    m_stale = false;
    if (selected) {
        const QModelIndex index = m_model->indexOfPerson(*selected);
        if (index.isValid())
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateCount();
}

void PeoplePage::updateCount()
{
    const QLocale locale;
    m_count->setText(m_model->rowCount() == m_model->totalCount()
                         ? tr("%1 people").arg(locale.toString(m_model->totalCount()))
                         : tr("%1 of %2 people").arg(locale.toString(m_model->rowCount()), locale.toString(m_model->totalCount())));
}

std::optional<Id> PeoplePage::selectedPersonId() const
{
    if (const PersonListing* listing = m_model->listingAt(m_view->selectionModel()->currentIndex()))
        return listing->person.id;
    return std::nullopt;
}

void PeoplePage::showDetails()
{
    const PersonListing* listing = m_model->listingAt(m_view->selectionModel()->currentIndex());
    m_edit->setEnabled(listing);
    m_history->setEnabled(listing);
    m_remove->setEnabled(listing && listing->workshops == 0);
    m_workshops->clear();
    if (!listing) {
        m_details->setText(tr("Choose a person to see their details and workshops."));
        return;
    }
    const Person& p = listing->person;
    QStringList lines{p.fullName(), p.roleText()};
    const QString place = QStringList{p.jurisdiction, p.state}.join(QStringLiteral(", "));
    if (!p.jurisdiction.isEmpty())
        lines << place;
    for (const QString& contact : {p.email, p.phone}) {
        if (!contact.isEmpty())
            lines << contact;
    }
    if (!p.notes.isEmpty())
        lines << QString() << p.notes;
    m_details->setText(lines.join(QLatin1Char('\n')));
    if (auto workshops = people::workshopsOf(m_document.database(), p.id)) {
        const QLocale locale;
        for (const PersonWorkshop& w : *workshops) {
            const auto status = enrollmentFromKey(w.status);
            auto* item = new QListWidgetItem(QStringLiteral("%1 — %2 (%3)")
                                                 .arg(locale.toString(w.startDate, QStringLiteral("d MMM yyyy")), w.title,
                                                      status ? enrollmentLabel(*status) : w.status),
                                             m_workshops);
            item->setData(Qt::UserRole, w.workshopId);
        }
    }
}

void PeoplePage::editPerson()
{
    const auto id = selectedPersonId();
    if (!id)
        return;
    auto person = people::get(m_document.database(), *id);
    if (!person)
        return;
    PersonDialog dialog(m_document.database(), PersonDialog::Mode::Edit, this);
    dialog.setPerson(*person);
    if (prompts::exec(dialog) == QDialog::Accepted)
        m_document.apply(people::update(m_document.database(), dialog.person()));
}

HistoryDialog* PeoplePage::showHistory()
{
    const auto id = selectedPersonId();
    return id ? showPersonHistory(m_document, *id, this) : nullptr;
}

void PeoplePage::showMenu(const QPoint& at)
{
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu menu(this);
    menu.addAction(tr("&Edit…"), this, &PeoplePage::editPerson);
    menu.addAction(tr("&History…"), this, &PeoplePage::showHistory);
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

void PeoplePage::removePerson()
{
    const PersonListing* listing = m_model->listingAt(m_view->selectionModel()->currentIndex());
    if (!listing)
        return;
    if (prompts::question(this, tr("Remove person"), tr("Remove %1 from the file?").arg(listing->person.fullName()))
        == QMessageBox::Yes)
        m_document.apply(people::remove(m_document.database(), listing->person.id));
}

} // namespace rt::ui

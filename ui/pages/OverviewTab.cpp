#include "OverviewTab.h"

#include "Document.h"
#include "catalog/Catalog.h"
#include "people/Roster.h"
#include "people/Teams.h"
#include "storage/Database.h"
#include "widgets/WorkshopForm.h"
#include "widgets/WrapLabel.h"
#include "workshops/Fees.h"
#include "workshops/Venues.h"
#include "workshops/Workshops.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

// Plain text only: what a person typed is shown exactly as typed, and plain
// labels lay out far faster than rich text when a page opens.
WrapLabel* textLabel(QWidget* parent, bool bold = false)
{
    auto* label = new WrapLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    if (bold) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

} // namespace

OverviewTab::OverviewTab(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_form(new WorkshopForm(this))
    , m_facilitators(new QListWidget(this))
    , m_facilitatorCombo(new QComboBox(this))
    , m_addFacilitator(new QPushButton(tr("A&dd"), this))
    , m_removeFacilitator(new QPushButton(tr("&Remove"), this))
    , m_leadFacilitator(new QPushButton(tr("Make &lead"), this))
    , m_programTitle(textLabel(this, true))
    , m_program(textLabel(this))
    , m_glance(textLabel(this))
    , m_feeLines(new QGridLayout)
    , m_feeNotes(textLabel(this))
{
    setObjectName(QStringLiteral("overviewTab"));
    m_facilitators->setAccessibleName(tr("Facilitators"));
    m_facilitators->setMaximumHeight(m_facilitators->fontMetrics().lineSpacing() * 6 + 12);
    m_facilitatorCombo->setEditable(true);
    m_facilitatorCombo->setInsertPolicy(QComboBox::NoInsert);
    m_facilitatorCombo->lineEdit()->setPlaceholderText(tr("Name, credentials (e.g. Paul O'Connell, Ph.D.)"));
    m_facilitatorCombo->setAccessibleName(tr("Facilitator to add"));
    m_addFacilitator->setAccessibleName(tr("Add facilitator"));
    m_removeFacilitator->setAccessibleName(tr("Remove facilitator"));
    m_leadFacilitator->setAccessibleName(tr("Make lead facilitator"));
    m_programTitle->setAccessibleName(tr("Program title"));
    m_program->setAccessibleName(tr("Program"));
    m_glance->setAccessibleName(tr("Roster at a glance"));
    m_feeNotes->setAccessibleName(tr("What the fee quote does not cover"));

    auto* details = new QGroupBox(tr("Workshop"), this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_form);

    auto* facilitators = new QGroupBox(tr("Facilitators"), this);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_facilitatorCombo, 1);
    addRow->addWidget(m_addFacilitator);
    auto* listButtons = new QHBoxLayout;
    listButtons->addStretch();
    listButtons->addWidget(m_leadFacilitator);
    listButtons->addWidget(m_removeFacilitator);
    auto* facilitatorsLayout = new QVBoxLayout(facilitators);
    facilitatorsLayout->addWidget(m_facilitators);
    facilitatorsLayout->addLayout(listButtons);
    facilitatorsLayout->addLayout(addRow);

    auto* left = new QVBoxLayout;
    left->addWidget(details);
    left->addWidget(facilitators);
    left->addStretch();

    const auto box = [this](const QString& title, std::initializer_list<QWidget*> widgets, QLayout* lines = nullptr) {
        auto* group = new QGroupBox(title, this);
        auto* layout = new QVBoxLayout(group);
        if (lines)
            layout->addLayout(lines);
        for (QWidget* widget : widgets)
            layout->addWidget(widget);
        return group;
    };
    // A fixed-width column reads well, and its wrapped labels are measured
    // for one width only.
    auto* rightColumn = new QWidget(this);
    rightColumn->setFixedWidth(fontMetrics().averageCharWidth() * 62);
    auto* right = new QVBoxLayout(rightColumn);
    right->setContentsMargins(0, 0, 0, 0);
    m_feeLines->setColumnStretch(0, 1);
    right->addWidget(box(tr("Roster at a glance"), {m_glance}));
    right->addWidget(box(tr("Fee quote"), {m_feeNotes}, m_feeLines));
    right->addWidget(box(tr("Program"), {m_programTitle, m_program}));
    right->addStretch();

    auto* content = new QWidget(this);
    auto* columns = new QHBoxLayout(content);
    columns->addLayout(left, 1);
    columns->addWidget(rightColumn);
    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Workshop overview"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_form, &WorkshopForm::edited, this, &OverviewTab::save);
    connect(m_addFacilitator, &QPushButton::clicked, this, &OverviewTab::addFacilitator);
    connect(m_facilitatorCombo->lineEdit(), &QLineEdit::returnPressed, this, &OverviewTab::addFacilitator);
    connect(m_removeFacilitator, &QPushButton::clicked, this, &OverviewTab::removeFacilitator);
    connect(m_leadFacilitator, &QPushButton::clicked, this, &OverviewTab::makeLead);
    connect(m_facilitators, &QListWidget::currentRowChanged, this, &OverviewTab::updateFacilitatorButtons);
}

void OverviewTab::setWorkshop(Id workshopId)
{
    m_workshopId = workshopId;
}

void OverviewTab::reload()
{
    if (!m_workshopId)
        return;
    const Database& db = m_document.database();
    auto summary = workshops::summary(db, m_workshopId);
    if (!summary)
        return;
    const Workshop& w = summary->workshop;
    auto programs = catalog::programs(db);
    auto venueList = venues::list(db);
    m_form->setChoices(programs ? *programs : std::vector<Program>{}, venueList ? *venueList : std::vector<Venue>{});
    m_form->setWorkshop(w);

    // Facilitators: this workshop's, and everyone known for the add box.
    const Id selected = m_facilitators->currentItem() ? m_facilitators->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_facilitators->clear();
    if (auto list = facilitators::ofWorkshop(db, m_workshopId)) {
        for (const Facilitator& f : *list) {
            QStringList about;
            if (!f.organisation.isEmpty())
                about << f.organisation;
            if (f.lead)
                about << tr("lead facilitator");
            const QString text = about.isEmpty() ? f.displayName()
                                                 : QStringLiteral("%1 — %2").arg(f.displayName(), about.join(QStringLiteral(" · ")));
            auto* item = new QListWidgetItem(text, m_facilitators);
            item->setData(Qt::UserRole, f.id);
            if (f.id == selected)
                m_facilitators->setCurrentItem(item);
        }
    }
    const QString typed = m_facilitatorCombo->currentText();
    m_facilitatorCombo->clear();
    if (auto all = facilitators::list(db)) {
        for (const Facilitator& f : *all)
            m_facilitatorCombo->addItem(f.displayName(), f.id);
    }
    m_facilitatorCombo->setEditText(typed);
    updateFacilitatorButtons();

    // Program.
    m_programTitle->setText(tr("No program chosen."));
    m_program->clear();
    if (w.programId) {
        if (auto p = catalog::program(db, *w.programId)) {
            QStringList groups;
            if (auto g = catalog::practiceGroupsOf(db, p->id)) {
                for (const PracticeGroup& group : *g)
                    groups << group.label();
            }
            m_programTitle->setText(p->title);
            m_program->setText(QStringList{QStringList{p->provider, durationLabel(p->halfDays)}.join(QStringLiteral(" · ")),
                                           p->summary,
                                           groups.isEmpty() ? tr("No practice groups listed.")
                                                            : tr("Practice groups: %1").arg(groups.join(QStringLiteral("; ")))}
                                   .join(QStringLiteral("\n\n")));
        }
    }

    // Roster at a glance.
    int complete = 0;
    int incomplete = 0;
    if (auto teams = teams::list(db, m_workshopId)) {
        for (const Team& t : *teams)
            (t.flags().isEmpty() ? complete : incomplete)++;
    }
    const int left = std::max(0, w.capacity - summary->registered);
    m_glance->setText(tr("%1 registered of %2 places (%3 left)\n%4 on the waitlist · %5 cancelled\n"
                         "%6 teams complete · %7 incomplete\n%8 · %9")
                          .arg(summary->registered)
                          .arg(w.capacity)
                          .arg(left)
                          .arg(summary->waitlisted)
                          .arg(summary->cancelled)
                          .arg(complete)
                          .arg(incomplete)
                          .arg(w.datesLabel(), durationLabel(w.halfDays)));

    // Fee quote: a line per item, amounts aligned, then what it leaves out.
    if (auto settings = fees::settings(db)) {
        const FeeQuote quote = quoteFee(w, *settings);
        while (QLayoutItem* old = m_feeLines->takeAt(0)) {
            delete old->widget();
            delete old;
        }
        int row = 0;
        const auto addLine = [&](const QString& label, qint64 cents, bool bold) {
            WrapLabel* text = textLabel(this, bold);
            text->setText(label);
            WrapLabel* amount = textLabel(this, bold);
            amount->setText(formatMoney(cents));
            amount->setAlignment(Qt::AlignRight | Qt::AlignTop);
            m_feeLines->addWidget(text, row, 0);
            m_feeLines->addWidget(amount, row, 1);
            ++row;
        };
        for (const FeeLine& line : quote.lines)
            addLine(line.label, line.cents, false);
        addLine(quote.complete ? tr("Total") : tr("Total so far"), quote.totalCents, true);
        QStringList notes;
        for (const QString& note : quote.notes)
            notes << QStringLiteral("⚠ ") + note;
        m_feeNotes->setText(notes.join(QLatin1Char('\n')));
        m_feeNotes->setVisible(!notes.isEmpty());
    }
}

QString OverviewTab::feeText() const
{
    QStringList parts;
    for (int i = 0; i < m_feeLines->count(); ++i) {
        if (auto* label = qobject_cast<QLabel*>(m_feeLines->itemAt(i)->widget()))
            parts << label->text();
    }
    parts << m_feeNotes->text();
    return parts.join(QLatin1Char('\n'));
}

void OverviewTab::save()
{
    if (!m_workshopId)
        return;
    Workshop w = m_form->workshop();
    w.id = m_workshopId;
    // A refused edit (too few places, say) puts the stored values back.
    if (!m_document.apply(workshops::update(m_document.database(), w, m_form->newVenue())))
        reload();
}

void OverviewTab::addFacilitator()
{
    const QString typed = m_facilitatorCombo->currentText().simplified();
    if (typed.isEmpty() || !m_workshopId)
        return;
    Facilitator f;
    const int known = m_facilitatorCombo->findText(typed, Qt::MatchFixedString);
    if (known >= 0) {
        f.id = m_facilitatorCombo->itemData(known).toLongLong();
        f.name = typed;
    } else {
        // "Paul O'Connell, Ph.D." -> name and credentials.
        const int comma = typed.indexOf(QLatin1Char(','));
        f.name = comma > 0 ? typed.left(comma).trimmed() : typed;
        f.credentials = comma > 0 ? typed.mid(comma + 1).trimmed() : QString();
    }
    f.lead = m_facilitators->count() == 0;
    if (m_document.apply(facilitators::addToWorkshop(m_document.database(), m_workshopId, f)))
        m_facilitatorCombo->setEditText(QString());
}

void OverviewTab::removeFacilitator()
{
    if (QListWidgetItem* item = m_facilitators->currentItem())
        m_document.apply(facilitators::removeFromWorkshop(m_document.database(), m_workshopId, item->data(Qt::UserRole).toLongLong()));
}

void OverviewTab::makeLead()
{
    if (QListWidgetItem* item = m_facilitators->currentItem())
        m_document.apply(facilitators::setLead(m_document.database(), m_workshopId, item->data(Qt::UserRole).toLongLong()));
}

void OverviewTab::updateFacilitatorButtons()
{
    const bool chosen = m_facilitators->currentItem() != nullptr;
    m_removeFacilitator->setEnabled(chosen);
    m_leadFacilitator->setEnabled(chosen);
}

} // namespace rt::ui

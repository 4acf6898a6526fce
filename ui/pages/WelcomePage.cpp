#include "WelcomePage.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QHideEvent>
#include <QShowEvent>
#include <QStyleOptionButton>
#include <QStylePainter>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

// Wide enough for the buttons' descriptions on one or two lines, narrow
// enough that the text reads as a column, not a banner across a wide screen.
constexpr int kColumnWidth = 620;

// Qt draws a command link as bare text until the mouse is over it; on this
// page they are the buttons, so each gets the style's button panel behind it
// (from the palette, like every other button).
class PanelCommandLink : public QCommandLinkButton {
public:
    using QCommandLinkButton::QCommandLinkButton;

protected:
    void paintEvent(QPaintEvent* event) override
    {
        {
            QStylePainter painter(this);
            QStyleOptionButton option;
            initStyleOption(&option);
            option.features &= ~QStyleOptionButton::Flat;
            option.text.clear();
            option.icon = QIcon();
            painter.drawPrimitive(QStyle::PE_PanelButtonCommand, option);
        }
        QCommandLinkButton::paintEvent(event);
    }
};

QCommandLinkButton* bigButton(const QString& text, const QString& description, const QString& accessibleName, QWidget* parent)
{
    auto* b = new PanelCommandLink(text, description, parent);
    b->setAccessibleName(accessibleName);
    b->setAccessibleDescription(description);
    b->setFocusPolicy(Qt::StrongFocus);
    b->setAutoDefault(false);
    return b;
}

QLabel* wrapped(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

WelcomePage::WelcomePage(Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_title(wrapped(this))
    , m_intro(wrapped(this))
    , m_note(wrapped(this))
    , m_demo(bigButton(tr("Open &Demo Workshop"),
                       tr("Look around a two-day manager/chief workshop with its roster, teams, agenda and "
                          "outcomes. The people are fictional; change anything."),
                       tr("Open the demo workshop"), this))
    , m_newWorkshop(bigButton(tr("&New Workshop…"),
                              tr("Choose a program from the catalog, then set the dates, the venue and the places."),
                              tr("Create a new workshop"), this))
    , m_import(bigButton(tr("&Import Roster…"),
                         tr("Create the workshop first, then fill its roster from a registration list "
                            "(CSV or Excel)."),
                         tr("Import a roster into a new workshop"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setAccessibleName(tr("Getting started"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Welcome"));
    m_intro->setAccessibleName(tr("What Roundtable is"));
    m_note->setAccessibleName(tr("How to begin"));

    auto* column = new QWidget(this);
    column->setMaximumWidth(kColumnWidth);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addWidget(m_note);
    layout->addWidget(m_demo);
    layout->addWidget(m_newWorkshop);
    layout->addWidget(m_import);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(m_newWorkshop, &QCommandLinkButton::clicked, this, &WelcomePage::newWorkshopRequested);
    connect(m_import, &QCommandLinkButton::clicked, this, &WelcomePage::importRosterRequested);
    setTabOrder(m_demo, m_newWorkshop);
    setTabOrder(m_newWorkshop, m_import);

    if (mode == Mode::NoFile) {
        // Smaller than the three ways to begin: they are what a first start needs.
        m_openFile = new QPushButton(tr("&Open File…"), column);
        m_openFile->setAccessibleName(tr("Open a Roundtable file"));
        m_openFile->setToolTip(tr("Open a Roundtable file (%1)").arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
        m_newFile = new QPushButton(tr("New Fi&le…"), column);
        m_newFile->setAccessibleName(tr("Create a new Roundtable file"));
        m_newFile->setToolTip(tr("Create a new, empty Roundtable file (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
        for (QPushButton* b : {m_openFile, m_newFile}) {
            b->setAutoDefault(false);
            b->setMinimumHeight(b->sizeHint().height() + 8);
        }
        auto* files = new QHBoxLayout;
        files->setContentsMargins(0, 8, 0, 0);
        files->addWidget(m_openFile);
        files->addWidget(m_newFile);
        files->addStretch();
        layout->addLayout(files);
        connect(m_openFile, &QPushButton::clicked, this, &WelcomePage::openFileRequested);
        connect(m_newFile, &QPushButton::clicked, this, &WelcomePage::newFileRequested);
        setTabOrder(m_import, m_openFile);
        setTabOrder(m_openFile, m_newFile);
    }
    m_newWorkshop->setToolTip(tr("New workshop (%1)").arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText)));
    m_import->setToolTip(tr("New workshop, then its roster (%1 imports into a workshop already open)")
                             .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I).toString(QKeySequence::NativeText)));

    // Centred, a little above the middle, where the eye lands first.
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    outer->addStretch(2);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column, 100);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch(3);
    updateTexts();
}

void WelcomePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Shown on first start or after the last workshop went: the keyboard
    // starts on the first way to begin, not on a list with nothing in it.
    // (Not a focus proxy: Qt would make the page itself a tab stop.)
    if (!event->spontaneous())
        m_demo->setFocus(Qt::OtherFocusReason);
}

void WelcomePage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    // Hidden with the focus inside (a file opened from the no-file page, with
    // nothing visible yet to take it): let go, or keys and shortcuts would
    // be sent to a button nobody can see. The window's focus widget, since
    // a window not yet active keeps one too and gives it back when activated.
    if (QWidget* focus = window()->focusWidget(); !event->spontaneous() && focus && isAncestorOf(focus))
        focus->clearFocus();
}

void WelcomePage::setServer(bool server)
{
    m_server = server;
    updateTexts();
}

void WelcomePage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateTexts();
}

void WelcomePage::updateTexts()
{
    if (m_mode == Mode::NoFile)
        m_title->setText(tr("No file is open"));
    else
        m_title->setText(m_server ? tr("No workshops on this server yet") : tr("Welcome to Roundtable"));
    m_intro->setText(m_server ? tr("Roundtable runs workshops for city managers and police chiefs: the program and its "
                                   "dates, the roster and the manager/chief teams, check-in, the agenda on the "
                                   "projector, and what each team takes home. This database is on your "
                                   "organisation's server; every change is saved there as you make it.")
                              : tr("Roundtable runs workshops for city managers and police chiefs: the program and its "
                                   "dates, the roster and the manager/chief teams, check-in, the agenda on the "
                                   "projector, and what each team takes home. It all stays in one file on this "
                                   "computer, needs no network, and every change is saved as you make it."));
    if (m_mode == Mode::NoFile)
        m_note->setText(tr("Begin with one of these, or open a file you already have. A new workshop goes into a "
                           "new file, which you name first."));
    else if (m_readOnly)
        m_note->setText(tr("This file is open read-only, so no workshop can be added here. The demo opens a copy of "
                           "its own."));
    else
        m_note->setText(m_server ? tr("Begin with one of these:") : tr("This file has no workshops yet. Begin with one of these:"));
    m_newWorkshop->setEnabled(!m_readOnly);
    m_import->setEnabled(!m_readOnly);
}

} // namespace rt::ui

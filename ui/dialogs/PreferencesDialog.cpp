#include "PreferencesDialog.h"

#include "AppSettings.h"
#include "Document.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "common/Translations.h"
#include "dialogs/AuthorDialog.h"
#include "storage/Journal.h"
#include "widgets/DayBlocksEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rt::ui {
namespace {

// Each language by its own name, as a person looking for theirs reads it.
QString languageName(const QString& code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

const QSize kPreviewSize(160, 48); // the largest a logo prints in a header, in points

} // namespace

PreferencesDialog::PreferencesDialog(Document* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_pageSize(new QComboBox(this))
    , m_organisation(new QLineEdit(this))
    , m_logo(new QLineEdit(this))
    , m_chooseLogo(new QPushButton(tr("C&hoose…"), this))
    , m_clearLogo(new QPushButton(tr("C&lear"), this))
    , m_preview(new QLabel(this))
    , m_blocks(new DayBlocksEditor(this))
    , m_backup(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_author(new QLineEdit(this))
{
    setWindowTitle(tr("Preferences"));

    // Printed documents.
    m_pageSize->addItem(tr("Letter (8.5 × 11 in)"), QStringLiteral("letter"));
    m_pageSize->addItem(tr("A4 (210 × 297 mm)"), QStringLiteral("a4"));
    m_pageSize->setCurrentIndex(m_pageSize->findData(settings::pageSize()));
    m_pageSize->setAccessibleName(tr("Page size"));
    m_organisation->setText(settings::organisationName());
    m_organisation->setPlaceholderText(tr("Printed at the top of each page (optional)"));
    m_organisation->setAccessibleName(tr("Organisation name"));
    m_organisation->setMaxLength(200);
    m_logo->setReadOnly(true);
    m_logo->setPlaceholderText(tr("No logo"));
    m_logo->setAccessibleName(tr("Logo image file"));
    m_chooseLogo->setAccessibleName(tr("Choose a logo image"));
    m_clearLogo->setAccessibleName(tr("Clear the logo"));
    m_preview->setFixedSize(kPreviewSize + QSize(8, 8));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setAccessibleName(tr("Logo preview"));
    connect(m_chooseLogo, &QPushButton::clicked, this, &PreferencesDialog::chooseLogo);
    connect(m_clearLogo, &QPushButton::clicked, this, &PreferencesDialog::clearLogo);
    auto* logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_clearLogo);
    logoButtons->addStretch(1);
    auto* logoRow = new QHBoxLayout;
    auto* logoColumn = new QVBoxLayout;
    logoColumn->addWidget(m_logo);
    logoColumn->addWidget(m_preview);
    logoRow->addLayout(logoColumn, 1);
    logoRow->addLayout(logoButtons);
    auto* print = new QGroupBox(tr("Printed documents"), this);
    auto* printForm = new QFormLayout(print);
    printForm->addRow(tr("&Page size:"), m_pageSize);
    printForm->addRow(tr("&Organisation:"), m_organisation);
    // A layout has no buddy of its own: the label's mnemonic goes to Choose.
    auto* logoLabel = new QLabel(tr("Lo&go:"), print);
    logoLabel->setBuddy(m_chooseLogo);
    printForm->addRow(logoLabel, logoRow);
    setLogo(settings::logoPath());

    // New workshops.
    m_blocks->setDay(settings::defaultBlocks());
    auto* blocks = new QGroupBox(tr("Attendance blocks of a new workshop's days"), this);
    auto* blocksLayout = new QVBoxLayout(blocks);
    auto* blocksNote = new QLabel(tr("Each day of a new workshop gets these blocks; a closing half day, those that start "
                                     "before noon. A workshop's own blocks are changed under Workshop > Attendance Blocks and Credit."),
                                  blocks);
    blocksNote->setWordWrap(true);
    blocksLayout->addWidget(blocksNote);
    blocksLayout->addWidget(m_blocks, 1);

    // This computer.
    m_backup->setRange(0, settings::defaults::kMaxBackupIntervalMinutes);
    m_backup->setSuffix(tr(" min"));
    m_backup->setSpecialValueText(tr("Off"));
    m_backup->setValue(settings::backupIntervalMinutes());
    m_backup->setAccessibleName(tr("Minutes between backups while a workshop is live"));
    m_language->addItem(tr("Automatic (the system's language)"), QString());
    for (const QString& code : availableLanguages())
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::language())));
    m_language->setAccessibleName(tr("Language"));
    auto* languageNote = new QLabel(tr("A new language shows the next time Roundtable starts."), this);
    m_author->setText(settings::authorName());
    m_author->setPlaceholderText(journal::author());
    m_author->setMaxLength(120);
    m_author->setAccessibleName(tr("Your name for the change history"));
    auto* general = new QGroupBox(tr("This computer"), this);
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Backups every:"), m_backup);
    generalForm->addRow(QString(), new QLabel(tr("While a workshop is live; 0 turns periodic backups off."), general));
    generalForm->addRow(tr("L&anguage:"), m_language);
    generalForm->addRow(QString(), languageNote);
    generalForm->addRow(tr("Your &name:"), m_author);
    generalForm->addRow(QString(), new QLabel(tr("The change history records who made each change."), general));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(print);
    left->addWidget(general);
    left->addStretch(1);
    columns->addLayout(left, 1);
    columns->addWidget(blocks, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    // Top to bottom, left column first, as the eye reads it.
    QWidget* order[] = {m_pageSize, m_organisation, m_logo, m_chooseLogo, m_clearLogo, m_backup, m_language, m_author,
                        m_blocks->firstControl()};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    setTabOrder(m_blocks->lastControl(), buttons);
    resize(960, 560);
}

void PreferencesDialog::chooseLogo()
{
    const QString current = m_logo->text();
    const QString folder = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString path = prompts::openFileName(this, tr("Choose a Logo"), folder, tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    if (auto checked = settings::checkLogo(path); !checked) {
        prompts::warning(this, tr("Logo"), checked.error().message);
        return;
    }
    setLogo(path);
}

void PreferencesDialog::setLogo(const QString& path)
{
    m_logo->setText(QDir::toNativeSeparators(path));
    m_logo->setToolTip(m_logo->text());
    m_clearLogo->setEnabled(!path.isEmpty());
    updatePreview();
}

void PreferencesDialog::clearLogo()
{
    setLogo(QString());
    m_chooseLogo->setFocus();
}

void PreferencesDialog::updatePreview()
{
    const QString path = QDir::fromNativeSeparators(m_logo->text());
    if (path.isEmpty()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(tr("No logo"));
        return;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(tr("Cannot be read"));
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(image.scaled(kPreviewSize * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_preview->setPixmap(pixmap);
}

void PreferencesDialog::accept()
{
    // Everything is checked before anything is stored: OK keeps all or nothing.
    const QString logo = QDir::fromNativeSeparators(m_logo->text());
    if (auto checked = settings::checkLogo(logo); !checked) {
        prompts::warning(this, tr("Logo"), checked.error().message);
        m_chooseLogo->setFocus();
        return;
    }
    const blocks::DayPlan day = m_blocks->day();
    if (auto checked = blocks::validateDay(day); !checked) {
        prompts::warning(this, tr("Attendance blocks"), checked.error().message);
        m_blocks->table()->setFocus();
        return;
    }
    const QString page = m_pageSize->currentData().toString();
    const QString language = m_language->currentData().toString();
    const int minutes = m_backup->value();
    const QString author = m_author->text().simplified();

    (void)settings::setPageSize(page);
    settings::setOrganisationName(m_organisation->text());
    settings::setLogoPath(logo);
    (void)settings::setDefaultBlocks(day);
    (void)settings::setBackupIntervalMinutes(minutes);
    (void)settings::setLanguage(language);
    if (author != settings::authorName() || (!author.isEmpty() && !settings::authorNameAsked())) {
        settings::setAuthorName(author);
        applyAuthorName();
    }
    if (m_document)
        m_document->setBackupInterval(minutes);
    QDialog::accept();
}

bool editPreferences(QWidget* parent, Document* document)
{
    PreferencesDialog dialog(document, parent);
    return prompts::exec(dialog) == QDialog::Accepted;
}

QAction* addPreferencesAction(QMenu* menu, MainWindow* window)
{
    QAction* action = menu->addAction(PreferencesDialog::tr("Pre&ferences…"), window, [window] { editPreferences(window, window->document()); });
    action->setObjectName(QStringLiteral("preferences"));
    const QKeySequence standard(QKeySequence::Preferences);
    action->setShortcut(standard.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : standard);
    action->setMenuRole(QAction::PreferencesRole);
    return action;
}

} // namespace rt::ui

#include "HelpWindow.h"

#include "Prompts.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace rt::ui {

QString userGuideFolder()
{
    const QString here = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        QDir(here).filePath(QStringLiteral("../share/roundtable/guide")),
#ifdef ROUNDTABLE_SOURCE_DIR
        QStringLiteral(ROUNDTABLE_SOURCE_DIR "/docs/guide"),
#endif
    };
    for (const QString& folder : candidates) {
        if (QFileInfo::exists(QDir(folder).filePath(QStringLiteral("README.md"))))
            return QDir::cleanPath(folder);
    }
    return {};
}

GuideBrowser::GuideBrowser(QWidget* parent)
    : QTextBrowser(parent)
{
    // Links to other pages of the guide open here; anything else (a web
    // address) in the system's browser.
    setOpenExternalLinks(true);
    document()->setDocumentMargin(18);
}

QVariant GuideBrowser::loadResource(int type, const QUrl& name)
{
    QVariant resource = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::ImageResource)
        return resource;
    // Screenshots are taken at full window size: shown whole, they would
    // push the text sideways. Scaled once here, smoothly.
    QImage image = resource.value<QImage>();
    if (image.isNull())
        image.loadFromData(resource.toByteArray());
    if (image.isNull() || image.width() <= kImageWidth)
        return resource;
    const qreal ratio = devicePixelRatioF();
    QImage scaled = image.scaledToWidth(qRound(kImageWidth * ratio), Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(ratio);
    return scaled;
}

HelpWindow::HelpWindow(const QString& folder, QWidget* parent)
    : QDialog(parent)
    , m_browser(new GuideBrowser(this))
{
    setWindowTitle(tr("Roundtable User Guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setSearchPaths({folder});
    m_browser->setSource(QUrl::fromLocalFile(QDir(folder).filePath(QStringLiteral("README.md"))),
                         QTextDocument::MarkdownResource);

    auto* back = new QPushButton(tr("&Back"), this);
    back->setAccessibleName(tr("Back to the previous page of the guide"));
    back->setEnabled(false);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    auto* contents = new QPushButton(tr("&Contents"), this);
    contents->setAccessibleName(tr("The guide's first page"));
    connect(contents, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(back, QDialogButtonBox::ActionRole);
    buttons->addButton(contents, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(900, 760);
}

HelpWindow* HelpWindow::show(QWidget* parent)
{
    static QPointer<HelpWindow> open;
    if (open) {
        open->raise();
        open->activateWindow();
        return open;
    }
    const QString folder = userGuideFolder();
    if (folder.isEmpty()) {
        prompts::warning(parent, tr("User Guide"),
                         tr("The user guide is not installed on this computer. It is in the docs/guide folder of "
                            "Roundtable's source, and in the Debian package."));
        return nullptr;
    }
    open = new HelpWindow(folder, parent);
    open->QDialog::show();
    return open;
}

} // namespace rt::ui

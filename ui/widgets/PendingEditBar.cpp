#include "PendingEditBar.h"

#include "Document.h"
#include "Prompts.h"
#include "widgets/Colours.h"
#include "widgets/NamedButton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace rt::ui {

PendingEditBar::PendingEditBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_retry(namedButton(tr("&Retry"), tr("Retry the edit that was not saved"), this))
    , m_discard(namedButton(tr("&Discard"), tr("Discard the edit that was not saved"), this))
{
    setObjectName(QStringLiteral("pendingEditBar"));
    setAccessibleName(tr("Connection lost"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // The same colours as the read-only banner: a state of the window, not a passing notice.
    setStyleSheet(colours::bannerStyleSheet(QStringLiteral("#pendingEditBar")));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_discard, 0, Qt::AlignVCenter);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_document)
            m_document->retryPending(); // the bar stays, updated, if it fails again
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (m_document)
            m_document->discardPending();
        hide();
    });
    hide();
}

void PendingEditBar::watch(Document* document)
{
    m_document = document;
    hide();
    connect(document, &Document::connectionLost, this, [this](const QString& what, const QString& message) {
        showPending(what, message, m_document && m_document->canRetryPending());
    });
    connect(document, &Document::pendingResolved, this, &QWidget::hide);
}

void PendingEditBar::showPending(const QString& what, const QString& message, bool canRetry)
{
    // `message` (from core) already says the connection was lost and nothing
    // changed; the driver's detail inside it comes over several indented lines.
    const QString said = message.simplified();
    m_text->setText(canRetry ? tr("%1\nWaiting to be saved: %2. Retry sends it again; Discard gives it up.").arg(said, what)
                             : tr("%1\nNot saved: %2. Make it again once the network is back.").arg(said, what));
    m_text->setAccessibleDescription(m_text->text());
    m_retry->setVisible(canRetry);
    show();
}

QString PendingEditBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace rt::ui

namespace rt::ui {

bool PendingEditBar::allowClosing()
{
    if (!m_document || !m_document->hasPending())
        return true;
    const auto answer = prompts::question(window(), tr("An edit was not saved"),
                                          tr("“%1” was not saved: the connection to the server was lost. Close and give "
                                             "it up?")
                                              .arg(m_document->pendingDescription()));
    return answer == QMessageBox::Yes;
}

} // namespace rt::ui

#pragma once
// The banner shown while an edit waits because the server connection was
// lost: what was not saved, Retry (the same action again) and Discard. It
// stays until one of them is chosen; the edit is never dropped silently.

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace rt::ui {

class Document;

class PendingEditBar : public QFrame {
    Q_OBJECT
public:
    explicit PendingEditBar(QWidget* parent = nullptr);

    // Shows `document`'s pending edit when it has one; Retry and Discard act on it.
    void watch(Document* document);
    // With an edit pending, asks whether to give it up; true to go ahead.
    bool allowClosing();

    // `canRetry`: the action is kept and can run again; otherwise the edit
    // has to be made again by hand, and the bar says so.
    void showPending(const QString& what, const QString& message, bool canRetry);

    QString text() const;
    QPushButton* retryButton() const { return m_retry; }
    QPushButton* discardButton() const { return m_discard; }

private:
    QLabel* m_text;
    QPushButton* m_retry;
    QPushButton* m_discard;
    QPointer<Document> m_document;
};

} // namespace rt::ui

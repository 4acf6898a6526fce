#pragma once
// A quiet bar above the page for what the person must know after an action
// ("The workshop is full, so Paula Greene is on the waitlist") or why an
// action could not be done. It stays until dismissed or replaced, and never
// blocks work the way a message box would at the door of a workshop.

#include <QFrame>

class QLabel;
class QToolButton;

namespace rt::ui {

class NoticeBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Problem };
    explicit NoticeBar(QWidget* parent = nullptr);

    void show(const QString& text, Kind kind);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    Kind m_kind = Kind::Information;
};

} // namespace rt::ui

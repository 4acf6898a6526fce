#pragma once
// What the room sees on the projector while the day runs: the item on now, a
// countdown readable from the back of the room, the question put to the room,
// and what comes next. Only public things: never the roster, nor any notes.
// Pure display; the Agenda tab feeds it the live state every second.

#include "agenda/Live.h"

#include <QWidget>
#include <vector>

class QLabel;
class QScreen;

namespace rt::ui {

class ProjectorWindow : public QWidget {
    Q_OBJECT
public:
    explicit ProjectorWindow(QWidget* parent = nullptr);

    // Full screen on `screen` (the projector, not the facilitator's laptop).
    void showOn(QScreen* screen);
    void setState(const QString& workshopTitle, const std::vector<AgendaItem>& dayItems, const LiveState& state);
    // Everything shown, one piece a line.
    QString visibleText() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void setPiece(QLabel* label, const QString& text); // hidden when empty
    void arrange();
    bool arrangeAt(double scale, bool lastResort); // false: does not fit at this scale

    QLabel* m_heading;   // the item's title, or "Starts at 08:30"
    QLabel* m_countdown;
    QLabel* m_words;     // the warning in words: colour is never the only cue
    QLabel* m_prompt;
    QLabel* m_next;
    QLabel* m_footer;    // the workshop's title
    LiveWarning m_warning = LiveWarning::None;
};

} // namespace rt::ui

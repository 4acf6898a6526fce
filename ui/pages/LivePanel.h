#pragma once
// The run-of-show controls on the Agenda tab: the item on now, its elapsed and
// remaining time, what comes next, when the day will end and how far behind it
// is, with Start, Next, Pause, Extend and the projector.

#include "agenda/Live.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace rt::ui {

class LivePanel : public QWidget {
    Q_OBJECT
public:
    explicit LivePanel(QWidget* parent = nullptr);

    void setState(const std::vector<AgendaItem>& items, const LiveState& state);

    QLabel* currentLabel() const { return m_current; }
    QLabel* clockLabel() const { return m_clock; }
    QLabel* elapsedLabel() const { return m_elapsed; }
    QLabel* nextLabel() const { return m_next; }
    QLabel* dayLabel() const { return m_day; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* nextButton() const { return m_nextButton; }
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* extendButton() const { return m_extend; }
    QSpinBox* extendMinutes() const { return m_extendMinutes; }

Q_SIGNALS:
    void startRequested();
    void nextRequested();
    void pauseRequested(bool pause); // false: resume
    void extendRequested(int minutes);
    void resetRequested();
    void projectorRequested();

private:
    QLabel* m_current;
    QLabel* m_clock;
    QLabel* m_elapsed;
    QLabel* m_next;
    QLabel* m_day;
    QPushButton* m_start;
    QPushButton* m_nextButton;
    QPushButton* m_pause;
    QPushButton* m_extend;
    QSpinBox* m_extendMinutes;
    QPushButton* m_reset;
    QPushButton* m_projector;
    bool m_paused = false;
};

// "12:34", "+03:10" once over
QString countdownText(int remainingSeconds);

} // namespace rt::ui

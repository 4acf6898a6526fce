#include "LivePanel.h"

#include "widgets/Colours.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rt::ui {

QString countdownText(int remainingSeconds)
{
    const int s = std::abs(remainingSeconds);
    const QString text = QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return remainingSeconds < 0 ? QLatin1Char('+') + text : text;
}

LivePanel::LivePanel(QWidget* parent)
    : QWidget(parent)
    , m_current(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_next(new QLabel(this))
    , m_day(new QLabel(this))
    , m_start(new QPushButton(tr("&Start the day"), this))
    , m_nextButton(new QPushButton(tr("&Next item"), this))
    , m_pause(new QPushButton(tr("Pa&use"), this))
    , m_extend(new QPushButton(tr("E&xtend"), this))
    , m_extendMinutes(new QSpinBox(this))
    , m_reset(new QPushButton(tr("Reset the day…"), this))
    , m_projector(new QPushButton(tr("Pro&jector…"), this))
{
    setObjectName(QStringLiteral("livePanel"));
    for (QLabel* l : {m_current, m_clock, m_elapsed, m_next, m_day}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
    }
    QFont big = m_current->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_current->setFont(big);
    QFont huge = m_clock->font();
    huge.setBold(true);
    huge.setPointSizeF(huge.pointSizeF() * 2.6);
    huge.setStyleHint(QFont::Monospace);
    m_clock->setFont(huge);
    m_current->setAccessibleName(tr("Item on now"));
    m_clock->setAccessibleName(tr("Time left"));
    m_elapsed->setAccessibleName(tr("Time elapsed"));
    m_next->setAccessibleName(tr("Next item"));
    m_day->setAccessibleName(tr("Projected end of the day"));
    m_start->setAccessibleName(tr("Start the day's agenda"));
    m_nextButton->setAccessibleName(tr("End this item and start the next"));
    m_pause->setAccessibleName(tr("Pause or resume the item"));
    m_extend->setAccessibleName(tr("Extend the item"));
    m_extendMinutes->setRange(1, 120);
    m_extendMinutes->setValue(5);
    m_extendMinutes->setSuffix(tr(" min"));
    m_extendMinutes->setAccessibleName(tr("Minutes to extend by"));
    m_reset->setAccessibleName(tr("Clear the day's live record"));
    m_projector->setAccessibleName(tr("Show the projector view"));

    connect(m_start, &QPushButton::clicked, this, &LivePanel::startRequested);
    connect(m_nextButton, &QPushButton::clicked, this, &LivePanel::nextRequested);
    connect(m_pause, &QPushButton::clicked, this, [this] { Q_EMIT pauseRequested(!m_paused); });
    connect(m_extend, &QPushButton::clicked, this, [this] { Q_EMIT extendRequested(m_extendMinutes->value()); });
    connect(m_reset, &QPushButton::clicked, this, &LivePanel::resetRequested);
    connect(m_projector, &QPushButton::clicked, this, &LivePanel::projectorRequested);

    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* inner = new QVBoxLayout(frame);
    inner->addWidget(new QLabel(tr("Live"), frame));
    inner->addWidget(m_current);
    inner->addWidget(m_clock);
    inner->addWidget(m_elapsed);
    inner->addWidget(m_next);
    inner->addWidget(m_day);
    inner->addStretch(1);
    auto* grid = new QGridLayout;
    grid->addWidget(m_start, 0, 0, 1, 2);
    grid->addWidget(m_nextButton, 1, 0, 1, 2);
    grid->addWidget(m_pause, 2, 0, 1, 2);
    grid->addWidget(m_extend, 3, 0);
    grid->addWidget(m_extendMinutes, 3, 1);
    grid->addWidget(m_projector, 4, 0, 1, 2);
    grid->addWidget(m_reset, 5, 0, 1, 2);
    inner->addLayout(grid);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(frame);
    setMinimumWidth(280);
}

void LivePanel::setState(const std::vector<AgendaItem>& items, const LiveState& state)
{
    using Phase = LiveState::Phase;
    const auto at = [](int minute) { return agenda::timeOfMinute(minute).toString(QStringLiteral("HH:mm")); };
    m_paused = state.phase == Phase::Paused;
    m_start->setEnabled(state.phase == Phase::NotStarted && !items.empty());
    m_nextButton->setEnabled(state.phase == Phase::Running || state.phase == Phase::Paused);
    m_pause->setEnabled(state.phase == Phase::Running || state.phase == Phase::Paused);
    m_pause->setText(m_paused ? tr("Res&ume") : tr("Pa&use"));
    m_extend->setEnabled(state.current.has_value() && state.phase != Phase::Finished);
    m_extendMinutes->setEnabled(m_extend->isEnabled());

    QColor clockColour;
    if (state.current && state.phase != Phase::Finished) {
        const AgendaItem& item = items[*state.current];
        m_current->setText(m_paused ? tr("Paused: %1").arg(item.title) : item.title);
        const QString left = state.remainingSeconds < 0 ? tr("over by %1").arg(countdownText(-state.remainingSeconds))
                                                        : tr("%1 left").arg(countdownText(state.remainingSeconds));
        m_clock->setText(left);
        m_elapsed->setText(tr("%1 elapsed of %2").arg(countdownText(state.elapsedSeconds), agenda::durationLabel(item.plannedMinutes())));
        if (state.warning == LiveWarning::Amber)
            clockColour = colours::caution();
        else if (state.warning == LiveWarning::Red)
            clockColour = colours::problem();
    } else if (state.phase == Phase::Finished) {
        m_current->setText(tr("The day's agenda is done."));
        m_clock->clear();
        m_elapsed->clear();
    } else {
        m_current->setText(items.empty() ? tr("No agenda for this day yet.") : tr("Not started."));
        m_clock->clear();
        m_elapsed->clear();
    }
    m_clock->setStyleSheet(clockColour.isValid() ? QStringLiteral("color: %1;").arg(clockColour.name()) : QString());
    if (state.next && *state.next < items.size() && state.phase != Phase::Finished) {
        const ScheduledItem& s = state.projected.items[*state.next];
        m_next->setText(tr("Next: %1 at %2").arg(items[*state.next].title, s.start().toString(QStringLiteral("HH:mm"))));
    } else {
        m_next->clear();
    }
    if (items.empty() || state.phase == Phase::Finished) {
        m_day->clear();
    } else if (state.behindMinutes > 0) {
        m_day->setText(tr("%1 behind. The day ends about %2 (planned %3).")
                           .arg(agenda::durationLabel(state.behindMinutes), at(state.projectedEndMinute), at(state.plannedEndMinute)));
    } else if (state.behindMinutes < 0) {
        m_day->setText(tr("%1 ahead. The day ends about %2 (planned %3).")
                           .arg(agenda::durationLabel(-state.behindMinutes), at(state.projectedEndMinute), at(state.plannedEndMinute)));
    } else {
        m_day->setText(tr("On time. The day ends about %1.").arg(at(state.projectedEndMinute)));
    }
}

} // namespace rt::ui

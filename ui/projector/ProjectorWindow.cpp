#include "ProjectorWindow.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QScreen>
#include <algorithm>
#include <cmath>

namespace rt::ui {
namespace {

// Light on near-black, the way projected text stays readable in a lit room;
// amber and red are bright enough to keep a high contrast on the background.
const QColor kBackground(0x0e, 0x11, 0x16);
const QColor kText(0xf4, 0xf4, 0xf4);
const QColor kMuted(0xb8, 0xc0, 0xcc);
const QColor kAmber(0xff, 0xb8, 0x1c);
const QColor kRed(0xff, 0x5c, 0x5c);

QColor colourOf(LiveWarning warning)
{
    switch (warning) {
    case LiveWarning::Amber: return kAmber;
    case LiveWarning::Red: return kRed;
    case LiveWarning::None: break;
    }
    return kText;
}

QString clock(int minute)
{
    return agenda::timeOfMinute(minute).toString(QStringLiteral("HH:mm"));
}

// "12:34", "1:02:03", and "+02:13" once over time.
QString countdownText(int seconds)
{
    const int s = std::abs(seconds);
    const QChar zero(u'0');
    const QString text = s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, zero).arg(s % 60, 2, 10, zero)
                                   : QStringLiteral("%1:%2").arg(s / 60, 2, 10, zero).arg(s % 60, 2, 10, zero);
    return seconds < 0 ? QLatin1Char('+') + text : text;
}

int widestWord(const QFontMetrics& metrics, const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    int widest = 0;
    for (const QString& word : text.split(space, Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest;
}

// The height the label takes at `px` pixels and `width`, or -1 when a word
// (or the single line) is wider than that.
int heightAt(QLabel* label, int px, int width)
{
    QFont font = label->font();
    font.setPixelSize(px);
    label->setFont(font);
    if (!label->wordWrap()) {
        const QSize hint = label->sizeHint();
        return hint.width() > width ? -1 : hint.height();
    }
    return widestWord(QFontMetrics(font), label->text()) > width ? -1 : label->heightForWidth(width);
}

// Shrinks the label's font from `largest` pixels until it fits `width` by
// `height`; returns the height it takes, or -1 if not even `smallest` fits.
int fit(QLabel* label, int largest, int smallest, int width, int height)
{
    if (label->isHidden())
        return 0;
    for (int px = std::max(largest, smallest);; px = std::max(smallest, px * 9 / 10)) {
        const int needed = heightAt(label, px, width);
        if (needed >= 0 && needed <= height)
            return needed;
        if (px == smallest)
            return -1;
    }
}

QLabel* makeLabel(QWidget* parent, const QString& name, bool bold, bool wrap, const QColor& colour)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // typed titles are never read as HTML
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(wrap);
    QFont font = label->font();
    font.setBold(bold);
    label->setFont(font);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, colour);
    label->setPalette(p);
    label->hide();
    return label;
}

void setColour(QLabel* label, const QColor& colour)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, colour);
    label->setPalette(p);
}

} // namespace

ProjectorWindow::ProjectorWindow(QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
    , m_heading(makeLabel(this, QStringLiteral("heading"), true, true, kText))
    , m_countdown(makeLabel(this, QStringLiteral("countdown"), true, false, kText))
    , m_words(makeLabel(this, QStringLiteral("words"), true, true, kText))
    , m_prompt(makeLabel(this, QStringLiteral("prompt"), false, true, kText))
    , m_next(makeLabel(this, QStringLiteral("next"), false, true, kMuted))
    , m_footer(makeLabel(this, QStringLiteral("footer"), false, true, kMuted))
{
    setWindowTitle(tr("Roundtable projector"));
    setAccessibleName(tr("Projector view"));
    m_countdown->setAccessibleName(tr("Time left"));
    QFont italic = m_prompt->font();
    italic.setItalic(true);
    m_prompt->setFont(italic);
    QPalette p = palette();
    p.setColor(QPalette::Window, kBackground);
    p.setColor(QPalette::WindowText, kText);
    setPalette(p);
    setAutoFillBackground(true);
    resize(1024, 768);
}

void ProjectorWindow::showOn(QScreen* screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
}

void ProjectorWindow::setState(const QString& workshopTitle, const std::vector<AgendaItem>& items, const LiveState& state)
{
    // Indexes are checked against what was passed: a view never trusts its feed.
    const auto valid = [&](const std::optional<size_t>& i) { return i && *i < items.size() && *i < state.projected.items.size(); };
    const auto startOf = [&](size_t i) { return state.projected.items[i].startMinute + state.projected.items[i].clash; };
    QString heading, countdown, words, prompt, next;
    LiveWarning warning = LiveWarning::None;

    if (valid(state.current)) {
        const AgendaItem& item = items[*state.current];
        warning = state.warning;
        // "back at 13:00" stays on one line when the heading wraps.
        const int ends = state.projected.items[*state.current].endMinute;
        // Two literals: lupdate reads "\u00a0a" as one five-digit escape.
        heading = isPause(item.kind) ? tr("%1 — back\u00a0" "at\u00a0%2").arg(item.title, clock(ends)) : item.title;
        countdown = countdownText(state.remainingSeconds);
        if (warning == LiveWarning::Red)
            words = state.remainingSeconds <= 0 ? tr("Over time") : tr("Less than a minute left");
        else if (warning == LiveWarning::Amber)
            words = tr("%n minute(s) left", nullptr, (state.remainingSeconds + 59) / 60);
        if (state.phase == LiveState::Phase::Paused)
            words = words.isEmpty() ? tr("Paused") : tr("Paused · %1").arg(words);
        prompt = item.prompt.trimmed();
        next = valid(state.next) ? tr("Next: %1 at %2").arg(items[*state.next].title, clock(startOf(*state.next)))
                                 : tr("Last item — the day ends at %1").arg(clock(state.projectedEndMinute));
    } else if (state.phase == LiveState::Phase::Finished) {
        heading = tr("End of day");
    } else if (valid(state.next)) {
        heading = tr("Starts at %1").arg(clock(startOf(*state.next)));
        next = tr("Next: %1").arg(items[*state.next].title);
    } else {
        heading = tr("Nothing on the agenda today");
    }

    const QString before = visibleText();
    setPiece(m_heading, heading);
    setPiece(m_countdown, countdown);
    setPiece(m_words, words);
    setPiece(m_prompt, prompt);
    setPiece(m_next, next);
    setPiece(m_footer, workshopTitle.trimmed());
    if (warning != m_warning) {
        m_warning = warning;
        setColour(m_countdown, colourOf(warning));
        setColour(m_words, colourOf(warning));
        update();
    }
    // Fitting lays text out; once a second, only when something changed.
    if (visibleText() != before)
        arrange();
}

QString ProjectorWindow::visibleText() const
{
    QStringList shown;
    for (const QLabel* label : {m_heading, m_countdown, m_words, m_prompt, m_next, m_footer}) {
        if (!label->isHidden())
            shown << label->text();
    }
    return shown.join(QLatin1Char('\n'));
}

void ProjectorWindow::setPiece(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setHidden(text.isEmpty());
}

// Sizes follow the window's height, so the same view reads from the back of a
// room on a 1080p projector and on an old 1024x768 one. When the text is long,
// everything shrinks step by step, the title and question first, the countdown
// never below a sixth of the height; text wraps and is never cut.
void ProjectorWindow::arrange()
{
    if (height() <= 0 || width() <= 0)
        return;
    for (double scale = 1.0; !arrangeAt(scale, false); scale *= 0.9) {
        if (scale < 0.5) {
            arrangeAt(scale, true);
            return;
        }
    }
}

bool ProjectorWindow::arrangeAt(double scale, bool lastResort)
{
    const int h = height();
    const int w = width();
    const auto px = [h, scale](double share) { return int(std::lround(h * share * scale)); };
    const int marginX = w / 16;
    const int lineWidth = w - 2 * marginX;
    const int gap = h / 40;
    const int bar = h / 45;
    const int top = bar + h / 24;
    int bottom = h - bar - h / 24;
    const int smallest = lastResort ? 10 : px(0.04); // below this, shrink the rest first

    const int footer = fit(m_footer, px(0.032), smallest, lineWidth, h / 8);
    if (footer > 0) {
        m_footer->setGeometry(marginX, bottom - footer, lineWidth, footer);
        bottom -= footer + gap;
    }
    const QList<QLabel*> stack{m_heading, m_countdown, m_words, m_prompt, m_next};
    const auto shown = std::count_if(stack.begin(), stack.end(), [](const QLabel* l) { return !l->isHidden(); });
    int rest = bottom - top - gap * std::max<int>(0, int(shown) - 1);
    std::vector<int> heights(size_t(stack.size()), 0);
    const int sixth = (h + 5) / 6;
    heights[1] = fit(m_countdown, std::max(px(0.26), sixth), sixth, lineWidth, rest);
    heights[2] = fit(m_words, px(0.065), smallest, lineWidth, h / 6);
    heights[4] = fit(m_next, px(0.05), smallest, lineWidth, h / 6);
    if (!lastResort && (footer < 0 || heights[1] < 0 || heights[2] < 0 || heights[4] < 0))
        return false;
    rest -= std::max(0, heights[1]) + std::max(0, heights[2]) + std::max(0, heights[4]);

    // The title and the question shrink together, the question a size smaller.
    const double ratio = 0.63;
    const int floor = int(std::ceil(smallest / ratio));
    const int largest = px(m_countdown->isHidden() ? 0.13 : 0.095);
    for (int size = std::max(largest, floor);; size = std::max(floor, size * 9 / 10)) {
        heights[0] = m_heading->isHidden() ? 0 : heightAt(m_heading, size, lineWidth);
        heights[3] = m_prompt->isHidden() ? 0 : heightAt(m_prompt, int(size * ratio), lineWidth);
        if (heights[0] >= 0 && heights[3] >= 0 && heights[0] + heights[3] <= rest)
            break;
        if (size == floor) {
            if (!lastResort)
                return false;
            break;
        }
    }

    int total = gap * std::max<int>(0, int(shown) - 1);
    for (int& height : heights) {
        height = std::max(0, height);
        total += height;
    }
    int y = top + std::max(0, (bottom - top - total) / 2);
    for (qsizetype i = 0; i < stack.size(); ++i) {
        if (stack[i]->isHidden())
            continue;
        stack[i]->setGeometry(marginX, y, lineWidth, heights[size_t(i)]);
        y += heights[size_t(i)] + gap;
    }
    return true;
}

void ProjectorWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void ProjectorWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

// Bars across the top and bottom in the warning's colour, seen from anywhere
// in the room even when the countdown is not.
void ProjectorWindow::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    if (m_warning == LiveWarning::None)
        return;
    QPainter painter(this);
    const int bar = height() / 45;
    painter.fillRect(0, 0, width(), bar, colourOf(m_warning));
    painter.fillRect(0, height() - bar, width(), bar, colourOf(m_warning));
}

} // namespace rt::ui

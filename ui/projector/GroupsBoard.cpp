#include "GroupsBoard.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <cmath>

namespace rt::ui {

GroupsBoard::GroupsBoard(QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint)
{
    setWindowTitle(tr("Roundtable — Groups"));
    setAccessibleName(tr("Groups on the projector"));
    setAutoFillBackground(false);
    resize(1280, 720);
}

void GroupsBoard::showOn(QScreen* screen)
{
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
}

void GroupsBoard::setRound(const RoundDetail& round)
{
    m_title = tr("Round %1").arg(round.round.number);
    m_prompt = round.round.prompt;
    m_groups.clear();
    for (const DiscussionGroup& g : round.groups) {
        QStringList names;
        for (const GroupMember& m : g.members)
            names << m.person.fullName();
        m_groups.emplace_back(tr("Group %1").arg(g.number), names);
    }
    update();
}

QString GroupsBoard::visibleText() const
{
    QStringList lines{m_title, m_prompt};
    for (const auto& [name, people] : m_groups)
        lines << name << people;
    return lines.join(QLatin1Char('\n'));
}

void GroupsBoard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape)
        close();
    else
        QWidget::keyPressEvent(event);
}

void GroupsBoard::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(16, 18, 22));
    const QRect area = rect().adjusted(width() / 40, height() / 30, -width() / 40, -height() / 30);
    const QColor text(245, 245, 245);
    const QColor dim(185, 190, 200);

    // Heading: the round and its prompt, at most a fifth of the height.
    QFont heading(QStringLiteral("DejaVu Sans"));
    heading.setBold(true);
    heading.setPixelSize(std::max(14, height() / 18));
    p.setFont(heading);
    p.setPen(text);
    const QRect titleRect(area.left(), area.top(), area.width(), heading.pixelSize() * 3 / 2);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    int top = titleRect.bottom() + height() / 60;
    if (!m_prompt.isEmpty()) {
        QFont promptFont(QStringLiteral("DejaVu Sans"));
        promptFont.setItalic(true);
        promptFont.setPixelSize(std::max(12, height() / 32));
        p.setFont(promptFont);
        p.setPen(dim);
        const QRect promptRect(area.left(), top, area.width(), height() / 8);
        const QRect used = p.boundingRect(promptRect, Qt::TextWordWrap | Qt::AlignLeft, m_prompt);
        p.drawText(promptRect, Qt::TextWordWrap | Qt::AlignLeft, m_prompt);
        top += std::min(used.height(), promptRect.height()) + height() / 40;
    }
    if (m_groups.empty())
        return;

    // Groups in a grid of columns; the names shrink until the longest column fits.
    const int count = int(m_groups.size());
    const int columns = count <= 4 ? count : int(std::ceil(std::sqrt(count * 1.6)));
    const int rows = (count + columns - 1) / columns;
    const int cellWidth = area.width() / columns;
    const int cellHeight = (area.bottom() - top) / rows;
    int longest = 0;
    for (const auto& [name, people] : m_groups)
        longest = std::max<int>(longest, int(people.size()));
    int size = std::max(10, std::min(cellHeight / (longest + 2), height() / 22));
    QFont names(QStringLiteral("DejaVu Sans"));
    for (; size > 8; --size) {
        names.setPixelSize(size);
        const QFontMetrics fm(names);
        bool fits = (longest + 2) * fm.lineSpacing() <= cellHeight;
        for (const auto& [name, people] : m_groups) {
            for (const QString& person : people)
                fits = fits && fm.horizontalAdvance(person) <= cellWidth - cellWidth / 10;
        }
        if (fits)
            break;
    }
    m_nameSize = size;
    names.setPixelSize(size);
    QFont groupFont = names;
    groupFont.setBold(true);
    const QFontMetrics fm(names);
    for (int i = 0; i < count; ++i) {
        const QRect cell(area.left() + (i % columns) * cellWidth, top + (i / columns) * cellHeight, cellWidth, cellHeight);
        p.setPen(QColor(60, 66, 78));
        p.drawRect(cell.adjusted(4, 4, -4, -4));
        int y = cell.top() + fm.lineSpacing() / 2 + 4;
        p.setFont(groupFont);
        p.setPen(QColor(246, 196, 83));
        p.drawText(QRect(cell.left() + cellWidth / 20, y, cellWidth - cellWidth / 10, fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                   m_groups[size_t(i)].first);
        y += fm.lineSpacing() * 5 / 4;
        p.setFont(names);
        p.setPen(text);
        for (const QString& person : m_groups[size_t(i)].second) {
            p.drawText(QRect(cell.left() + cellWidth / 20, y, cellWidth - cellWidth / 10, fm.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(person, Qt::ElideRight, cellWidth - cellWidth / 10));
            y += fm.lineSpacing();
        }
    }
}

} // namespace rt::ui

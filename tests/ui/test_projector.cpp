// The projector view at the two sizes rooms have (a 1080p projector and an old
// 1024x768 one): everything fits, the countdown is big, warnings are in words
// as well as colour, and nothing meant for facilitators reaches the screen.
// With ROUNDTABLE_SCREENSHOT_DIR set, the run also saves what it showed.

#include <catch2/catch.hpp>

#include "StringMaker.h"
#include "agenda/Live.h"
#include "projector/ProjectorWindow.h"

#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>

using namespace rt;
using rt::ui::ProjectorWindow;

namespace {

const QString kNotes = QStringLiteral("Facilitators only: call on the Albany team first");

QDateTime at(int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2027, 3, 9), QTime(hour, minute, second)).toUTC();
}

AgendaItem makeItem(const QString& title, int minutes, AgendaKind kind = AgendaKind::Presentation, QTime fixed = {})
{
    AgendaItem i;
    i.title = title;
    i.minutes = minutes;
    i.kind = kind;
    i.fixedStart = fixed;
    i.notes = kNotes;
    i.presenterName = QStringLiteral("Kenton Rainey");
    return i;
}

// 08:30 Welcome, 09:00 Lessons (90 min), 10:30 Break, 10:45 Small groups,
// 12:00 Lunch (fixed).
std::vector<AgendaItem> day(const QString& lessonsTitle = QStringLiteral("Lessons from recent incidents"),
                            const QString& prompt = QStringLiteral("What would your city do in the first hour after a video of "
                                                                   "an arrest is posted online?"))
{
    std::vector<AgendaItem> items{makeItem(QStringLiteral("Welcome and introductions"), 30), makeItem(lessonsTitle, 90),
                                  makeItem(QStringLiteral("Break"), 15, AgendaKind::Break),
                                  makeItem(QStringLiteral("Small groups"), 60, AgendaKind::SmallGroup),
                                  makeItem(QStringLiteral("Lunch"), 60, AgendaKind::Meal, QTime(12, 0))};
    items[1].prompt = prompt;
    return items;
}

// The day with the first item run 08:30–09:00 and `running` started at 09:00.
std::vector<AgendaItem> runningFrom(std::vector<AgendaItem> items, size_t running = 1)
{
    for (size_t i = 0; i < running; ++i) {
        items[i].actualStart = at(8, 30);
        items[i].actualEnd = at(9, 0);
    }
    items[running].actualStart = at(9, 0);
    return items;
}

QString shown(ProjectorWindow& window, const std::vector<AgendaItem>& items, const QDateTime& now)
{
    window.setState(QStringLiteral("Strengthening the City Manager/Police Chief Relationship"), items,
                    live::compute(items, DayWindow(), now));
    return window.visibleText();
}

QLabel* label(const ProjectorWindow& window, const QString& name)
{
    auto* found = window.findChild<QLabel*>(name);
    REQUIRE(found);
    return found;
}

// Every piece shown lies inside the window, is as tall as its wrapped text,
// has no word wider than its line, and overlaps no other piece.
void requireFits(const ProjectorWindow& window)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QList<QLabel*> visible;
    for (QLabel* l : window.findChildren<QLabel*>()) {
        if (l->isHidden())
            continue;
        INFO(l->objectName().toStdString() + ": " + l->text().toStdString());
        CHECK(window.rect().contains(l->geometry()));
        if (l->wordWrap())
            CHECK(l->heightForWidth(l->width()) <= l->height());
        else
            CHECK((l->sizeHint().height() <= l->height() && l->sizeHint().width() <= l->width()));
        const QFontMetrics metrics(l->font());
        for (const QString& word : l->text().split(space, Qt::SkipEmptyParts))
            CHECK(metrics.horizontalAdvance(word) <= l->width());
        for (const QLabel* other : visible)
            CHECK_FALSE(l->geometry().intersects(other->geometry()));
        visible << l;
    }
}

void saveScreenshot(ProjectorWindow& window, const QString& name)
{
    const QString dir = qEnvironmentVariable("ROUNDTABLE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        REQUIRE(window.grab().save(QDir(dir).filePath(name)));
}

} // namespace

TEST_CASE("The projector fits its text at 1920x1080 and 1024x768")
{
    const auto size = GENERATE(QSize(1920, 1080), QSize(1024, 768));
    INFO(size.width() << "x" << size.height());
    ProjectorWindow window;
    window.resize(size);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Twelve minutes left of the lessons, then the break.
    const auto items = runningFrom(day());
    const QString text = shown(window, items, at(10, 18));
    CHECK(text.contains(QStringLiteral("Lessons from recent incidents")));
    CHECK(text.contains(QStringLiteral("12:00")));
    CHECK(text.contains(QStringLiteral("first hour after a video")));
    CHECK(text.contains(QStringLiteral("Next: Break at 10:30")));
    CHECK(text.contains(QStringLiteral("Strengthening the City Manager")));
    CHECK_FALSE(text.contains(kNotes));
    CHECK_FALSE(text.contains(QStringLiteral("Rainey")));
    requireFits(window);
    CHECK(label(window, QStringLiteral("countdown"))->font().pixelSize() * 6 >= size.height());
    saveScreenshot(window, QStringLiteral("projector-%1.png").arg(size.width()));

    // A long title and a long question shrink and wrap; the countdown stays big.
    const QString longTitle = QStringLiteral("Lessons from notorious incidents: what city managers and police chiefs learned "
                                             "about trust, legitimacy, oversight and communication when the cameras arrived");
    const QString longPrompt = QStringLiteral("Think of the last time a use-of-force incident in your jurisdiction reached "
                                              "the news. Who called whom, in what order, and what would you change about "
                                              "the first twenty-four hours if it happened again next week? Which of the six "
                                              "pillars does your answer touch, and who else in city hall should have been "
                                              "in the room?");
    const auto longItems = runningFrom(day(longTitle, longPrompt));
    const QString longText = shown(window, longItems, at(10, 26));
    CHECK(longText.contains(longTitle));
    CHECK(longText.contains(longPrompt));
    CHECK(longText.contains(QStringLiteral("4 minutes left")));
    requireFits(window);
    CHECK(label(window, QStringLiteral("countdown"))->font().pixelSize() * 6 >= size.height());
    CHECK(label(window, QStringLiteral("heading"))->font().pixelSize() < label(window, QStringLiteral("countdown"))->font().pixelSize());
    saveScreenshot(window, QStringLiteral("projector-long-%1.png").arg(size.width()));

    // A long word cannot wrap, so it shrinks until it fits the line.
    auto wordItems = runningFrom(day(QStringLiteral("Übersichtlichkeitsverbesserungsmaßnahmenbesprechungsrunde"), {}));
    shown(window, wordItems, at(9, 10));
    requireFits(window);

    // The other phases fit too.
    for (const QDateTime& now : {at(8, 0), at(12, 30)}) {
        auto phases = day();
        if (now > at(9, 0)) {
            phases = runningFrom(day(), 4);
            phases[4].actualStart = at(12, 0);
        }
        shown(window, phases, now);
        requireFits(window);
        const QString time = now.toLocalTime().toString(QStringLiteral("HHmm"));
        saveScreenshot(window, QStringLiteral("projector-%1-%2.png").arg(time).arg(size.width()));
    }
}

TEST_CASE("The projector says in words what its colours say")
{
    ProjectorWindow window;
    window.resize(1024, 768);
    const auto items = runningFrom(day());
    const auto colour = [&] { return label(window, QStringLiteral("countdown"))->palette().color(QPalette::WindowText); };

    CHECK(shown(window, items, at(10, 0)).contains(QStringLiteral("30:00")));
    CHECK(label(window, QStringLiteral("words"))->isHidden());
    const QColor calm = colour();

    CHECK(shown(window, items, at(10, 28)).contains(QStringLiteral("2 minutes left")));
    const QColor amber = colour();
    CHECK(amber != calm);
    CHECK(shown(window, items, at(10, 29)).contains(QStringLiteral("1 minute left")));

    CHECK(shown(window, items, at(10, 29, 30)).contains(QStringLiteral("Less than a minute left")));
    const QColor red = colour();
    CHECK(red != amber);
    CHECK(red != calm);

    const QString over = shown(window, items, at(10, 32, 15));
    CHECK(over.contains(QStringLiteral("+02:15")));
    CHECK(over.contains(QStringLiteral("Over time")));
    CHECK(over.contains(QStringLiteral("Next: Break at 10:32")));
    CHECK(colour() == red);

    auto paused = items;
    paused[1].pausedSince = at(10, 0);
    const QString pausedText = shown(window, paused, at(10, 20));
    CHECK(pausedText.contains(QStringLiteral("Paused")));
    CHECK(pausedText.contains(QStringLiteral("30:00")));

    // Over an hour left: hours, minutes and seconds.
    CHECK(shown(window, items, at(9, 15)).contains(QStringLiteral("1:15:00")));
}

TEST_CASE("The projector before the start, in a break, at lunch and at the end of the day")
{
    ProjectorWindow window;
    window.resize(1920, 1080);

    const QString before = shown(window, day(), at(8, 5));
    CHECK(before.contains(QStringLiteral("Starts at 08:30")));
    CHECK(before.contains(QStringLiteral("Next: Welcome and introductions")));
    CHECK(label(window, QStringLiteral("countdown"))->isHidden());

    auto inBreak = runningFrom(day(), 2);
    inBreak[1].actualStart = at(9, 0);
    inBreak[1].actualEnd = at(10, 25);
    inBreak[2].actualStart = at(10, 25);
    const QString breakText = shown(window, inBreak, at(10, 30));
    CHECK(breakText.contains(QStringLiteral("Break — back\u00a0at\u00a010:40")));
    CHECK(breakText.contains(QStringLiteral("10:00")));
    CHECK(breakText.contains(QStringLiteral("Next: Small groups at 10:40")));

    auto lunch = runningFrom(day(), 4);
    lunch[4].actualStart = at(12, 0);
    const QString lunchText = shown(window, lunch, at(12, 10));
    CHECK(lunchText.contains(QStringLiteral("Lunch — back\u00a0at\u00a013:00")));
    CHECK(lunchText.contains(QStringLiteral("Last item — the day ends at 13:00")));

    auto finished = lunch;
    finished[4].actualEnd = at(13, 0);
    const QString end = shown(window, finished, at(13, 5));
    CHECK(end.contains(QStringLiteral("End of day")));
    CHECK_FALSE(end.contains(QStringLiteral("Lunch")));
    CHECK_FALSE(end.contains(kNotes));

    CHECK(shown(window, {}, at(9, 0)).contains(QStringLiteral("Nothing on the agenda today")));
}

TEST_CASE("Escape closes the projector")
{
    ProjectorWindow window;
    window.showOn(QGuiApplication::primaryScreen());
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.windowFlags().testFlag(Qt::FramelessWindowHint));
    CHECK(window.geometry() == QGuiApplication::primaryScreen()->geometry());
    QTest::keyClick(&window, Qt::Key_Escape);
    CHECK_FALSE(window.isVisible());
}

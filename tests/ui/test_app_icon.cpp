// The window icon: the SVG in resources/desktop, drawn through Qt's SVG icon
// engine (Debian: libqt6svg6, a dependency of the .deb). Without the engine
// QIcon loads nothing and every window shows the platform's blank icon.

#include <catch2/catch.hpp>

#include <QIcon>
#include <QImage>
#include <QPixmap>

namespace {

// Pixels that are not transparent: the mark was drawn, not an empty canvas.
int paintedPixels(const QImage& image)
{
    int painted = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    return painted;
}

} // namespace

TEST_CASE("The application icon draws from its SVG at 16 and 256 pixels", "[icon]")
{
    const QIcon icon(QStringLiteral(":/icons/org.roundtable.Roundtable.svg"));
    REQUIRE_FALSE(icon.isNull());
    for (const int size : {16, 256}) {
        INFO("size " << size);
        const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
        REQUIRE(image.width() == size);
        REQUIRE(image.height() == size);
        // The round table and its seats cover roughly half the square.
        const int painted = paintedPixels(image);
        CHECK(painted > size * size / 3);
        CHECK(painted < size * size * 9 / 10);
    }
}

// Search folding.

#include <catch2/catch.hpp>

#include "StringMaker.h"
#include "common/Text.h"

using namespace rt;

TEST_CASE("Search folds case, accents and spaces")
{
    CHECK(foldForSearch(QStringLiteral("  José   ÁLVAREZ ")) == QStringLiteral("jose alvarez"));
    CHECK(foldForSearch(QStringLiteral("Ñuñez\tO'Brien")) == QStringLiteral("nunez o'brien"));
    const QString hay = foldForSearch(QStringLiteral("Elena Vásquez Tigard OR evasquez@tigard.example.org Police Chief"));
    CHECK(matchesAllWords(hay, searchWords(QStringLiteral("vas tig"))));
    CHECK(matchesAllWords(hay, searchWords(QStringLiteral("VÁSQ"))));
    CHECK_FALSE(matchesAllWords(hay, searchWords(QStringLiteral("vas bend"))));
    CHECK(matchesAllWords(hay, searchWords(QString())));
}

TEST_CASE("Email addresses are checked lightly")
{
    CHECK(looksLikeEmail(QStringLiteral("a@b.org")));
    CHECK_FALSE(looksLikeEmail(QStringLiteral("a@b")));
    CHECK_FALSE(looksLikeEmail(QStringLiteral("a b@c.org")));
    CHECK_FALSE(looksLikeEmail(QStringLiteral("ab.org")));
}

#pragma once

#include <catch2/catch.hpp>

namespace rt::test {

template <class T>
T expectOk(std::expected<T, Error> result)
{
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.has_value());
    return std::move(*result);
}

} // namespace rt::test

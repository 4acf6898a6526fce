#pragma once
// The six pillars of the President's Task Force on 21st Century Policing
// (2015), numbered 1 to 6 in the order the report gives them. Statements and
// action items link to a pillar by its number.

#include <QString>
#include <optional>

namespace rt::pillars {

constexpr int count = 6;

bool isValid(int number);
// "Building Trust and Legitimacy"; empty for a number outside 1..6.
QString name(int number);
// "Pillar 1 – Building Trust and Legitimacy"
QString label(int number);
// "3" or a pillar's name (case and accents ignored) -> its number.
std::optional<int> fromText(const QString& text);

} // namespace rt::pillars

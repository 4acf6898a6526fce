#pragma once
// Text folding for search and duplicate detection: "González" and "gonzalez"
// should find each other, and stray spaces should not split two names.

#include <QString>
#include <QStringList>

namespace rt {

// Lower case, accents removed, runs of white space collapsed, trimmed.
QString foldForSearch(const QString& text);

// Every whitespace-separated word of the needle occurs in the folded haystack.
bool matchesAllWords(const QString& foldedHaystack, const QStringList& foldedNeedleWords);
QStringList searchWords(const QString& query);

// A light check that catches typing slips; the real test of an address is mail.
bool looksLikeEmail(const QString& email);

} // namespace rt

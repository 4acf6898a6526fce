#pragma once
// The fee quote. The published price is per half-day workshop for states with
// a signed affiliation agreement, covering up to a number of participants;
// non-affiliated states pay an additional fee whose amount is not published, so
// it is a setting of the file that starts unset.

#include "common/Result.h"
#include "storage/ChangeSet.h"
#include "workshops/Workshop.h"

#include <optional>
#include <vector>

namespace rt {

class Database;

struct FeeSettings {
    qint64 halfDayRateCents = 396000;
    int participantsCovered = 50;
    std::optional<qint64> nonAffiliatedSurchargeCents; // per half day; unset until the user enters it
};

struct FeeLine {
    QString label;
    qint64 cents = 0;
};

struct FeeQuote {
    std::vector<FeeLine> lines;
    qint64 totalCents = 0;
    QStringList notes;     // what the quote does not cover, in plain words
    bool complete = true;  // false when a needed amount is unknown
};

FeeQuote quoteFee(const Workshop& workshop, const FeeSettings& settings);

// "$3,960.00"
QString formatMoney(qint64 cents);
// Accepts "3960", "3,960.00", "$3,960.5"; fails on anything else.
Result<qint64> parseMoney(const QString& text);

namespace fees {
Result<FeeSettings> settings(const Database& db);
Status validate(const FeeSettings& settings);
Result<ChangeSet> setSettings(Database& db, const FeeSettings& settings);
} // namespace fees

} // namespace rt

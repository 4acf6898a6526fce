#include "workshops/Fees.h"

#include "storage/Database.h"
#include "storage/FileSettings.h"
#include "storage/Writer.h"

#include <QLocale>
#include <QObject>
#include <QRegularExpression>

namespace rt {
namespace {
const QString kRate = QStringLiteral("fee.half_day_rate_cents");
const QString kCovered = QStringLiteral("fee.participants_covered");
const QString kSurcharge = QStringLiteral("fee.non_affiliated_surcharge_cents");
} // namespace

QString formatMoney(qint64 cents)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 absolute = cents < 0 ? -cents : cents;
    return QStringLiteral("%1$%2.%3")
        .arg(sign, english.toString(absolute / 100))
        .arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

Result<qint64> parseMoney(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return fail(QObject::tr("“%1” is not an amount of money. Write it like 3960 or 3,960.00.").arg(text.trimmed()));
    QString whole = match.captured(1);
    whole.remove(QLatin1Char(','));
    if (whole.size() > 12)
        return fail(QObject::tr("“%1” is too large an amount.").arg(text.trimmed()));
    QString fraction = match.captured(2);
    if (fraction.size() == 1)
        fraction += QLatin1Char('0');
    return whole.toLongLong() * 100 + fraction.toLongLong();
}

FeeQuote quoteFee(const Workshop& workshop, const FeeSettings& settings)
{
    FeeQuote quote;
    const int sessions = workshop.halfDays;
    const QString sessionsText = sessions == 1 ? QObject::tr("1 half-day workshop")
                                               : QObject::tr("%1 half-day sessions (%2)").arg(sessions).arg(durationLabel(sessions));
    const qint64 base = settings.halfDayRateCents * sessions;
    quote.lines.push_back({QObject::tr("%1 at %2 each").arg(sessionsText, formatMoney(settings.halfDayRateCents)), base});
    quote.totalCents = base;

    if (!workshop.affiliated) {
        if (settings.nonAffiliatedSurchargeCents) {
            const qint64 surcharge = *settings.nonAffiliatedSurchargeCents * sessions;
            quote.lines.push_back({QObject::tr("Additional fee for a non-affiliated state, %1 × %2")
                                       .arg(sessions)
                                       .arg(formatMoney(*settings.nonAffiliatedSurchargeCents)),
                                   surcharge});
            quote.totalCents += surcharge;
        } else {
            quote.complete = false;
            quote.notes << QObject::tr("The host state has no affiliation agreement, so an additional fee applies. Its "
                                       "amount is not set: enter it under Edit > Pricing.");
        }
    }
    if (workshop.capacity > settings.participantsCovered) {
        quote.complete = false;
        quote.notes << QObject::tr("The fee covers up to %1 participants; this workshop has %2 places. Agree the price "
                                   "of the other %3 places separately.")
                           .arg(settings.participantsCovered)
                           .arg(workshop.capacity)
                           .arg(workshop.capacity - settings.participantsCovered);
    }
    return quote;
}

namespace fees {

Result<FeeSettings> settings(const Database& db)
{
    FeeSettings result;
    const auto read = [&](const QString& key) { return filesettings::value(db.connection(), key); };
    auto rate = read(kRate);
    auto covered = read(kCovered);
    auto surcharge = read(kSurcharge);
    if (!rate || !covered || !surcharge)
        return std::unexpected(!rate ? rate.error() : !covered ? covered.error() : surcharge.error());
    if (*rate)
        result.halfDayRateCents = (*rate)->toLongLong();
    if (*covered)
        result.participantsCovered = (*covered)->toInt();
    if (*surcharge)
        result.nonAffiliatedSurchargeCents = (*surcharge)->toLongLong();
    return result;
}

Status validate(const FeeSettings& s)
{
    if (s.halfDayRateCents < 0)
        return fail(QObject::tr("The half-day rate cannot be negative."));
    if (s.participantsCovered < 1)
        return fail(QObject::tr("The fee must cover at least one participant."));
    if (s.nonAffiliatedSurchargeCents && *s.nonAffiliatedSurchargeCents < 0)
        return fail(QObject::tr("The additional fee cannot be negative; leave it empty if it is not known."));
    return ok();
}

Result<ChangeSet> setSettings(Database& db, const FeeSettings& s)
{
    if (auto status = validate(s); !status)
        return std::unexpected(status.error());
    return db.write(QObject::tr("Change pricing"), [&](Writer& w) -> Status {
        if (auto r = filesettings::set(w, kRate, QString::number(s.halfDayRateCents)); !r)
            return r;
        if (auto r = filesettings::set(w, kCovered, QString::number(s.participantsCovered)); !r)
            return r;
        return filesettings::set(w, kSurcharge,
                                 s.nonAffiliatedSurchargeCents ? std::optional(QString::number(*s.nonAffiliatedSurchargeCents))
                                                               : std::nullopt);
    });
}

} // namespace fees
} // namespace rt

#include "attendance/Credit.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Writer.h"

#include <QObject>
#include <algorithm>
#include <cmath>

namespace rt {

QString partialCreditKey(PartialCredit credit)
{
    switch (credit) {
    case PartialCredit::Full: return QStringLiteral("full");
    case PartialCredit::Prorated: return QStringLiteral("prorated");
    case PartialCredit::None: return QStringLiteral("none");
    }
    return QStringLiteral("prorated");
}

std::optional<PartialCredit> partialCreditFromKey(const QString& key)
{
    for (auto c : {PartialCredit::Full, PartialCredit::Prorated, PartialCredit::None}) {
        if (partialCreditKey(c) == key)
            return c;
    }
    return std::nullopt;
}

QString partialCreditLabel(PartialCredit credit)
{
    switch (credit) {
    case PartialCredit::Full: return QObject::tr("Full hours for the block");
    case PartialCredit::Prorated: return QObject::tr("The share of the block they were there");
    case PartialCredit::None: return QObject::tr("No hours for the block");
    }
    return {};
}

namespace credit {

Result<CreditRules> rules(const Database& db, Id workshopId)
{
    auto q = sql::run(db.connection(), QStringLiteral("SELECT partial_credit, certificate_share FROM workshops WHERE id = ?"), {workshopId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(QObject::tr("Workshop %1 is not in this file.").arg(workshopId));
    CreditRules r;
    r.partial = partialCreditFromKey(q->value(0).toString()).value_or(PartialCredit::Prorated);
    r.certificateShare = q->value(1).toDouble();
    q->finish();
    return r;
}

namespace {

Status validateRules(const CreditRules& r)
{
    if (!(r.certificateShare > 0 && r.certificateShare <= 1))
        return fail(QObject::tr("The share of hours a certificate needs must be more than 0% and at most 100%."));
    return ok();
}

Status writeRules(Writer& w, Id workshopId, const CreditRules& r)
{
    auto status = w.scalar(QStringLiteral("SELECT status FROM workshops WHERE id = ?"), {workshopId});
    if (!status)
        return std::unexpected(status.error());
    if (status->isNull())
        return fail(QObject::tr("Workshop %1 is not in this file.").arg(workshopId));
    w.changes().subject = workshopId;
    return w.update(QStringLiteral("workshops"), workshopId,
                    {{QStringLiteral("partial_credit"), partialCreditKey(r.partial)},
                     {QStringLiteral("certificate_share"), r.certificateShare}});
}

} // namespace

Result<ChangeSet> setRules(Database& db, Id workshopId, const CreditRules& r)
{
    if (auto s = validateRules(r); !s)
        return std::unexpected(s.error());
    return db.write(QObject::tr("Change credit rules"), [&](Writer& w) { return writeRules(w, workshopId, r); });
}

Result<ChangeSet> saveBlocksAndRules(Database& db, Id workshopId, const std::vector<AttendanceBlock>& blocks, const CreditRules& r)
{
    if (auto s = validateRules(r); !s)
        return std::unexpected(s.error());
    return db.write(QObject::tr("Edit attendance blocks and credit"), [&](Writer& w) -> Status {
        if (auto s = attendance::writeBlocks(w, workshopId, blocks); !s)
            return s;
        return writeRules(w, workshopId, r);
    });
}

double hoursFor(const AttendanceBlock& block, const std::optional<AttendanceMark>& mark, PartialCredit partial)
{
    if (!mark || !statusIsAttended(mark->status))
        return 0;
    if (mark->status == AttendanceStatus::Present || partial == PartialCredit::Full)
        return block.creditHours;
    if (partial == PartialCredit::None)
        return 0;
    const int length = block.minutes();
    if (length <= 0 || !mark->at.isValid())
        return 0;
    // Minutes in the room: from arrival to the end, or from the start to leaving.
    int present = mark->status == AttendanceStatus::Late ? mark->at.secsTo(block.ends) / 60 : block.starts.secsTo(mark->at) / 60;
    present = std::clamp(present, 0, length);
    const double hours = block.creditHours * present / length;
    return std::floor(hours * 4.0 + 1e-9) / 4.0; // whole quarter hours, never rounded up
}

double hoursNeeded(double offered, double share)
{
    return std::ceil(offered * share * 4.0 - 1e-9) / 4.0;
}

} // namespace credit
} // namespace rt

#include "PersonMime.h"

#include <QDataStream>
#include <QIODevice>

namespace rt::ui::personmime {

QMimeData* encode(const std::vector<Id>& personIds, Source source)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint32(source) << qint32(personIds.size());
    for (Id id : personIds)
        out << qint64(id);
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(kType), bytes);
    return data;
}

bool decode(const QMimeData* data, std::vector<Id>& personIds, Source& source)
{
    if (!data || !data->hasFormat(QString::fromLatin1(kType)))
        return false;
    QDataStream in(data->data(QString::fromLatin1(kType)));
    qint32 rawSource = 0;
    qint32 count = 0;
    in >> rawSource >> count;
    if (in.status() != QDataStream::Ok || count < 0 || count > 100000)
        return false;
    personIds.clear();
    for (qint32 i = 0; i < count; ++i) {
        qint64 id = 0;
        in >> id;
        personIds.push_back(id);
    }
    source = rawSource == qint32(Source::Team) ? Source::Team : Source::Roster;
    return in.status() == QDataStream::Ok && !personIds.empty();
}

} // namespace rt::ui::personmime

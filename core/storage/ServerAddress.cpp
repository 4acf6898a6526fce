#include "storage/ServerAddress.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

namespace rt {

QString ServerAddress::tlsKey(Tls tls)
{
    switch (tls) {
    case Tls::Disable: return QStringLiteral("disable");
    case Tls::Prefer: return QStringLiteral("prefer");
    case Tls::Require: return QStringLiteral("require");
    case Tls::VerifyCa: return QStringLiteral("verify-ca");
    case Tls::VerifyFull: return QStringLiteral("verify-full");
    }
    return QStringLiteral("prefer");
}

std::optional<ServerAddress::Tls> ServerAddress::tlsFromKey(const QString& key)
{
    for (Tls tls : {Tls::Disable, Tls::Prefer, Tls::Require, Tls::VerifyCa, Tls::VerifyFull}) {
        if (tlsKey(tls) == key)
            return tls;
    }
    return std::nullopt;
}

bool ServerAddress::isServerUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<ServerAddress> ServerAddress::parse(const QString& text)
{
    const QString example = QStringLiteral("postgresql://maria@db.example.org:5432/roundtable");
    if (!isServerUrl(text.trimmed()))
        return fail(QObject::tr("“%1” is not a server address. Write it as %2.").arg(text, example));
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return fail(QObject::tr("“%1” is not a valid server address (%2). Write it as %3.")
                        .arg(text, url.errorString(), example));
    ServerAddress address;
    if (!url.host().isEmpty())
        address.host = url.host();
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    address.user = url.userName();
    address.password = url.password();
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/')))
        return fail(QObject::tr("“%1” names no database. Add it after the host, as in %2.").arg(text, example));
    if (address.user.isEmpty())
        return fail(QObject::tr("“%1” names no user. Add it before the host, as in %2.").arg(text, example));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            const auto tls = tlsFromKey(value);
            if (!tls)
                return fail(QObject::tr("“%1” is not a TLS mode; use disable, prefer, require, verify-ca or verify-full.")
                                .arg(value));
            address.tls = *tls;
        } else {
            return fail(QObject::tr("The server address option “%1” is not known; only sslmode is.").arg(key));
        }
    }
    return address;
}

QString ServerAddress::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (tls != Tls::Prefer) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), tlsKey(tls));
        url.setQuery(query);
    }
    return url.toString();
}

QString ServerAddress::display() const
{
    return QObject::tr("“%1” on %2 as %3").arg(database, port == 5432 ? host : host + QLatin1Char(':') + QString::number(port), user);
}

QString ServerAddress::connectOptions() const
{
    // A dead network is noticed in seconds, not the system's minutes.
    return QStringLiteral("sslmode=%1;connect_timeout=10;application_name=Roundtable;keepalives=1;"
                          "keepalives_idle=10;keepalives_interval=5;keepalives_count=3")
        .arg(tlsKey(tls));
}

QString ServerAddress::keychainKey() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace rt

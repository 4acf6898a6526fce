#pragma once
// Errors are values: every core call that can fail returns a Result carrying a
// message a person can act on. The ui shows the message; core never raises dialogs.

#include <QString>
#include <expected>

namespace rt {

using Id = qint64;

struct Error {
    QString message;
};

template <class T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(QString message)
{
    return std::unexpected<Error>(Error{std::move(message)});
}

inline Status ok()
{
    return {};
}

} // namespace rt

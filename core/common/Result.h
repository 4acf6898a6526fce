#pragma once
// Errors are values: every core call that can fail returns a Result carrying a
// message a person can act on. The ui shows the message; core never raises dialogs.

#include <QString>
#include <expected>

namespace rt {

using Id = qint64;

// What kind of failure, for the few a caller treats differently from "show
// the message".
enum class ErrorKind {
    Other,
    // The server connection dropped; nothing was saved and the action can be retried.
    ConnectionLost,
    // Another station changed the same record after this one last looked.
    Collision,
    // The server asks for a password that was not given.
    PasswordNeeded,
};

struct Error {
    QString message;
    ErrorKind kind = ErrorKind::Other;
};

template <class T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(QString message)
{
    return std::unexpected<Error>(Error{std::move(message)});
}

inline std::unexpected<Error> fail(ErrorKind kind, QString message)
{
    return std::unexpected<Error>(Error{std::move(message), kind});
}

inline Status ok()
{
    return {};
}

} // namespace rt

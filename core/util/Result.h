#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace clearpost {

// An error a user can read. `message` is shown as is; it must never contain
// post text, patient data or secrets (those stay out of logs and dialogs alike).
struct Error
{
    enum class Code {
        Generic,
        NotFound,
        InvalidInput,
        Conflict,
        Storage,
        Corrupt,
        TooNew,
        NoKeychain,
        Keychain,
        Io,
        Network,
    };

    Code code = Code::Generic;
    QString message;

    Error() = default;
    explicit Error(QString msg, Code c = Code::Generic)
        : code(c)
        , message(std::move(msg))
    { }
};

// Success or an Error, for operations that return nothing.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) // NOLINT(google-explicit-constructor): lets functions `return Error(...)`
        : m_error(std::move(error))
    { }

    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString message() const { return m_error ? m_error->message : QString(); }

private:
    std::optional<Error> m_error;
};

// A value or an Error. Errors are values in Clearpost: nothing crosses the
// event loop as an exception and nothing is swallowed silently.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor)
        : m_value(std::move(value))
    { }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    { }
    Result(const Status& status) // NOLINT(google-explicit-constructor): forwards a failed Status
        : m_error(status.ok() ? Error(QStringLiteral("internal error: success forwarded as a failure"))
                              : status.error())
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // Taking the value out of a temporary returns it by value, so
    // `for (auto& x : *repo.list())` never refers to a destroyed Result.
    T value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }
    T operator*() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }

    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

    const Error& error() const { return m_error; }
    QString message() const { return m_error.message; }
    Status status() const { return ok() ? Status() : Status(m_error); }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace clearpost

#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Meldeklient {

// An error that crosses a module boundary: a stable machine code ("http-timeout", "jwt-signature") for tests, logs
// and JSON, and a translated message for the user. Never put personal data in either.
struct Error {
    QString code;
    QString message;
};

// Value or Error, in the spirit of std::expected (C++23), which C++20 on Debian 12 does not have.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }
    static Result failure(QString code, QString message) { return Result(Error {std::move(code), std::move(message)}); }

    bool isOk() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return isOk(); }
    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }
    static Result failure(QString code, QString message) { return Result(Error {std::move(code), std::move(message)}); }

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace Meldeklient

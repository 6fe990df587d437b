#pragma once

#include <QString>
#include <QtGlobal>

#include <concepts>
#include <type_traits>
#include <utility>
#include <variant>

// Why an operation did not work: `message` for people (translated, shown as it
// is) and, only where callers must tell reasons apart, a `code` for the program
// (e.g. "password-needed"); empty when there is nothing to tell apart.
struct Reason
{
    QString message;
    QString code;
};

// What an operation that can fail returns: its value, or the Reason it failed.
// The C++20 stand-in for std::expected<T, Reason>, and the one error style of
// core (no bool with a `QString *error`):
//
//   Result<QImage> page(int index);
//   const Result<QImage> image = reader.page(0);
//   if (!image)
//       return Result<void>::failure(image.reason());
//   use(*image);
//
// A value converts to a success (`return image;`); a failure is made with
// failure(). Result<void> is for operations without a value.
template <typename T> class [[nodiscard]] Result
{
    static_assert(!std::is_reference_v<T> && !std::is_same_v<std::remove_cv_t<T>, Reason>,
                  "Result holds a value or a Reason");

public:
    // A success. Anything T can be made from, so `return std::nullopt;` and
    // `return {};` work as they would for a T.
    template <typename U = T>
    requires std::constructible_from<T, U &&> &&(!std::same_as<std::remove_cvref_t<U>, Result>)&&(
        !std::same_as<std::remove_cvref_t<U>, Reason>)explicit(!std::is_convertible_v<U &&, T>)
        Result(U &&value)
        : m_state(std::in_place_index<0>, std::forward<U>(value))
    {}

    static Result failure(Reason reason) { return Result(std::move(reason), FailureTag()); }
    static Result failure(QString message, QString code = {})
    {
        return failure(Reason{std::move(message), std::move(code)});
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Only on success: asserted, and std::bad_variant_access where asserts are off.
    T &value() &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_state);
    }
    const T &value() const &
    {
        Q_ASSERT(ok());
        return std::get<0>(m_state);
    }
    T &&value() &&
    {
        Q_ASSERT(ok());
        return std::get<0>(std::move(m_state));
    }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    // The value, or `fallback` on failure (for reads where "nothing" is a fine
    // answer once the failure has been reported elsewhere).
    T valueOr(T fallback) const & { return ok() ? value() : std::move(fallback); }

    // Only on failure: asserted, and std::bad_variant_access where asserts are off.
    const Reason &reason() const
    {
        Q_ASSERT(!ok());
        return std::get<1>(m_state);
    }
    // The message for people; empty on success.
    QString error() const { return ok() ? QString() : reason().message; }
    // The reason's code; empty on success and for failures without one.
    QString code() const { return ok() ? QString() : reason().code; }

private:
    struct FailureTag
    {
    };
    Result(Reason reason, FailureTag)
        : m_state(std::in_place_index<1>, std::move(reason))
    {}

    std::variant<T, Reason> m_state;
};

// An operation without a value: it worked (`return {};`) or it did not.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;

    static Result failure(Reason reason)
    {
        Result result;
        result.m_failed = true;
        result.m_reason = std::move(reason);
        return result;
    }
    static Result failure(QString message, QString code = {})
    {
        return failure(Reason{std::move(message), std::move(code)});
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }

    const Reason &reason() const
    {
        Q_ASSERT(!ok());
        return m_reason;
    }
    QString error() const { return m_reason.message; }
    QString code() const { return m_reason.code; }

private:
    bool m_failed = false;
    Reason m_reason;
};

#pragma once

#include "contract/apierror.h"

#include <utility>
#include <variant>

namespace cube {

// The outcome of one API call: a value of type T, or the error that prevented it.
template<typename T>
class ApiResult final
{
public:
    ApiResult(T value)
        : m_outcome(std::move(value))
    {}
    ApiResult(ApiError error)
        : m_outcome(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_outcome); }
    const T &value() const { return std::get<T>(m_outcome); }
    const ApiError &error() const { return std::get<ApiError>(m_outcome); }

private:
    std::variant<T, ApiError> m_outcome;
};

} // namespace cube

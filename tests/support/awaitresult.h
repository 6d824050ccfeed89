#pragma once

#include "contract/apiresult.h"
#include "profiles/secretstore.h"

#include <QTest>

#include <functional>
#include <optional>

namespace cube::test {

// Starts one asynchronous client call and waits for its result, keeping the event loop
// running. `start` receives the callback to pass to the client. A call that never finishes
// comes back as a Timeout error whose detail says the test gave up.
template<typename T>
ApiResult<T>
awaitResult(const std::function<void(std::function<void(const ApiResult<T> &)>)> &start,
            int timeoutMs = 15000)
{
    std::optional<ApiResult<T>> result;
    start([&result](const ApiResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs)) {
        ApiError error;
        error.kind = ApiErrorKind::Timeout;
        error.detail = QStringLiteral("the test waited in vain for the call to finish");
        return error;
    }
    return *result;
}

// The same for one keychain call: `call` receives the SecretStore callback. A call that never
// answers comes back as Failed, saying the test gave up.
template<typename Call>
SecretStoreResult awaitKeychain(Call call, int timeoutMs = 30000)
{
    std::optional<SecretStoreResult> result;
    call([&result](const SecretStoreResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return {SecretStoreError::Failed, {}, QStringLiteral("the test waited in vain")};
    return *result;
}

} // namespace cube::test

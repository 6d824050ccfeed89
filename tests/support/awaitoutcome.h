#pragma once

#include "writes/changewriter.h"

#include <QTest>

#include <functional>
#include <optional>

namespace cube::test {

// Starts one write through a ChangeWriter and waits for its outcome, keeping the event loop
// running; `start` receives the callback to pass to the writer. A write that never settles
// comes back as an empty outcome (unknown, no error), which no test expects.
inline WriteOutcome awaitOutcome(const std::function<void(ChangeWriter::Done)> &start,
                                 int timeoutMs = 15000)
{
    std::optional<WriteOutcome> outcome;
    start([&outcome](const WriteOutcome &written) { outcome = written; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, timeoutMs))
        return {};
    return *outcome;
}

} // namespace cube::test

#pragma once

#include "itemwork.h"

namespace cube::cli {

// What cubectl's exit status tells a script.
namespace exitstatus {

constexpr int allSucceeded = 0;
constexpr int someFailed = 1;
constexpr int usageError = 2; // the same as commandline::usageErrorStatus
constexpr int connectionFailed = 3;

// A failure of the connection or of the account rather than of the target: the server could
// not be reached or its answers not read (network, TLS or the profile's CA bundle, time-out,
// HTTP 5xx and 408, an interim 1xx answer, an answer damaged on the way), refused who we are
// (HTTP 401/403, the simulator's codes 4010–4013 for an unknown access code, a bad signature,
// a stale timestamp, an unsupported version), or the gateway's limits refused it (HTTP 429).
// Trying another target would fail the same way.
bool isConnectionFailure(const ApiError &error);

// 0 when every outcome is a success, 3 when a failure was the connection's, else 1.
int of(const QList<JobOutcome> &outcomes);

} // namespace exitstatus

} // namespace cube::cli

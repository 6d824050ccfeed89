#pragma once

#include <QString>

#include <optional>

namespace cube {

// The names of a SIM's life cycle and of an order's status: translated words for people (the
// console's tables, cubectl's text output) and stable keys for scripts (cubectl's JSON and CSV,
// its --status option). The numbers are those on the wire (cube-api.md; OrderStatus).
namespace statewords {

QString lifeCycle(int lifeCycle);
QString orderStatus(int status);

// "pre-activation", "activated", …; "unknown" for a number the contract does not name.
QString lifeCycleKey(int lifeCycle);
// "not-enabled", "in-use", "expired", "cancelled", "ended-early", "paused"; "unknown" otherwise.
QString orderStatusKey(int status);

// The number of a key above, or of a number written as such ("1").
std::optional<int> lifeCycleFromKey(const QString &key);
std::optional<int> orderStatusFromKey(const QString &key);

// Every key, for help texts and error messages.
QString lifeCycleKeys();
QString orderStatusKeys();

} // namespace statewords

} // namespace cube

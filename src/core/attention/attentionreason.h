#pragma once

#include "contract/vocabulary.h"

namespace cube {

// Why a SIM or an order needs someone (the Attention tab, its notifications and
// `cubectl attention --reason`). Numbered in the order the tab ranks them when their dates tie.
enum class AttentionReason {
    Expired = 0,         // an order in use at the last look has expired since
    ExpiresSoon = 1,     // an order in use expires within the profile's days
    RunsOut = 2,         // at its burn rate the plan's data runs out before the plan expires
    LowData = 3,         // the high-speed data left is below the profile's threshold
    NoPlan = 4,          // an activated SIM with no plan in use
    Suspended = 5,       // service paused
    PreDeactivation = 6, // about to be deactivated
};

inline constexpr int attentionReasonCount = 7;

namespace vocabulary {

// "expired", "expires-soon", "runs-out", "low-data", "no-plan", "suspended", "pre-deactivation".
const Vocabulary &attentionReasons();

} // namespace vocabulary

} // namespace cube

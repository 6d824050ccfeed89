#pragma once

#include "attention/attentioninput.h"
#include "attention/attentionresult.h"

namespace cube {

// A look at the account: what needs someone by the input's rules, and the calendar of expiries
// and run-outs. A pure function of its input, so it runs on a worker (a million SIMs and
// 300,000 orders take a second or two there, bench_attention) and is tested without a server.
//
// - Expired: the orders of `expiredSinceLastLook`, and orders still listed in use whose
//   expiry has passed.
// - Expires soon: orders in use whose expiry is within the rules' days.
// - Little data left and runs out: SIMs with an order in use of a plan with data. What is left
//   is what a watched SIM's reading says, else the plan's data less the SIM list's usage; the
//   rate is a watched SIM's last days, else the order's average since it started.
// - No plan, suspended, pre-deactivation: from the SIM list.
AttentionResult findAttention(const AttentionInput &input);

} // namespace cube

#pragma once

#include <QDateTime>

namespace cube::planperiod {

// How long one period of a plan lasts, by its `package_type` (PlanType), in days: one for the
// daily plans, 30, 90, 180 and 365 for the monthly, three-month, six-month and yearly ones. The
// vendor publishes no day counts; these are the simulator's, and the server has the last word
// (a renewal's answer names the new expiry). 0 for a type the contract does not name.
int days(int planType);

// Where renewing an order that expires at `expires` by `periods` periods of a plan of
// `planType` would take its expiry, as far as days() can tell; invalid when it cannot.
QDateTime expiryAfterRenewal(const QDateTime &expires, int planType, int periods);

} // namespace cube::planperiod

#pragma once

#include "attention/attentionrules.h"
#include "contract/servertimezone.h"
#include "fleet/fleetsnapshot.h"
#include "records/orderrecords.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace cube {

// What a watched SIM's full reading found: its data left and its last complete days.
struct WatchedUsage
{
    double leftMb = -1;     // high_flow_balance; negative: not read
    QList<double> lastDays; // MB of each of the last complete days, oldest first
};

// Everything a look at the account goes by, gathered before it (AttentionRefresh) so that the
// look itself (findAttention) is a pure function: the fleet as the SIM list has it, the orders
// in use as the order listing has them, and what was read of the watched SIMs.
struct AttentionInput
{
    FleetSnapshot fleet;
    QList<Order> ordersInUse;
    // Orders in use before whose expiry has passed since the person last looked, and which the
    // listing no longer has in use.
    QList<Order> expiredSinceLastLook;
    QHash<QString, WatchedUsage> watched; // by ICCID
    QDateTime now;
    ServerTimeZone serverZone;
    AttentionRules rules;
};

} // namespace cube

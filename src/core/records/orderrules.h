#pragma once

#include "records/orderrecords.h"

namespace cube {

// Which actions an order's state allows (cube-api.md, "Order life cycle"). The console offers
// only these; the server checks them again.
namespace orderrules {

inline bool canEnable(int status)
{
    return status == int(OrderStatus::NotEnabled);
}
inline bool canCancel(int status)
{
    return status == int(OrderStatus::NotEnabled);
}
inline bool canEndEarly(int status)
{
    return status == int(OrderStatus::InUse);
}
inline bool canRenew(int status)
{
    return status == int(OrderStatus::InUse);
}

} // namespace orderrules

} // namespace cube

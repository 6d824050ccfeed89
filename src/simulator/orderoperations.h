#pragma once

#include "operationrequest.h"

namespace cube::sim::orderops {

// Plan and order operations of the simulator, with the order life cycle of cube-api.md:
// created (not enabled) -> in use -> ended early / expired; cancelled only before enabling;
// renewed only while in use.
SimReply syncPackages(const OperationRequest &request);
SimReply orderPackage(const OperationRequest &request);
SimReply batchOrderPackages(const OperationRequest &request);
SimReply createOtaOrder(const OperationRequest &request);
SimReply renewPackage(const OperationRequest &request);
SimReply queryOrders(const OperationRequest &request);
SimReply openOrder(const OperationRequest &request);
SimReply cancelOrder(const OperationRequest &request);
SimReply endOrderEarly(const OperationRequest &request);

} // namespace cube::sim::orderops

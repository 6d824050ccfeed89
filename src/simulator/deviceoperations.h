#pragma once

#include "operationrequest.h"

namespace cube::sim::deviceops {

// SIM, usage and SMS operations of the simulator.
SimReply queryDeviceList(const OperationRequest &request);
SimReply queryDevice(const OperationRequest &request);
SimReply syncAssetInfo(const OperationRequest &request);
SimReply queryFlowUsage(const OperationRequest &request);
SimReply batchQueryFlowUsage(const OperationRequest &request);
SimReply queryDayFlow(const OperationRequest &request);
SimReply batchQueryMonthFlow(const OperationRequest &request);
SimReply queryCarrierBalance(const OperationRequest &request);
SimReply suspendService(const OperationRequest &request);
SimReply resumeService(const OperationRequest &request);
SimReply sendSms(const OperationRequest &request);

} // namespace cube::sim::deviceops

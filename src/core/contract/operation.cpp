#include "contract/operation.h"

namespace cube {

namespace {

// The one table of operations and paths. A profile may override any path (OperationTable),
// because the inferred ones are guesses until the vendor confirms them.
constexpr OperationInfo operationTable[] = {
    {Operation::QueryDeviceList, u"queryDeviceList", u"/device/queryDeviceList", false, false},
    {Operation::QueryDevice, u"queryDevice", u"/device/queryDevice", true, false},
    {Operation::SyncAssetInfo, u"syncAssetInfo", u"/device/syncAssetInfo", true, false},
    {Operation::QueryFlowUsage, u"queryDeviceFlowUsage", u"/flow/queryDeviceFlowUsage", true,
     false},
    {Operation::BatchQueryFlowUsage, u"batchQueryDeviceFlowUsage",
     u"/flow/batchQueryDeviceFlowUsage", false, false},
    {Operation::QueryDayFlow, u"queryDeviceDayFlow", u"/flow/queryDeviceDayFlow", false, false},
    {Operation::BatchQueryMonthFlow, u"batchQueryMonthFlow", u"/flow/batchQueryMonthFlow", false,
     false},
    {Operation::QueryCarrierBalance, u"getInfoByDeviceId", u"/flow/getInfoByDeviceId", true, false},
    {Operation::SyncPackages, u"syncPackage", u"/package/syncPackage", false, false},
    {Operation::OrderPackage, u"orderPackage", u"/package/orderPackage", true, true},
    {Operation::BatchOrderPackages, u"batchOrderPackages", u"/package/batchOrderPackages", true,
     true},
    {Operation::RenewPackage, u"renewPackage", u"/package/renewPackage", true, true},
    {Operation::QueryOrders, u"queryOrder", u"/package/queryOrder", true, false},
    {Operation::OpenOrder, u"openDeviceOrder", u"/package/openDeviceOrder", false, true},
    {Operation::CancelOrder, u"cancelDeviceOrder", u"/package/cancelDeviceOrder", false, true},
    {Operation::EndOrderEarly, u"aheadFinishDeviceOrder", u"/package/aheadFinishDeviceOrder", true,
     true},
    {Operation::SuspendService, u"pauseService", u"/device/pauseService", true, true},
    {Operation::ResumeService, u"resumeService", u"/device/resumeService", false, true},
    {Operation::CreateOtaOrder, u"createOtaOrder", u"/package/createOtaOrder", true, true},
    {Operation::SendSms, u"sendSms", u"/sms/sendSms", false, true},
};

} // namespace

const OperationInfo &operationInfo(Operation operation)
{
    for (const auto &info : operationTable) {
        if (info.operation == operation)
            return info;
    }
    Q_UNREACHABLE();
}

const QList<Operation> &allOperations()
{
    static const QList<Operation> operations = [] {
        QList<Operation> list;
        for (const auto &info : operationTable)
            list.append(info.operation);
        return list;
    }();
    return operations;
}

QString suggestedPath(Operation operation)
{
    switch (operation) {
    case Operation::SyncPackages:
        return QStringLiteral("/package/syncPackages");
    case Operation::OpenOrder:
        return QStringLiteral("/package/openPackage");
    case Operation::CancelOrder:
        return QStringLiteral("/package/cancelPackage");
    case Operation::ResumeService:
        return QStringLiteral("/device/restartService");
    default:
        break;
    }
    return {};
}

std::optional<Operation> operationFromName(const QString &name)
{
    for (const auto &info : operationTable) {
        if (name == QString::fromUtf16(info.name))
            return info.operation;
    }
    return std::nullopt;
}

} // namespace cube

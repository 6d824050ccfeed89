#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cube {

// Every operation of the Cube (CSSS) API that the console speaks (cube-api.md, "Operations").
enum class Operation {
    QueryDeviceList,
    QueryDevice,
    SyncAssetInfo,
    QueryFlowUsage,
    BatchQueryFlowUsage,
    QueryDayFlow,
    BatchQueryMonthFlow,
    QueryCarrierBalance,
    SyncPackages,
    OrderPackage,
    BatchOrderPackages,
    RenewPackage,
    QueryOrders,
    OpenOrder,
    CancelOrder,
    EndOrderEarly,
    SuspendService,
    ResumeService,
    CreateOtaOrder,
    SendSms,
};

// What the contract says of an operation: its default path, whether the vendor's documentation
// showed that path (confirmed) or we guessed it (inferred), and whether it changes anything on
// the server (a write is never sent twice on its own).
struct OperationInfo
{
    Operation operation;
    const char16_t *name; // stable identifier, used by profiles to override the path
    const char16_t *defaultPath;
    bool confirmed;
    bool write;

    QString nameString() const { return QString::fromUtf16(name); }
    QString defaultPathString() const { return QString::fromUtf16(defaultPath); }
};

const OperationInfo &operationInfo(Operation operation);
// For an inferred path, the one the vendor's sibling API suggests trying first in a profile's
// overrides (cube-api.md); empty when there is none.
QString suggestedPath(Operation operation);
const QList<Operation> &allOperations();
std::optional<Operation> operationFromName(const QString &name);

} // namespace cube

#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace cube {

// What orderPackage, batchOrderPackages and createOtaOrder need (cube-api.md). Field types on
// the wire follow the contract where it says, and the seed's examples where it does not.
struct PlanOrderRequest
{
    QStringList iccids; // one for orderPackage and createOtaOrder, several for the batch
    QString planCode;
    QString planName;
    int planType = 2;      // 0 unlimited daily, 1 daily, 2 monthly, 3 three months, 4 six, 5 yearly
    int periods = 1;       // order_period
    bool enableNow = true; // is_open: 1 enable now, 0 not (OTA SIMs: 0)
    bool globalOrder = false;
    double payAmount = 0;       // sent with two decimals
    bool paid = true;           // pay_rst: 2 paid, 1 unpaid
    std::optional<int> payType; // 0 ipay88, 1 WeChat Pay, 2 Alipay
    QString testFlow;           // sent only when set
    QString testFlowFlag;       // sent only when set
    // createOtaOrder only:
    QString mcc;
    int days = 0;
    int timingType = 0;
};

// Filters and page of /package/queryOrder.
struct OrderQuery
{
    QString iccid;
    QString orderCode;
    std::optional<int> status;
    std::optional<int> type;
    int pageNo = 1;
    int pageSize = 50;
};

// The device types that end early accepts: 1 MiFi, 2 module, 3 travel card, 4 IoT card, 5 SoC.
constexpr int firstDeviceType = 1;
constexpr int lastDeviceType = 5;

} // namespace cube

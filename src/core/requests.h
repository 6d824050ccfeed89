#pragma once

#include "vocabulary.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace cube {

// What orderPackage, batchOrderPackages and createOtaOrder need (cube-api.md). Field types on
// the wire follow the vendor's field table: package_type, is_open, pay_rst and pay_amount are
// strings ("2", "1", "2", "12.50"); order_period, days and the pages are integers.
struct PlanOrderRequest
{
    QStringList iccids; // one for orderPackage and createOtaOrder, several for the batch
    QString planCode;
    QString planName;
    int planType = int(PlanType::Monthly);
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

    // The most SIM cards one batchOrderPackages request carries.
    static constexpr qsizetype batchLimit = 100;
    // The request split into requests of at most batchLimit SIM cards each, in order.
    QList<PlanOrderRequest> inBatches() const
    {
        QList<PlanOrderRequest> batches;
        for (qsizetype first = 0; first < iccids.size(); first += batchLimit) {
            PlanOrderRequest batch = *this;
            batch.iccids = iccids.mid(first, batchLimit);
            batches.append(batch);
        }
        return batches;
    }
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

} // namespace cube

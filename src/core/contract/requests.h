#pragma once

#include "contract/vocabulary.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace cube {

// What orderPackage, batchOrderPackages and createOtaOrder need (cube-api.md). Field types on
// the wire follow the vendor's field tables: every field of these three is a string, codes and
// counts included (package_type "2", order_period "1", is_open "1", global_order "0", pay_rst
// "2", pay_amount "12.50", pay_type "2", test_flow "0"); only createOtaOrder's days is an
// integer.
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
    std::optional<int> payType; // 0 ipay88, 1 WeChat Pay, 2 Alipay; required by createOtaOrder
    // Required by all three: the test data volume and the test flag, "usually 0" (the vendor).
    QString testFlow = QStringLiteral("0");
    QString testFlowFlag = QStringLiteral("0");
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

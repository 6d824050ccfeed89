#pragma once

#include "contract/vocabulary.h"
#include "records/jsonreader.h"
#include "records/pageinfo.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cube {

// One data-plan order as /package/queryOrder lists it (camelCase fields).
struct Order
{
    QString orderCode;
    QString iccid;
    QString planCode;
    QString planName;
    int status = 0; // an OrderStatus value, kept as sent so that an unknown one is not lost
    int type = 0;
    QDateTime ordered;
    QDateTime starts;
    QDateTime expires;
    double flowMb = 0; // the plan's data for one period
    int buyType = 0;
    int periods = 1;

    static Order read(JsonReader &reader);
};

struct OrderPage
{
    PageInfo page;
    QList<Order> orders;
    qint64 orderCount = 0;
};

// The answer to orderPackage and createOtaOrder.
struct PlacedOrder
{
    QString orderId;
    QDateTime starts;
    QDateTime expires;

    static PlacedOrder read(JsonReader &reader);
};

// One SIM's line in the answer to batchOrderPackages.
struct BatchOrderLine
{
    QString iccid;
    QString errorCode; // "0000" when this SIM's order was placed
    QString errorMessage;
    QString orderId;
    QDateTime starts;
    QDateTime expires;

    bool ok() const { return errorCode == QLatin1StringView("0000"); }
    static BatchOrderLine read(JsonReader &reader);
};

// The answer to renewPackage.
struct RenewedOrder
{
    QString orderId;
    QDateTime expires;

    static RenewedOrder read(JsonReader &reader);
};

} // namespace cube

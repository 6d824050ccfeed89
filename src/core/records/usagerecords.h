#pragma once

#include "records/jsonreader.h"

#include <QDate>
#include <QString>

namespace cube {

// Data volumes are in MB, as the server sends them.

// /flow/queryDeviceFlowUsage: usage of the order in use.
struct FlowUsage
{
    QString iccid;
    QString orderCode;
    double usedMb = 0;
    double highSpeedBalanceMb = 0;

    static FlowUsage read(JsonReader &reader);
};

// /flow/queryDeviceDayFlow (inferred): {device_id, date, flow}.
struct DayUsage
{
    QString iccid;
    QDate date;
    double usedMb = 0;

    static DayUsage read(JsonReader &reader);
};

// /flow/batchQueryMonthFlow (inferred): {device_id, month, flow}.
struct MonthUsage
{
    QString iccid;
    QString month; // yyyy-MM
    double usedMb = 0;

    static MonthUsage read(JsonReader &reader);
};

// /flow/getInfoByDeviceId: the IMSI in use and what the carrier says is left.
struct CarrierBalance
{
    QString imsi;
    double remainingMb = 0;

    static CarrierBalance read(JsonReader &reader);
};

} // namespace cube

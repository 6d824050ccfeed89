#pragma once

#include "records/jsonreader.h"
#include "records/pageinfo.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cube {

// A SIM card as /device/queryDevice and /device/queryDeviceList describe it. The field names
// of the list are inferred (cube-api.md): `device_id` (the ICCID) is the one that must be there.
struct SimCard
{
    QString iccid;
    QString imsi;
    QString msisdn;
    int lifeCycle = 0;      // 1 pre-activation, 2 activated, 3 pre-deactivation, 4 deactivated
    bool suspended = false; // service paused with pauseService
    QString planCode;
    QString planName;
    QString orderCode; // the order in use, if any
    double usedFlowMb = 0;
    QDateTime updated;

    static SimCard read(JsonReader &reader);
};

// One page of the account's SIM cards: {page: {...}, device_list: [...]}.
struct SimPage
{
    PageInfo page;
    QList<SimCard> sims;
};

// A SIM in use, from /device/syncAssetInfo: {assetId, lifeCycle, ...}.
struct AssetInfo
{
    QString iccid;
    int lifeCycle = 0;

    static AssetInfo read(JsonReader &reader);
};

} // namespace cube

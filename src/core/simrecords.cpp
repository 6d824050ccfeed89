#include "simrecords.h"

using namespace Qt::StringLiterals;

namespace cube {

SimCard SimCard::read(JsonReader &reader)
{
    using Need = JsonReader::Need;
    SimCard sim;
    sim.iccid = reader.string(u"device_id"_s, Need::Required);
    sim.imsi = reader.string(u"imsi"_s);
    sim.msisdn = reader.string(u"msisdn"_s);
    sim.lifeCycle = int(reader.integer(u"life_cycle"_s));
    sim.suspended = reader.boolean(u"suspended"_s);
    sim.planCode = reader.string(u"package_code"_s);
    sim.planName = reader.string(u"package_name"_s);
    sim.orderCode = reader.string(u"order_code"_s);
    sim.usedFlowMb = reader.number(u"used_flow"_s);
    sim.updated = reader.dateTime(u"update_time"_s);
    return sim;
}

AssetInfo AssetInfo::read(JsonReader &reader)
{
    AssetInfo asset;
    asset.iccid = reader.string(u"assetId"_s, JsonReader::Need::Required);
    asset.lifeCycle = int(reader.integer(u"lifeCycle"_s));
    return asset;
}

} // namespace cube

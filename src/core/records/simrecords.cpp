#include "records/simrecords.h"

using namespace Qt::StringLiterals;

namespace cube {

SimCard SimCard::read(JsonReader &reader)
{
    using Need = JsonReader::Need;
    SimCard sim;
    sim.iccid = reader.identifier(u"device_id"_s, Need::Required);
    sim.imsi = reader.identifier(u"imsi"_s);
    sim.msisdn = reader.identifier(u"msisdn"_s);
    sim.lifeCycle = int(reader.integer(u"life_cycle"_s));
    sim.suspended = reader.boolean(u"suspended"_s);
    sim.planCode = reader.identifier(u"package_code"_s);
    sim.planName = reader.string(u"package_name"_s);
    sim.orderCode = reader.identifier(u"order_code"_s);
    sim.usedFlowMb = reader.number(u"used_flow"_s);
    sim.updated = reader.dateTime(u"update_time"_s);
    return sim;
}

AssetInfo AssetInfo::read(JsonReader &reader)
{
    AssetInfo asset;
    asset.iccid = reader.identifier(u"assetId"_s, JsonReader::Need::Required);
    asset.lifeCycle = int(reader.integer(u"lifeCycle"_s));
    return asset;
}

} // namespace cube

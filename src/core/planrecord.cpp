#include "planrecord.h"

using namespace Qt::StringLiterals;

namespace cube {

Plan Plan::read(JsonReader &reader)
{
    using Need = JsonReader::Need;
    Plan plan;
    plan.code = reader.string(u"package_code"_s, Need::Required);
    plan.name = reader.string(u"package_name"_s, Need::Required);
    plan.type = int(reader.integer(u"package_type"_s, Need::Required));
    plan.price = reader.number(u"price"_s);
    plan.flowMb = reader.number(u"flow"_s);
    return plan;
}

} // namespace cube

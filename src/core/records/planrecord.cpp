#include "records/planrecord.h"

using namespace Qt::StringLiterals;

namespace cube {

Plan Plan::read(JsonReader &reader)
{
    using Need = JsonReader::Need;
    Plan plan;
    plan.code = reader.identifier(u"package_code"_s, Need::Required);
    plan.name = reader.string(u"package_name"_s, Need::Required);
    plan.type = int(reader.integer(u"package_type"_s, Need::Required));
    plan.price = reader.number(u"price"_s);
    // syncPackage's answer is inferred: its currency's name is a guess too.
    plan.currency = reader.identifier(u"currency"_s);
    if (plan.currency.isEmpty())
        plan.currency = reader.identifier(u"currency_code"_s);
    plan.flowMb = reader.number(u"flow"_s);
    return plan;
}

} // namespace cube

// libFuzzer target: any bytes as a Cube server's answer, through the envelope and every
// response parser. Whatever comes, the parsers return a value or an error: no crash, no
// undefined behaviour, no unbounded work.
#include "base/servertext.h"
#include "records/pagewalk.h"
#include "records/responseparsers.h"
#include "transport/apienvelope.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

template<typename T>
void exercise(const cube::ApiResult<T> &result)
{
    if (!result.ok())
        (void)result.error().message();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const cube::ApiResult<QJsonValue> envelope = cube::parseEnvelope(body);
    if (!envelope.ok()) {
        (void)envelope.error().message();
        return 0;
    }
    const QJsonValue &value = envelope.value();
    namespace parse = cube::parse;
    const auto sims = parse::simPage(value, cube::ServerTimeZone());
    exercise(sims);
    if (sims.ok()) {
        cube::PageWalk walk;
        (void)walk.arrived(sims.value().page, sims.value().sims.size());
    }
    exercise(parse::orderPage(value, cube::ServerTimeZone()));
    exercise(parse::batchOrder(value, cube::ServerTimeZone()));
    exercise(parse::sentSms(value, cube::ServerTimeZone()));
    exercise(parse::accepted(value, cube::ServerTimeZone()));
    exercise(parse::object<cube::SimCard>(value, cube::ServerTimeZone()));
    exercise(parse::object<cube::FlowUsage>(value, cube::ServerTimeZone()));
    exercise(parse::object<cube::DayUsage>(value, cube::ServerTimeZone()));
    exercise(parse::object<cube::CarrierBalance>(value, cube::ServerTimeZone()));
    exercise(parse::object<cube::PlacedOrder>(value, cube::ServerTimeZone()));
    exercise(parse::object<cube::RenewedOrder>(value, cube::ServerTimeZone()));
    exercise(parse::list<cube::AssetInfo>(value, cube::ServerTimeZone()));
    exercise(parse::list<cube::Plan>(value, cube::ServerTimeZone()));
    exercise(parse::list<cube::FlowUsage>(value, cube::ServerTimeZone()));
    exercise(parse::list<cube::MonthUsage>(value, cube::ServerTimeZone()));
    (void)cube::cleanServerText(QString::fromUtf8(body));
    return 0;
}

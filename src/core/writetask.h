#pragma once

#include "operation.h"

#include <QJsonObject>
#include <QString>

namespace cube {

// One write as a bulk job keeps it, to send it later (a job resumed after it was cut short):
// the operation, the order code or ICCID, and the job's parameters.
struct WriteTask
{
    // The keys of `parameters`.
    static constexpr char16_t reasonKey[] = u"reason";
    static constexpr char16_t deviceTypeKey[] = u"device_type";
    static constexpr char16_t periodsKey[] = u"periods";

    Operation operation = Operation::EndOrderEarly;
    QString subject;
    QJsonObject parameters;
};

} // namespace cube

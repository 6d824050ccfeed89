#pragma once

#include "contract/operation.h"

#include <QJsonObject>
#include <QString>

namespace cube {

// One write as a bulk job keeps it, to send it later (a job resumed after it was cut short):
// the operation, the order code or ICCID, and the job's parameters.
struct WriteTask
{
    // The keys of `parameters`.
    static inline const QString reasonKey = QStringLiteral("reason");
    static inline const QString deviceTypeKey = QStringLiteral("device_type");
    static inline const QString periodsKey = QStringLiteral("periods");

    Operation operation = Operation::EndOrderEarly;
    QString subject;
    QJsonObject parameters;
};

} // namespace cube

#pragma once

#include "contract/operation.h"
#include "contract/requests.h"

#include <QJsonObject>
#include <QString>

#include <utility>

namespace cube {

// One write to send: the operation, what it is about (an order code or an ICCID; the first
// ICCID of a plan order) and its parameters. A bulk job keeps the first three to send them
// later (a job resumed after it was cut short); a plan order carries its request, which no job
// keeps.
struct WriteTask
{
    // The keys of `parameters`.
    static inline const QString reasonKey = QStringLiteral("reason");
    static inline const QString deviceTypeKey = QStringLiteral("device_type");
    static inline const QString periodsKey = QStringLiteral("periods");
    static inline const QString textKey = QStringLiteral("text");

    WriteTask() = default;
    WriteTask(Operation writing, QString about, QJsonObject with = {})
        : operation(writing)
        , subject(std::move(about))
        , parameters(std::move(with))
    {}

    Operation operation = Operation::EndOrderEarly;
    QString subject;
    QJsonObject parameters;
    PlanOrderRequest planOrder; // orderPackage, batchOrderPackages and createOtaOrder
};

} // namespace cube

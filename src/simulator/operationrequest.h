#pragma once

#include "fleet.h"
#include "rejection.h"
#include "requestfields.h"
#include "simreply.h"

#include <QDateTime>
#include <QJsonObject>

namespace cube::sim {

// One request as an operation handler sees it: the fleet to read and change, the body, the
// simulator's "now", the language of the answer and the gateway's largest page (0: none).
struct OperationRequest
{
    Fleet &fleet;
    const QJsonObject &body;
    QDateTime now;
    ReplyLanguage language;
    qint64 maxPageSize = 0;

    SimReply ok(QJsonValue data = QJsonValue::Null) const
    {
        return SimReply::ok(std::move(data), language);
    }
    SimReply rejected(Rejection rejection, const QString &detail = {}) const
    {
        return SimReply::rejected(rejection, language, detail);
    }
    SimReply rejected(const RequestFields &fields) const
    {
        return rejected(fields.rejection(), fields.detail());
    }
};

} // namespace cube::sim

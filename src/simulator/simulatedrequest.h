#pragma once

#include "rejection.h"
#include "simulatoraccount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cube::sim {

// Why a request was refused, and the field it concerns (if any) for the message.
struct RequestProblem
{
    Rejection rejection;
    QString detail;
};

// The body of a request as the simulator sees it, with the checks that every Cube operation
// makes before it looks at its own fields.
class SimulatedRequest final
{
public:
    // How far the request's timestamp may be from the simulator's clock.
    static constexpr qint64 allowedClockSkewSeconds = 5 * 60;

    // Parses the raw body; a body that is not a JSON object is a problem of its own.
    static std::optional<RequestProblem> parse(const QByteArray &rawBody, SimulatedRequest &out);

    // Version, access code, timestamp window and signature, in that order.
    std::optional<RequestProblem> checkCommonFields(const SimulatorAccount &account,
                                                    const QDateTime &now) const;

    const QJsonObject &body() const { return m_body; }

private:
    std::optional<RequestProblem> checkTimestamp(const QDateTime &now) const;

    QJsonObject m_body;
};

} // namespace cube::sim

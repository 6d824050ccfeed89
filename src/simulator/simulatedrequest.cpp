#include "simulatedrequest.h"

#include "transport/requestsigner.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace cube::sim {

namespace {

std::optional<RequestProblem> requireString(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return RequestProblem{Rejection::MissingField, field};
    if (!value.isString())
        return RequestProblem{Rejection::WrongFieldType, field};
    return std::nullopt;
}

} // namespace

std::optional<RequestProblem> SimulatedRequest::parse(const QByteArray &rawBody,
                                                      SimulatedRequest &out)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(rawBody, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return RequestProblem{Rejection::MalformedBody, {}};
    out.m_body = document.object();
    return std::nullopt;
}

std::optional<RequestProblem> SimulatedRequest::checkCommonFields(const SimulatorAccount &account,
                                                                  const QDateTime &now) const
{
    for (const auto &field : {u"access_code"_s, u"timestamp"_s, u"version"_s, u"sign"_s}) {
        if (auto problem = requireString(m_body, field))
            return problem;
    }
    const QString version = m_body.value("version"_L1).toString();
    if (version != "2.0"_L1)
        return RequestProblem{Rejection::UnsupportedVersion, version};
    if (m_body.value("access_code"_L1).toString() != account.accessCode)
        return RequestProblem{Rejection::UnknownAccessCode, {}};
    if (auto problem = checkTimestamp(now))
        return problem;
    if (!RequestSigner(account.secret).verify(m_body))
        return RequestProblem{Rejection::BadSignature, {}};
    return std::nullopt;
}

std::optional<RequestProblem> SimulatedRequest::checkTimestamp(const QDateTime &now) const
{
    // Seconds (10 digits) as every example shows, or milliseconds (13 digits) as one table does.
    const QString text = m_body.value("timestamp"_L1).toString();
    bool isNumber = false;
    const qint64 value = text.toLongLong(&isNumber);
    if (!isNumber || (text.size() != 10 && text.size() != 13))
        return RequestProblem{Rejection::StaleTimestamp, {}};
    const qint64 seconds = text.size() == 13 ? value / 1000 : value;
    if (std::llabs(now.toSecsSinceEpoch() - seconds) > allowedClockSkewSeconds)
        return RequestProblem{Rejection::StaleTimestamp, {}};
    return std::nullopt;
}

} // namespace cube::sim

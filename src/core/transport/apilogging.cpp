#include "transport/apilogging.h"

#include "records/jsonrewrite.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cube {

// Debug output (every request and answer) only when asked: QT_LOGGING_RULES="cube.*.debug=true".
Q_LOGGING_CATEGORY(lcApi, "cube.api", QtInfoMsg)

namespace {

QJsonValue masked(const QJsonValue &value)
{
    return rewriteMembers(value, [](const QString &key, const QJsonValue &) {
        return key == "sign"_L1 || key == "secret"_L1 ? std::optional(QJsonValue(u"***"_s))
                                                      : std::nullopt;
    });
}

} // namespace

QByteArray maskedForLog(const QJsonObject &body)
{
    return QJsonDocument(masked(body).toObject()).toJson(QJsonDocument::Compact);
}

QByteArray maskedForLog(const QByteArray &jsonBody)
{
    const QJsonDocument document = QJsonDocument::fromJson(jsonBody);
    if (document.isObject())
        return maskedForLog(document.object());
    // Not JSON: log only its size, as it could hold anything.
    return "<" + QByteArray::number(jsonBody.size()) + " bytes, not a JSON object>";
}

} // namespace cube

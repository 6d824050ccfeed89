#include "apilogging.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cube {

// Debug output (every request and answer) only when asked: QT_LOGGING_RULES="cube.*.debug=true".
Q_LOGGING_CATEGORY(lcApi, "cube.api", QtInfoMsg)

namespace {

QJsonValue masked(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &element : value.toArray())
            array.append(masked(element));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == "sign"_L1 || it.key() == "secret"_L1)
            it.value() = u"***"_s;
        else
            it.value() = masked(it.value());
    }
    return object;
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

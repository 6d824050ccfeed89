#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QLoggingCategory>

namespace cube {

Q_DECLARE_LOGGING_CATEGORY(lcApi) // "cube.api": requests, answers, retries

// `body` as compact JSON with `sign`, `secret` and any nested copies of them shown as "***",
// for logs: a signature is as good as a password for the request it signs.
QByteArray maskedForLog(const QJsonObject &body);
QByteArray maskedForLog(const QByteArray &jsonBody);

} // namespace cube

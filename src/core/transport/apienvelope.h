#pragma once

#include "contract/apiresult.h"

#include <QByteArray>
#include <QJsonValue>

namespace cube {

// Reads the Cube envelope {"code", "data", "message", "success"}: the `data` of a "0000"
// answer, a Server error carrying any other code and its message, or a MalformedResponse
// error for anything that is not the envelope (an HTML error page, a truncated body…).
ApiResult<QJsonValue> parseEnvelope(const QByteArray &body);

} // namespace cube

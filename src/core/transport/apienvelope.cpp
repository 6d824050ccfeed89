#include "transport/apienvelope.h"

#include "base/servertext.h"
#include "records/recordparsing.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

constexpr auto successCode = "0000"_L1;

QString describeNonJson(const QByteArray &body, const QJsonParseError &error)
{
    const QByteArray start = body.trimmed().left(64).toLower();
    if (start.isEmpty())
        return u"empty body"_s;
    if (start.startsWith("<!doctype html") || start.startsWith("<html"))
        return u"an HTML page instead of JSON"_s;
    return u"not JSON (%1 at byte %2)"_s.arg(error.errorString()).arg(error.offset);
}

} // namespace

ApiResult<QJsonValue> parseEnvelope(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformedResponse(describeNonJson(body, parseError));
    if (!document.isObject())
        return malformedResponse(u"the answer is not a JSON object"_s);

    const QJsonObject envelope = document.object();
    const QJsonValue codeValue = envelope.value("code"_L1);
    QString code;
    if (codeValue.isString())
        code = codeValue.toString().trimmed();
    else if (codeValue.isDouble())
        code = QString::number(codeValue.toDouble()); // as written: 0.5 never reads as "0000"
    if (code.isEmpty())
        return malformedResponse(u"the answer has no \"code\""_s);

    // Success is the string "0000" and nothing else; a `success` flag may only agree with it.
    const QJsonValue successFlag = envelope.value("success"_L1);
    if (!successFlag.isUndefined() && !successFlag.isNull() && !successFlag.isBool())
        return malformedResponse(u"\"success\" is neither true nor false"_s);
    if (code == successCode && successFlag == QJsonValue(false))
        return malformedResponse(u"the answer says \"0000\" and \"success\": false"_s);

    if (code != successCode) {
        ApiError error;
        error.kind = ApiErrorKind::Server;
        error.serverCode = cleanIdentifier(code);
        error.serverMessage = cleanServerText(envelope.value("message"_L1).toString());
        return error;
    }
    // An answer without `data` is read as the seed's `"data": null`.
    const QJsonValue data = envelope.value("data"_L1);
    return data.isUndefined() ? QJsonValue(QJsonValue::Null) : data;
}

} // namespace cube

#pragma once

#include <QString>

namespace cube::sim {

// Every reason the simulator refuses a request, each with its own code. The codes are the
// simulator's own (the vendor's code table could not be read); README.md lists them too.
enum class Rejection {
    MalformedBody,      // 4000: the body is not a JSON object
    MissingField,       // 4001: a required field is absent or empty
    WrongFieldType,     // 4002: a field has the wrong JSON type
    InvalidValue,       // 4003: a field's value is out of range or badly formed
    UnknownAccessCode,  // 4010
    BadSignature,       // 4011
    StaleTimestamp,     // 4012: more than five minutes from the simulator's clock
    UnsupportedVersion, // 4013: `version` is not "2.0"
    UnknownOperation,   // 4040: no operation at this path
    UnknownIccid,       // 4041: no SIM with this ICCID in the account
    UnknownOrder,       // 4042: no order with this code
    UnknownPlan,        // 4043: no plan with this code
    WrongOrderState,    // 4090: the order's state does not allow the action
    WrongSimState,      // 4091: the SIM's state does not allow the action
    WrongMethod,        // 4050: not a POST
};

// Which language the simulator answers in: Chinese unless the request asks for English, as
// the vendor's server does when Accept-Language is absent.
enum class ReplyLanguage { Chinese, English };

ReplyLanguage replyLanguageFor(const QByteArray &acceptLanguageHeader);

// The envelope's `code` for a rejection, e.g. "4011".
QString rejectionCode(Rejection rejection);

// The envelope's `message`, in the requested language; `detail` fills in the field's name
// where the message names one.
QString rejectionMessage(Rejection rejection, ReplyLanguage language, const QString &detail = {});

} // namespace cube::sim

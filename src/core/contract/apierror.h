#pragma once

#include "contract/operation.h"

#include <QCoreApplication>
#include <QString>

namespace cube {

enum class ApiErrorKind {
    Network,           // no connection, refused, reset, DNS…
    Timeout,           // no complete answer within the transfer time-out
    Tls,               // certificate or handshake problem, or an unusable CA bundle; never ignored
    HttpStatus,        // an HTTP status other than 200 (500, 503, 429, 404, an interim 103…)
    Server,            // the envelope's code is not "0000"
    MalformedResponse, // not the envelope, or data without the fields it must have
    Cancelled,         // the person (or the program) cancelled the request
    InvalidInput,      // refused before sending: an ICCID of the wrong length, an empty reason…
    NotSent,           // held back before sending (ClientOptions::writeGate); `detail` says why
    NotFound,          // the server answered, but not with the record asked for (`subject`)
    NotRecorded,       // a write held back: the journal of changes cannot be written (`detail`)
};

// Everything a failed call tells: what kind of failure, the server's own code and message when
// it sent them, and a sentence for a person that says what to do next.
class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    ApiErrorKind kind = ApiErrorKind::Network;
    Operation operation = Operation::QueryDevice;
    int httpStatus = 0;    // when the server answered at all
    QString serverCode;    // the envelope's `code`
    QString serverMessage; // the envelope's `message`, in the language asked for
    QString detail;        // technical detail (Qt's error text, the missing field…)
    // A write that may have reached the server: it was sent and no usable answer came.
    // It is never sent again on its own; ChangeWriter re-reads the state to settle it.
    bool outcomeUnknown = false;
    QString subject; // the order code or ICCID the write was about, for messages
    QString path;    // the URL path the request went to, when it was sent
    // A compressed answer that could not be unpacked (MalformedResponse): its Content-Encoding.
    QString contentEncoding;
    // The CA bundle named in the profile, which cannot be used (Tls; `detail` says why):
    // nothing was sent.
    QString caBundle;

    // The server knows no operation at `path`: HTTP 404, or the envelope's code 4040.
    bool isNoSuchPath() const
    {
        return (kind == ApiErrorKind::HttpStatus && httpStatus == 404)
               || (kind == ApiErrorKind::Server && serverCode == QLatin1String("4040"));
    }

    // What happened and what to do, translated; names the server's code and message.
    QString message() const;
    // Only an interim answer came (102 Processing, 103 Early Hints: `detail` has its reason
    // phrase), which Qt ends the request at: the final answer after it could not be read.
    bool isInterim() const
    {
        return kind == ApiErrorKind::HttpStatus && httpStatus >= 100 && httpStatus < 200;
    }
    // An HTTP status by which the server clearly says it did not do what was asked: a 4xx
    // other than 408 (the server stopped waiting, maybe after passing the request on). Any
    // other unexpected status leaves a write's outcome unknown (ApiCall); 429 has its own words.
    bool isRefusal() const
    {
        return kind == ApiErrorKind::HttpStatus && httpStatus >= 400 && httpStatus < 500
               && httpStatus != 408 && httpStatus != 429;
    }
    // An HTTP redirect, which is never followed (`detail` names where it pointed).
    bool isRedirect() const
    {
        return kind == ApiErrorKind::HttpStatus && httpStatus >= 300 && httpStatus < 400;
    }

private:
    QString what() const;
    QString advice() const;
};

} // namespace cube

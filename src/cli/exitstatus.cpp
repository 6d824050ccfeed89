#include "exitstatus.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace cube::cli::exitstatus {

bool isConnectionFailure(const ApiError &error)
{
    switch (error.kind) {
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::Tls:
    case ApiErrorKind::NotRecorded: // every target would be held back the same way
        return true;
    case ApiErrorKind::HttpStatus:
        // The gateway's limits (429) hold for every target alike, as does a server that
        // stops at an interim answer (1xx) or gives up waiting (408).
        return error.httpStatus >= 500 || error.httpStatus == 401 || error.httpStatus == 403
               || error.httpStatus == 429 || error.httpStatus == 408 || error.isInterim();
    case ApiErrorKind::Server: {
        static const QStringList accountCodes = {u"4010"_s, u"4011"_s, u"4012"_s, u"4013"_s};
        return accountCodes.contains(error.serverCode);
    }
    case ApiErrorKind::MalformedResponse:
        // Damaged on the way (a compressed answer that does not unpack): every answer would be.
        return !error.contentEncoding.isEmpty();
    case ApiErrorKind::Cancelled:
    case ApiErrorKind::InvalidInput:
    case ApiErrorKind::NotSent:
    case ApiErrorKind::NotFound:
        return false;
    }
    return false;
}

int of(const QList<JobOutcome> &outcomes)
{
    int status = allSucceeded;
    for (const JobOutcome &outcome : outcomes) {
        if (outcome.ok())
            continue;
        if (outcome.error && isConnectionFailure(*outcome.error))
            return connectionFailed;
        status = someFailed;
    }
    return status;
}

} // namespace cube::cli::exitstatus

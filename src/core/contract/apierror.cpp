#include "contract/apierror.h"

using namespace Qt::StringLiterals;

namespace cube {

QString ApiError::message() const
{
    QString text = what();
    if (outcomeUnknown) {
        text += u' '
                + tr("The request was sent but no usable answer came, so it may or may not have "
                     "taken effect. It was not sent again: refresh to see what actually happened "
                     "before trying again.");
    } else {
        const QString next = advice();
        if (!next.isEmpty())
            text += u' ' + next;
    }
    return text;
}

QString ApiError::what() const
{
    if (isNoSuchPath())
        return tr("The Cube server has no operation at %1 (%2, asked for %3).")
            .arg(path.isEmpty() ? tr("this path") : path,
                 httpStatus == 404 ? tr("HTTP 404") : tr("code %1").arg(serverCode),
                 operationInfo(operation).nameString());
    switch (kind) {
    case ApiErrorKind::Network:
        // Sent, then cut: the server was reached.
        if (outcomeUnknown)
            return tr("The connection to the Cube server broke before its answer came (%1).")
                .arg(detail);
        return tr("Could not reach the Cube server (%1).").arg(detail);
    case ApiErrorKind::Timeout:
        return tr("The Cube server did not answer in time.");
    case ApiErrorKind::Tls:
        if (!caBundle.isEmpty()) // `detail` names the file and says what is wrong with it
            return detail + u' ' + tr("Nothing was sent.");
        return tr("The secure connection to the Cube server failed: %1.").arg(detail);
    case ApiErrorKind::HttpStatus:
        if (isRedirect())
            return tr("The Cube server answered with a redirect (HTTP %1) to %2; it was not "
                      "followed, and nothing more was sent.")
                .arg(httpStatus)
                .arg(detail.isEmpty() ? tr("no address") : detail);
        if (isInterim())
            return tr("The Cube server sent only an interim answer (HTTP %1%2), and its final "
                      "answer could not be read after it.")
                .arg(httpStatus)
                .arg(detail.isEmpty() ? QString() : u' ' + detail);
        if (httpStatus == 429 && !detail.isEmpty())
            return tr("The Cube server refused the request for its limits (HTTP 429): %1.")
                .arg(detail);
        if (isRefusal())
            return tr("The Cube server refused the request (HTTP %1).").arg(httpStatus);
        return tr("The Cube server answered with HTTP status %1.").arg(httpStatus);
    case ApiErrorKind::Server:
        return serverMessage.isEmpty()
                   ? tr("The Cube server refused the request (code %1).").arg(serverCode)
                   : tr("The Cube server refused the request: %1 (code %2).")
                         .arg(serverMessage, serverCode);
    case ApiErrorKind::MalformedResponse:
        if (!contentEncoding.isEmpty())
            return tr("The Cube server's answer arrived damaged: it was compressed (%1) and "
                      "could not be unpacked.")
                .arg(contentEncoding);
        return tr("The Cube server's answer could not be read: %1.").arg(detail);
    case ApiErrorKind::Cancelled:
        return tr("The request was cancelled.");
    case ApiErrorKind::InvalidInput:
        return tr("Nothing was sent: %1").arg(detail);
    case ApiErrorKind::NotSent:
        return detail.isEmpty() ? tr("Not sent.") : tr("Not sent: %1").arg(detail);
    case ApiErrorKind::NotFound:
        return tr("The Cube server has no %1.").arg(subject);
    case ApiErrorKind::NotRecorded:
        return tr("Nothing was sent: %1").arg(detail);
    }
    return {};
}

QString ApiError::advice() const
{
    if (isNoSuchPath()) {
        const OperationInfo &info = operationInfo(operation);
        QString text = info.confirmed
                           ? tr("The vendor documents this path: check the profile's base URL.")
                           : tr("This path is inferred, not confirmed by the vendor. Set the "
                                "right one in the profile (Edit profile, Path overrides: "
                                "%1=/path).")
                                 .arg(info.nameString());
        if (const QString suggested = suggestedPath(operation); !suggested.isEmpty())
            text +=
                u' '
                + tr("The vendor's sibling API suggests %1=%2.").arg(info.nameString(), suggested);
        return text;
    }
    switch (kind) {
    case ApiErrorKind::Network:
        return tr("Check the network connection and the profile's base URL, then try again.");
    case ApiErrorKind::Timeout:
        return tr("Try again; if it keeps happening, raise the profile's time-out.");
    case ApiErrorKind::Tls:
        if (!caBundle.isEmpty())
            return tr("Correct the CA bundle in the profile, or clear it to trust only the "
                      "system's certificates, then try again.");
        return tr("Check the base URL and, for a private gateway, the profile's CA bundle.");
    case ApiErrorKind::HttpStatus:
        if (httpStatus == 429) // the wait may be hours (a spent daily quota): no "moment"
            return tr("The gateway is limiting requests; try again once it allows more.");
        if (isInterim())
            return tr("Try again; if it keeps happening, ask the gateway's operator to turn off "
                      "interim answers (such as 103 Early Hints) for the Cube API.");
        if (isRedirect())
            return tr("The Cube API never redirects: check the profile's base URL (https, the "
                      "right host) and any proxy on the way.");
        if (isRefusal())
            return tr("It was not done. Check the profile's base URL, access code and secret, "
                      "then try again.");
        return tr("The server has a problem; try again later.");
    case ApiErrorKind::Server:
        return {}; // the server's own message says it best
    case ApiErrorKind::MalformedResponse:
        if (!contentEncoding.isEmpty())
            return tr("Try again; if it keeps happening, something on the way (a proxy or the "
                      "gateway) damages the answers: tell its operator.");
        return tr("Check that the base URL points to a Cube API server.");
    case ApiErrorKind::Cancelled:
    case ApiErrorKind::InvalidInput:
    case ApiErrorKind::NotSent:
        return {};
    case ApiErrorKind::NotFound:
        return tr("Check the ICCID or order code.");
    case ApiErrorKind::NotRecorded:
        return {}; // the journal's words (detail) say what to do: free space, or wait for a lock
    }
    return {};
}

} // namespace cube

#include "transport/apicall.h"

#include "base/servertext.h"
#include "base/waitwords.h"
#include "journal/journalrecorder.h"
#include "transport/apicallhost.h"
#include "transport/apienvelope.h"
#include "transport/apilogging.h"
#include "transport/requestgovernor.h"

#include <QLocale>
#include <QNetworkReply>
#include <QSslError>

#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace cube {

namespace {

// Network errors that happen before a byte of the request leaves: a write that failed with
// one of these certainly did not reach the server.
bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return true;
    default:
        return false;
    }
}

// Retry-After as seconds or as an HTTP date.
std::optional<std::chrono::milliseconds> retryAfter(QNetworkReply *reply)
{
    const QByteArray header = reply->rawHeader("Retry-After").trimmed();
    if (header.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = header.toLongLong(&isNumber);
    if (isNumber) // at most a day: a larger number would overflow in milliseconds
        return std::chrono::seconds(qBound(qint64(0), seconds, qint64(24 * 3600)));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(
        qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

} // namespace

ApiCall::ApiCall(ApiCallHost &host, Operation operation, QJsonObject fields, QString subject,
                 QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_operation(operation)
    , m_fields(std::move(fields))
    , m_subject(std::move(subject))
{
    m_transferTimer.setSingleShot(true);
    m_backoffTimer.setSingleShot(true);
    connect(&m_transferTimer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_backoffTimer, &QTimer::timeout, this, &ApiCall::attempt);
}

ApiCall::~ApiCall()
{
    releasePlace();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start()
{
    if (m_started || isFinished())
        return;
    m_started = true;
    m_sinceStart.start();
    if (operationInfo(m_operation).write) {
        if (std::optional<ApiError> held = m_host.withheld(m_operation, m_fields)) {
            held->kind = ApiErrorKind::NotSent;
            return refuse(*held);
        }
        if (std::optional<ApiError> unrecorded = recordInJournal())
            return refuse(*unrecorded);
    }
    attempt();
}

std::optional<ApiError> ApiCall::recordInJournal()
{
    JournalRecorder *recorder = m_host.recorder();
    if (!recorder)
        return std::nullopt;
    JournalEntry entry = m_host.journalEntry(m_operation, m_fields);
    entry.job = m_jobItem;
    const std::optional<QString> why = recorder->recordWrite(entry);
    if (!why) {
        m_journalEntry = entry.id;
        return std::nullopt;
    }
    ApiError error;
    error.kind = ApiErrorKind::NotRecorded;
    error.operation = m_operation;
    error.subject = m_subject;
    error.detail = *why;
    return error;
}

void ApiCall::refuse(ApiError error)
{
    // Finished from the event loop, as a real answer would be: the caller connects to
    // finished() after the call is made, and the host may be starting its queue.
    QMetaObject::invokeMethod(
        this, [this, error] { finish(withContext(error, nullptr)); }, Qt::QueuedConnection);
}

void ApiCall::attempt()
{
    m_host.governor().enqueue(this, [this] { send(); });
}

void ApiCall::releasePlace()
{
    if (std::exchange(m_holdsPlace, false))
        m_host.governor().release(m_departed);
}

void ApiCall::send()
{
    m_holdsPlace = true;
    m_departed = false;
    if (isFinished())
        return releasePlace(); // cancelled while it waited for its turn
    ++m_attempts;
    m_timedOut = false;
    m_tooLarge = false;
    m_tlsErrors.clear();
    m_reply = m_host.post(m_operation, m_fields);
    if (m_journalEntry)
        m_host.recorder()->markSent(m_journalEntry); // only the first time it counts
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        // Cut off as soon as the answer is known to be, or grows, too large.
        if (m_reply && (received > answerLimit() || total > answerLimit())) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: recorded for the message, and the handshake fails.
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.errorString());
    });
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        if (m_holdsPlace && !std::exchange(m_departed, true))
            m_host.governor().departed();
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::replyFinished);
    m_transferTimer.start(m_host.settings().transferTimeout);
}

qint64 ApiCall::answerLimit() const
{
    switch (m_operation) {
    case Operation::QueryDeviceList:
    case Operation::SyncAssetInfo:
    case Operation::BatchQueryFlowUsage:
    case Operation::BatchQueryMonthFlow:
    case Operation::SyncPackages:
    case Operation::BatchOrderPackages:
    case Operation::QueryOrders:
        return largestListAnswer;
    default:
        return largestAnswer;
    }
}

void ApiCall::cancel()
{
    if (isFinished())
        return;
    m_cancelled = true;
    m_backoffTimer.stop();
    if (m_reply) {
        m_reply->abort(); // replyFinished() reports it
        return;
    }
    ApiError error;
    error.kind = ApiErrorKind::Cancelled;
    finish(withContext(error, nullptr));
}

void ApiCall::replyFinished()
{
    releasePlace();
    m_transferTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    // An aborted reply is closed: it has no body to read.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    qCDebug(lcApi).noquote() << operationInfo(m_operation).nameString() << "attempt" << m_attempts
                             << "HTTP"
                             << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                             << maskedForLog(body);

    std::optional<ApiError> transportError = errorFor(reply);
    if (!transportError) {
        ApiResult<QJsonValue> envelope = parseEnvelope(body);
        if (envelope.ok())
            return finish(std::move(envelope));
        transportError = envelope.error();
    }
    ApiError error = *transportError;
    if (error.kind == ApiErrorKind::Tls) {
        // Qt keeps the failed connection's TLS settings for the host; without this, a CA
        // bundle added to the profile afterwards would not be used until a restart.
        m_host.forgetConnections();
    }
    if (error.isInterim()) {
        // The final answer after the interim one is left unread on the connection: Qt would
        // take it for the answer of the next request sent on it. Never reuse that connection.
        m_host.forgetConnections();
    }
    error = withContext(error, reply);

    if (error.kind == ApiErrorKind::HttpStatus && error.httpStatus == 429) {
        // The gateway's limits: it did not act, so even a write is sent again, once the wait
        // it asked for has passed; every other request of the account waits with it.
        if (const auto wait = limitedWait(reply)) {
            ++m_limited;
            m_host.governor().holdFor(*wait);
            if (m_journalEntry)
                m_host.recorder()->markLimited(m_journalEntry);
            qCInfo(lcApi) << operationInfo(m_operation).nameString()
                          << "refused for the gateway's limits; sending again in" << wait->count()
                          << "ms";
            emit retrying(m_attempts + 1, qint64(wait->count()));
            return attempt();
        }
        error.detail =
            !retryAfter(reply) && m_host.dailyQuotaSpent()
                ? tr("the day's quota of %1 queries is spent; the gateway takes more from the "
                     "server's next day")
                      .arg(QLocale().toString(m_host.settings().limits.dailyQuota))
            : m_limited >= m_host.settings().retry.maxLimitedRetries
                ? tr("sent %n time(s), refused each time", nullptr, m_limited + 1)
                : tr("the gateway's limits admit no more queries for %1")
                      .arg(WaitWords::of(
                          retryAfter(reply).value_or(std::chrono::milliseconds::zero())));
        return finish(error);
    }

    if (const auto delay = retryDelay(error, reply)) {
        qCInfo(lcApi) << operationInfo(m_operation).nameString() << "failed (" << error.detail
                      << "); retrying in" << delay->count() << "ms";
        emit retrying(m_attempts + 1, qint64(delay->count()));
        m_backoffTimer.start(*delay);
        return;
    }
    finish(error);
}

// What went wrong below the envelope, if anything: nothing means "now read the body".
std::optional<ApiError> ApiCall::errorFor(QNetworkReply *reply) const
{
    ApiError error;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int statusCode = status.toInt();
    if (m_cancelled) {
        error.kind = ApiErrorKind::Cancelled;
    } else if (m_tooLarge) {
        error.kind = ApiErrorKind::MalformedResponse;
        error.detail = tr("the answer is larger than %n MB, the most this request reads", nullptr,
                          int(answerLimit() >> 20));
    } else if (m_timedOut) {
        error.kind = ApiErrorKind::Timeout;
        error.detail = tr(
            "no answer within %n second(s)", nullptr,
            int(std::chrono::duration_cast<std::chrono::seconds>(m_host.settings().transferTimeout)
                    .count()));
    } else if (!m_tlsErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        error.kind = ApiErrorKind::Tls;
        error.detail = m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors.join(u"; "_s);
    } else if (status.isValid() && statusCode >= 100 && statusCode < 200) {
        // Qt 6.4 skips only 100 Continue: any other interim answer (102 Processing, 103 Early
        // Hints) ends the reply as if it were the final one, without a body, and the final
        // answer that follows cannot be had (QHttpProtocolHandler::_q_receiveReply; for a 1xx
        // QHttpNetworkReplyPrivate::expectContent() is false). A read is sent again; a write's
        // outcome is unknown, and the usual re-read settles it.
        error.kind = ApiErrorKind::HttpStatus;
        error.httpStatus = statusCode;
        error.detail = cleanServerText(
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else if (status.isValid() && statusCode >= 300 && statusCode < 400) {
        error.kind = ApiErrorKind::HttpStatus;
        error.httpStatus = statusCode;
        // Where it wanted the request to go, for the message; it is never followed.
        error.detail = cleanServerText(reply->attribute(QNetworkRequest::RedirectionTargetAttribute)
                                           .toUrl()
                                           .toDisplayString());
    } else if (status.isValid() && statusCode != 200) {
        error.kind = ApiErrorKind::HttpStatus;
        error.httpStatus = statusCode;
        error.detail = reply->errorString();
    } else if (reply->error() == QNetworkReply::UnknownContentError
               && reply->hasRawHeader("Content-Encoding")) {
        // Qt unpacks a compressed answer itself; one that does not unpack came damaged. Qt's
        // words for it ("Decompression failed: ") tell a person nothing.
        error.kind = ApiErrorKind::MalformedResponse;
        error.contentEncoding =
            cleanServerText(QString::fromLatin1(reply->rawHeader("Content-Encoding").left(40)));
    } else if (reply->error() == QNetworkReply::RemoteHostClosedError) {
        error.kind = ApiErrorKind::Network;
        error.detail = tr("the connection closed before the answer came");
    } else if (reply->error() != QNetworkReply::NoError) {
        error.kind = ApiErrorKind::Network;
        error.detail = reply->errorString();
    } else {
        return std::nullopt;
    }
    return error;
}

ApiError ApiCall::withContext(ApiError error, QNetworkReply *reply) const
{
    error.operation = m_operation;
    error.subject = m_subject;
    if (reply)
        error.path = reply->url().path();
    if (reply && error.httpStatus == 0)
        error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!operationInfo(m_operation).write || !reply)
        return error;
    switch (error.kind) {
    case ApiErrorKind::Timeout:
    case ApiErrorKind::MalformedResponse:
        error.outcomeUnknown = true;
        break;
    case ApiErrorKind::Cancelled:
    case ApiErrorKind::Network:
        error.outcomeUnknown = !failedBeforeSending(reply->error());
        break;
    case ApiErrorKind::HttpStatus:
        // Not done: a clear refusal (a 4xx other than 408) or the gateway's 429 (it did not
        // pass the request on). Anything else may have been acted on: an interim 1xx, a 2xx
        // other than 200 (202 is "accepted, not done yet"), any redirect (a server's
        // Post/Redirect/Get answers a POST it has carried out with a 302 or 303; it is never
        // followed), 408, a 5xx. The usual re-read settles those.
        error.outcomeUnknown = !error.isRefusal() && error.httpStatus != 429;
        break;
    case ApiErrorKind::Tls:
    case ApiErrorKind::Server:
    case ApiErrorKind::InvalidInput:
    case ApiErrorKind::NotSent:
    case ApiErrorKind::NotFound:
    case ApiErrorKind::NotRecorded:
        break;
    }
    return error;
}

std::optional<std::chrono::milliseconds> ApiCall::limitedWait(QNetworkReply *reply) const
{
    const RetryPolicy &policy = m_host.settings().retry;
    if (m_cancelled || m_limited >= policy.maxLimitedRetries)
        return std::nullopt;
    // No Retry-After, and the day's quota spent as this computer counts it: the daily limit,
    // most likely, which waiting a second will not lift. (With a Retry-After the gateway says
    // itself how long; a short one is its rate.)
    if (!retryAfter(reply) && m_host.dailyQuotaSpent())
        return std::nullopt;
    // Without a Retry-After, a second: the rate limit's window.
    const std::chrono::milliseconds wait = retryAfter(reply).value_or(std::chrono::seconds(1));
    if (wait > policy.longestLimitWait)
        return std::nullopt; // the daily quota, most likely: hours, not seconds
    return qMax(wait, std::chrono::milliseconds(100));
}

std::optional<std::chrono::milliseconds> ApiCall::retryDelay(const ApiError &error,
                                                             QNetworkReply *reply) const
{
    const RetryPolicy &policy = m_host.settings().retry;
    // Writes are never sent twice on their own: the first may have taken effect.
    if (operationInfo(m_operation).write || m_attempts > policy.maxRetries)
        return std::nullopt;
    const bool transient = error.kind == ApiErrorKind::Timeout || error.isInterim()
                           || (error.kind == ApiErrorKind::HttpStatus
                               && (error.httpStatus >= 500 || error.httpStatus == 408))
                           || (error.kind == ApiErrorKind::Network
                               && reply->error() == QNetworkReply::RemoteHostClosedError);
    if (!transient)
        return std::nullopt;
    std::chrono::milliseconds delay = policy.firstDelay * (1 << (m_attempts - 1));
    if (const auto asked = retryAfter(reply)) {
        if (*asked > policy.longestWait)
            return std::nullopt;
        delay = *asked;
    }
    // Another attempt must be able to end within the read's total time.
    const auto spent = std::chrono::milliseconds(m_sinceStart.elapsed());
    if (spent + delay + m_host.settings().transferTimeout > policy.totalTime)
        return std::nullopt;
    return delay;
}

void ApiCall::finish(ApiResult<QJsonValue> result)
{
    if (isFinished())
        return;
    m_transferTimer.stop();
    m_backoffTimer.stop();
    m_result = std::move(result);
    if (m_journalEntry) {
        const ApiError *error = m_result->ok() ? nullptr : &m_result->error();
        const JournalState state = !error                  ? JournalState::Succeeded
                                   : error->outcomeUnknown ? JournalState::Unknown
                                                           : JournalState::Refused;
        m_host.recorder()->markAnswered(m_journalEntry, state,
                                        error ? error->serverCode : QString(),
                                        error ? error->message() : QString());
    }
    if (!m_result->ok())
        qCInfo(lcApi).noquote() << operationInfo(m_operation).nameString()
                                << "failed:" << m_result->error().message();
    emit finished();
    deleteLater();
}

} // namespace cube

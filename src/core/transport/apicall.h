#pragma once

#include "contract/apiresult.h"
#include "contract/operation.h"
#include "journal/journalentry.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <optional>

class QNetworkReply;

namespace cube {

class ApiCallHost;

// The life cycle of one operation: its attempts, each given its turn by the account's governor,
// the transfer time-out of each, retries with back-off for reads (never for writes), waiting
// out the gateway's 429 and sending again (a write too: the gateway did not act on it),
// cancellation, and the envelope's data or a typed error.
// Made and started by ApiTransport (through the ApiCallHost it implements); deletes itself
// after finished().
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    // `subject` names the order or SIM a write is about, for the messages of its errors.
    ApiCall(ApiCallHost &host, Operation operation, QJsonObject fields, QString subject,
            QObject *parent);
    ~ApiCall() override;

    bool isFinished() const { return m_result.has_value(); }
    // The envelope's data or the error; only meaningful once finished() was emitted.
    const ApiResult<QJsonValue> &result() const { return *m_result; }

    // Stops the call: aborts the request on the wire, or takes it off the queue. A write that was
    // already sent may still take effect; its error then says the outcome is unknown.
    void cancel();

    // Records a write as an item of a bulk job; before it starts.
    void setJobItem(const JobItem &item) { m_jobItem = item; }
    // The write's journal entry once it was recorded (it started), or 0.
    qint64 journalEntryId() const { return m_journalEntry; }

    // The first attempt; the host calls it when there is room on the wire.
    void start();
    // Finishes without sending anything (input that cannot be right), from the event loop.
    void refuse(ApiError error);

signals:
    void finished();
    // A read failed in a way that may pass; the next attempt starts after `delayMs`.
    void retrying(int nextAttempt, qint64 delayMs);

private:
    // Waits for a turn from the governor, then sends().
    void attempt();
    void send();
    void releasePlace();
    // How long to wait before sending again after the gateway's 429, or nothing to give up.
    std::optional<std::chrono::milliseconds> limitedWait(QNetworkReply *reply) const;
    // Commits the write's journal entry; the error that keeps it from the network if it cannot.
    std::optional<ApiError> recordInJournal();
    void replyFinished();
    // The most bytes this operation's answer may have (lists more than single records).
    qint64 answerLimit() const;
    void finish(ApiResult<QJsonValue> result);
    std::optional<ApiError> errorFor(QNetworkReply *reply) const;
    ApiError withContext(ApiError error, QNetworkReply *reply) const;
    std::optional<std::chrono::milliseconds> retryDelay(const ApiError &error,
                                                        QNetworkReply *reply) const;

    ApiCallHost &m_host;
    Operation m_operation;
    QJsonObject m_fields;
    QString m_subject;
    QPointer<QNetworkReply> m_reply;
    QTimer m_transferTimer;
    QTimer m_backoffTimer;
    QStringList m_tlsErrors;
    QElapsedTimer m_sinceStart;
    int m_attempts = 0;
    int m_limited = 0; // 429s answered so far
    bool m_holdsPlace = false;
    bool m_departed = false; // this attempt's request went on the wire
    bool m_tooLarge = false;
    bool m_started = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    std::optional<JobItem> m_jobItem;
    qint64 m_journalEntry = 0;
    std::optional<ApiResult<QJsonValue>> m_result;
};

} // namespace cube

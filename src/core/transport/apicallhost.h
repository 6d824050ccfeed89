#pragma once

#include "contract/apierror.h"
#include "contract/operation.h"
#include "journal/journalentry.h"
#include "transport/connectionsettings.h"

#include <QJsonObject>

#include <optional>

class QNetworkReply;

namespace cube {

class JournalRecorder;
class RequestGovernor;

// What one ApiCall needs from whoever sends it, and nothing more: the call depends on this
// narrow interface, never on the transport that implements it.
class ApiCallHost
{
public:
    virtual ~ApiCallHost() = default;

    virtual const ConnectionSettings &settings() const = 0;
    // Why a write must not leave at all (ClientOptions::writeGate), or nothing to let it go.
    virtual std::optional<ApiError> withheld(Operation operation, const QJsonObject &fields) = 0;
    // Where writes are recorded before they leave, or nullptr when they are not journaled.
    virtual JournalRecorder *recorder() const = 0;
    // A journal entry for a write of `operation` with `fields`: who sends it, where, from what.
    virtual JournalEntry journalEntry(Operation operation, const QJsonObject &fields) const = 0;
    // Whether this computer sent the gateway's whole daily quota today (QuotaMeter).
    virtual bool dailyQuotaSpent() const = 0;
    // Where each attempt waits for its turn within the gateway's limits.
    virtual RequestGovernor &governor() = 0;
    // One attempt: the fields with the common ones, signed and posted (and counted).
    virtual QNetworkReply *post(Operation operation, const QJsonObject &fields) = 0;
    // A TLS failure (the next attempt must not reuse the failed connection's TLS settings), or
    // an interim answer (the final answer after it is still due on its connection): no request
    // may use the connections open now. Done once the requests on their way have ended.
    virtual void forgetConnections() = 0;

protected:
    ApiCallHost() = default;
    Q_DISABLE_COPY_MOVE(ApiCallHost)
};

} // namespace cube

#pragma once

#include <QHash>
#include <QRandomGenerator>
#include <QString>

#include <chrono>
#include <optional>

namespace cube::sim {

enum class FaultKind {
    ServerCode, // a failure envelope with a chosen code; the operation is not done
    Http500,    // the operation is not done
    Http503,    // the operation is not done
    Http429,    // with Retry-After; the operation is not done
    HtmlPage,   // a gateway's HTML error page (502); the operation is not done
    Malformed,  // a broken JSON body; the operation IS done, its answer is lost
    Truncated,  // the body is cut short; the operation IS done
    Close,      // the connection is closed without an answer; the operation IS done
    NoAnswer,   // nothing comes back at all; the operation IS done
};

struct Fault
{
    FaultKind kind = FaultKind::Http500;
    double rate = 1.0;                     // share of requests that get the fault, 0 to 1
    QString code = QStringLiteral("5000"); // for ServerCode
    int retryAfterSeconds = 1;             // for Http429

    // Whether the operation runs before the answer goes wrong: the cases a client cannot tell
    // from "not done", and must re-read to find out.
    bool operationRuns() const;
};

// Which faults and delays the simulator injects, per operation name (as in the operation
// table, e.g. "aheadFinishDeviceOrder") or for all ("*"). A named operation's setting wins.
class FaultPlan final
{
public:
    static constexpr auto everyOperation = QLatin1StringView("*");

    void setFault(const QString &operation, const Fault &fault)
    {
        m_faults.insert(operation, fault);
    }
    void setLatency(const QString &operation, std::chrono::milliseconds latency)
    {
        m_latencies.insert(operation, latency);
    }
    void clear();

    // The fault this request gets, if any; `random` decides by the fault's rate.
    std::optional<Fault> faultFor(const QString &operation, QRandomGenerator &random) const;
    std::chrono::milliseconds latencyFor(const QString &operation) const;

    // "OPERATION:KIND[:RATE]" with KIND one of http500, http503, http429, html, malformed,
    // truncated, close, silent, or code=XXXX; returns false and says why on a bad spec.
    bool addFaultSpec(const QString &spec, QString *error);
    // "OPERATION:MILLISECONDS".
    bool addLatencySpec(const QString &spec, QString *error);

private:
    QHash<QString, Fault> m_faults;
    QHash<QString, std::chrono::milliseconds> m_latencies;
};

} // namespace cube::sim

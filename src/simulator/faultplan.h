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
    // A hostile or broken server (hostileanswers.h):
    Redirect,          // an HTTP redirect to another host; the operation is not done
    FractionalCode,    // {"code": 0.5, "success": false}; the operation is not done
    SuccessFalse,      // {"code": "0000", "success": false}; the operation is not done
    WrongRecordFirst,  // a read lists another record first (or instead); the read runs
    EndlessPages,      // a listing always claims one more page, empty ones too
    StuckPage,         // a listing's page number never advances
    ControlCharacters, // names and messages carry terminal escapes and CR/LF
    EndlessBody,       // a 200 answer whose body never ends (1 GiB at most); the operation IS done
    Trickle,           // the answer comes a byte every half second; the operation IS done
    // A server that acts on a write a while after it took it in: no answer ever comes (the
    // client gives up on its own), and the operation runs `lateBy` after the request came,
    // whether or not its client is still there. A client that judges the write at once finds
    // it not done; one that waits its time-out finds it done.
    Late,
};

struct Fault
{
    FaultKind kind = FaultKind::Http500;
    double rate = 1.0;                     // share of requests that get the fault, 0 to 1
    QString code = QStringLiteral("5000"); // for ServerCode
    int retryAfterSeconds = 1;             // for Http429
    int redirectStatus = 307;              // for Redirect: 301, 302, 303, 307 or 308
    std::chrono::milliseconds lateBy{0};   // for Late

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
    // truncated, close, silent, code=XXXX, or the hostile ones: redirect301 (302, 303, 307,
    // 308), code-fraction, success-false, wrong-first, endless-pages, stuck-page,
    // control-chars, endless-body, trickle, late=MILLISECONDS; returns false and says why on
    // a bad spec.
    bool addFaultSpec(const QString &spec, QString *error);
    // "OPERATION:MILLISECONDS".
    bool addLatencySpec(const QString &spec, QString *error);

private:
    QHash<QString, Fault> m_faults;
    QHash<QString, std::chrono::milliseconds> m_latencies;
};

} // namespace cube::sim

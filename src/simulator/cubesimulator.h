#pragma once

#include "account/clientfactory.h"
#include "contract/operation.h"
#include "faultplan.h"
#include "fleet.h"
#include "gatewaylimiter.h"
#include "gatewaypolicy.h"
#include "rejection.h"
#include "requestlog.h"
#include "simreply.h"
#include "simulatoraccount.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace cube::sim {

class SimulatorHttpServer;

// How big the simulated account is; the same seed and size give the same fleet. Or, with a
// scenario, the fleet it describes (Fleet::fromScenario), whatever the seed and size.
struct FleetOptions
{
    FleetOptions(quint64 fleetSeed = 1, int fleetSize = 2000, ServerTimeZone zone = {})
        : seed(fleetSeed)
        , simCount(fleetSize)
        , serverZone(zone)
    {}

    quint64 seed;
    int simCount;
    ServerTimeZone serverZone; // where its clock is: the vendor's UTC+8 unless told
    // Empty: a fleet generated from the seed. One that Fleet::fromScenario refuses is the
    // caller's mistake and stops the program, saying why: check one from outside first.
    QJsonObject scenario;
};

// A Cube (CSSS) API server on loopback, for the console's demo mode and for every test that
// crosses the network. It serves every operation of the operation table at its default path,
// answers in the vendor's envelope {code, data, message, success} in Chinese unless the
// request asks for English, checks every request as the real server does (signature, account,
// version, timestamp, fields, states), keeps the fleet's state, and injects faults on demand.
// In front of it sits the vendor's gateway at its strictest (GatewayPolicy): per client address
// 10 requests a second, 3 at once and 5,000 a day, HTTP 429 beyond, and pages of 100 at most.
class CubeSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CubeSimulator)

public:
    using Clock = std::function<QDateTime()>;

    explicit CubeSimulator(SimulatorAccount account, FleetOptions fleet = {},
                           QObject *parent = nullptr, Clock clock = {});
    ~CubeSimulator() override;

    // Listens on 127.0.0.1; port 0 lets the operating system choose a free one.
    // Returns false when the port cannot be had.
    bool listen(quint16 port = 0);

    // http://127.0.0.1:PORT, the base URL a connection profile names; empty before listen().
    QUrl baseUrl() const;
    // Where a client reaches the simulated account: its URL, access code and secret.
    AccountEndpoint endpoint() const;

    // The built-in simulator with the demo account, listening, as --demo starts it in the
    // console and in cubectl; nothing when no port could be had, and `failure` says so.
    static std::unique_ptr<CubeSimulator> startDemo(QString *failure);

    const SimulatorAccount &account() const { return m_account; }
    Fleet &fleet() { return m_fleet; }
    FaultPlan &faults() { return m_faults; }
    // Answers with camelCase names and every value a string, as the vendor's documented
    // answers are (answershape.h); snake_case with typed values by default.
    void setCamelCaseAnswers(bool camelCase) { m_camelCase = camelCase; }

    // The gateway's limits; the vendor's unless told. GatewayPolicy::none() turns them off.
    const GatewayPolicy &limits() const { return m_limiter.policy(); }
    void setLimits(const GatewayPolicy &limits) { m_limiter.setPolicy(limits); }

    // The simulator's notion of "now", for timestamps, order dates and the gateway's day; tests
    // move it.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Appends a line for every request to `path` (RequestLog); false when it cannot be opened.
    bool openRequestLog(const QString &path) { return m_requestLog.open(path); }

    // How many requests reached an operation (after the gateway and the common checks), by
    // operation name.
    int requestCount(const QString &operationName) const
    {
        return m_requestCounts.value(operationName);
    }

private:
    struct Incoming;
    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    // The gateway's 429, before any operation runs.
    void refuse(const Incoming &incoming, const GatewayLimiter::Admission &admission,
                QHttpServerResponder &responder);
    // The admitted request no longer counts as in progress at the gateway.
    void finish(quint64 admitted);
    // Returns false when the request is left unanswered on purpose (a silent fault).
    bool answer(const Incoming &incoming, QHttpServerResponder &responder, QTcpSocket *socket);
    SimReply run(Operation operation, const Incoming &incoming);
    // Sends the reply as the fault says, or normally; returns false when nothing was sent.
    bool misbehave(const Fault &fault, const SimReply &reply, QHttpServerResponder &responder,
                   QTcpSocket *socket);

    SimulatorAccount m_account;
    Clock m_clock;
    Fleet m_fleet;
    FaultPlan m_faults;
    bool m_camelCase = false;
    QRandomGenerator m_random;
    QHash<QString, Operation> m_operationByPath;
    QHash<QString, int> m_requestCounts;
    // Before m_server: a connection that goes while the server is torn down still finishes
    // its request here.
    GatewayLimiter m_limiter;
    QHash<quint64, QMetaObject::Connection> m_endsWithConnection; // admitted -> its socket's end
    std::unique_ptr<SimulatorHttpServer> m_server;
    std::vector<std::shared_ptr<QHttpServerResponder>> m_unanswered;
    quint16 m_port = 0;
    RequestLog m_requestLog;
};

} // namespace cube::sim

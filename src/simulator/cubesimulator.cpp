#include "cubesimulator.h"

#include "answershape.h"
#include "contract/operationtable.h"
#include "deviceoperations.h"
#include "hostileanswers.h"
#include "orderoperations.h"
#include "simulatedrequest.h"
#include "simulatorhttpserver.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>
#include <utility>

using namespace Qt::StringLiterals;

namespace cube::sim {

namespace {

Q_LOGGING_CATEGORY(lcSimulator, "cube.sim", QtInfoMsg)

QByteArray envelopeOf(const SimReply &reply)
{
    return QJsonDocument(QJsonObject{{u"code"_s, reply.code},
                                     {u"data"_s, reply.data},
                                     {u"message"_s, reply.message},
                                     {u"success"_s, reply.code == "0000"_L1}})
        .toJson(QJsonDocument::Compact);
}

// The gateway's own words, short and in English as a gateway's are; the Retry-After header is
// what a client acts on.
QByteArray refusalOf(GatewayLimit limit, const GatewayPolicy &policy)
{
    switch (limit) {
    case GatewayLimit::Rate:
        return "Too Many Requests: more than " + QByteArray::number(policy.rate)
               + " requests a second\n";
    case GatewayLimit::Concurrency:
        return "Too Many Requests: more than " + QByteArray::number(policy.concurrency)
               + " requests at once\n";
    case GatewayLimit::DailyQuota:
        return "Too Many Requests: more than " + QByteArray::number(policy.dailyQuota)
               + " requests today\n";
    case GatewayLimit::None:
        break;
    }
    return "Too Many Requests\n";
}

Fleet fleetFrom(const FleetOptions &options, const QDateTime &now)
{
    if (options.scenario.isEmpty())
        return Fleet::generate(options.seed, options.simCount, now, options.serverZone);
    QString problem;
    std::optional<Fleet> fleet =
        Fleet::fromScenario(options.scenario, now, options.serverZone, &problem);
    if (!fleet)
        qFatal("The simulator's scenario is wrong: %s", qPrintable(problem));
    return std::move(*fleet);
}

} // namespace

// What the simulator keeps of a request: QHttpServerRequest does not outlive the handler, and
// an answer may come later (latency).
struct CubeSimulator::Incoming
{
    QString path;
    bool post = false;
    QByteArray body;
    ReplyLanguage language = ReplyLanguage::Chinese;
};

CubeSimulator::CubeSimulator(SimulatorAccount account, FleetOptions fleet, QObject *parent,
                             Clock clock)
    : QObject(parent)
    , m_account(std::move(account))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
    , m_fleet(fleetFrom(fleet, m_clock()))
    , m_random(quint32(fleet.seed ^ (fleet.seed >> 32)))
    , m_limiter(GatewayPolicy::vendor(), m_fleet.serverZone())
    , m_server(std::make_unique<SimulatorHttpServer>(
          [this](const QHttpServerRequest &request, QTcpSocket *socket) {
              handle(request, socket);
          }))
{
    const OperationTable defaults;
    for (Operation operation : allOperations())
        m_operationByPath.insert(defaults.path(operation), operation);
}

CubeSimulator::~CubeSimulator() = default;

bool CubeSimulator::listen(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

QUrl CubeSimulator::baseUrl() const
{
    if (m_port == 0)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

AccountEndpoint CubeSimulator::endpoint() const
{
    return {baseUrl(), m_account.accessCode, m_account.secret, m_fleet.serverZone()};
}

std::unique_ptr<CubeSimulator> CubeSimulator::startDemo(QString *failure)
{
    auto simulator = std::make_unique<CubeSimulator>(SimulatorAccount::demo());
    if (simulator->listen())
        return simulator;
    *failure = tr("The built-in Cube simulator could not start: no free port on 127.0.0.1.");
    return nullptr;
}

void CubeSimulator::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Incoming incoming{request.url().path(), request.method() == QHttpServerRequest::Method::Post,
                      request.body(), replyLanguageFor(request.value("Accept-Language"))};
    auto responder =
        std::make_shared<QHttpServerResponder>(SimulatorHttpServer::responderFor(request, socket));

    // The gateway decides first: a refused request waits for no latency and runs nothing.
    const GatewayLimiter::Admission admission =
        m_limiter.admit(socket->peerAddress(), m_clock(), std::chrono::steady_clock::now());
    if (!admission.admitted())
        return refuse(incoming, admission, *responder);
    const quint64 admitted = admission.request;
    // A request that is never answered (a silent fault, a client that gives up during the
    // latency) stops counting when its connection goes, as with nginx's limit_conn.
    m_endsWithConnection.insert(admitted, connect(socket, &QAbstractSocket::disconnected, this,
                                                  [this, admitted] { finish(admitted); }));

    const Operation *operation = nullptr;
    if (auto it = m_operationByPath.constFind(incoming.path); it != m_operationByPath.cend())
        operation = &*it;
    const auto latency = m_faults.latencyFor(operation ? operationInfo(*operation).nameString()
                                                       : QString(FaultPlan::everyOperation));
    if (latency.count() <= 0) {
        if (answer(incoming, *responder, socket))
            finish(admitted);
        return;
    }
    QTimer::singleShot(latency, this,
                       [this, incoming, responder, admitted, guard = QPointer(socket)] {
                           if (!guard || answer(incoming, *responder, guard))
                               finish(admitted);
                       });
}

void CubeSimulator::refuse(const Incoming &incoming, const GatewayLimiter::Admission &admission,
                           QHttpServerResponder &responder)
{
    qCDebug(lcSimulator) << "gateway refuses" << incoming.path << "limit"
                         << int(admission.refusedBy) << "retry after"
                         << admission.retryAfterSeconds;
    // Logged like any answer, with the HTTP status for a code: no operation saw it.
    m_requestLog.write(incoming.path, QJsonDocument::fromJson(incoming.body).object(), u"429"_s);
    responder.write(refusalOf(admission.refusedBy, m_limiter.policy()),
                    {{"Content-Type", "text/plain"},
                     {"Retry-After", QByteArray::number(admission.retryAfterSeconds)}},
                    QHttpServerResponder::StatusCode::TooManyRequests);
}

void CubeSimulator::finish(quint64 admitted)
{
    m_limiter.finish(admitted);
    QObject::disconnect(m_endsWithConnection.take(admitted));
}

bool CubeSimulator::answer(const Incoming &incoming, QHttpServerResponder &responder,
                           QTcpSocket *socket)
{
    auto send = [this, &responder, &incoming](SimReply reply) {
        m_requestLog.write(incoming.path, QJsonDocument::fromJson(incoming.body).object(),
                           reply.code);
        if (m_camelCase)
            reply.data = camelCaseWithStrings(reply.data);
        responder.write(envelopeOf(reply), "application/json");
        return true;
    };
    if (!incoming.post)
        return send(SimReply::rejected(Rejection::WrongMethod, incoming.language));

    SimulatedRequest parsed;
    auto problem = SimulatedRequest::parse(incoming.body, parsed);
    if (!problem)
        problem = parsed.checkCommonFields(m_account, m_clock());
    if (problem)
        return send(SimReply::rejected(problem->rejection, incoming.language, problem->detail));

    const auto it = m_operationByPath.constFind(incoming.path);
    if (it == m_operationByPath.cend())
        return send(
            SimReply::rejected(Rejection::UnknownOperation, incoming.language, incoming.path));
    const QString name = operationInfo(*it).nameString();
    ++m_requestCounts[name];

    const std::optional<Fault> fault = m_faults.faultFor(name, m_random);
    if (!fault)
        return send(run(*it, incoming));
    qCDebug(lcSimulator) << "injecting fault" << int(fault->kind) << "into" << name;
    if (fault->kind == FaultKind::Late) {
        // Logged as it comes in: it was sent once, whatever becomes of its client. It runs
        // later even when its client is gone (killed, or given up), as a slow back end would.
        m_requestLog.write(incoming.path, QJsonDocument::fromJson(incoming.body).object(),
                           u"late"_s);
        QTimer::singleShot(fault->lateBy, this,
                           [this, operation = *it, incoming] { run(operation, incoming); });
        m_unanswered.push_back(std::make_shared<QHttpServerResponder>(std::move(responder)));
        return false;
    }
    const SimReply reply = fault->operationRuns() ? run(*it, incoming) : SimReply{};
    // What ran is logged with its own code, whatever the fault does to the answer.
    m_requestLog.write(incoming.path, QJsonDocument::fromJson(incoming.body).object(),
                       fault->operationRuns() ? reply.code : QString());
    if (misbehave(*fault, reply, responder, socket))
        return true;
    // Kept unanswered until the simulator goes: the client must give up on its own.
    m_unanswered.push_back(std::make_shared<QHttpServerResponder>(std::move(responder)));
    return false;
}

SimReply CubeSimulator::run(Operation operation, const Incoming &incoming)
{
    const QJsonObject body = QJsonDocument::fromJson(incoming.body).object();
    const OperationRequest request{m_fleet, body, m_clock(), incoming.language,
                                   m_limiter.policy().maxPageSize};
    switch (operation) {
    case Operation::QueryDeviceList:
        return deviceops::queryDeviceList(request);
    case Operation::QueryDevice:
        return deviceops::queryDevice(request);
    case Operation::SyncAssetInfo:
        return deviceops::syncAssetInfo(request);
    case Operation::QueryFlowUsage:
        return deviceops::queryFlowUsage(request);
    case Operation::BatchQueryFlowUsage:
        return deviceops::batchQueryFlowUsage(request);
    case Operation::QueryDayFlow:
        return deviceops::queryDayFlow(request);
    case Operation::BatchQueryMonthFlow:
        return deviceops::batchQueryMonthFlow(request);
    case Operation::QueryCarrierBalance:
        return deviceops::queryCarrierBalance(request);
    case Operation::SuspendService:
        return deviceops::suspendService(request);
    case Operation::ResumeService:
        return deviceops::resumeService(request);
    case Operation::SendSms:
        return deviceops::sendSms(request);
    case Operation::SyncPackages:
        return orderops::syncPackages(request);
    case Operation::OrderPackage:
        return orderops::orderPackage(request);
    case Operation::BatchOrderPackages:
        return orderops::batchOrderPackages(request);
    case Operation::CreateOtaOrder:
        return orderops::createOtaOrder(request);
    case Operation::RenewPackage:
        return orderops::renewPackage(request);
    case Operation::QueryOrders:
        return orderops::queryOrders(request);
    case Operation::OpenOrder:
        return orderops::openOrder(request);
    case Operation::CancelOrder:
        return orderops::cancelOrder(request);
    case Operation::EndOrderEarly:
        return orderops::endOrderEarly(request);
    }
    return SimReply::rejected(Rejection::UnknownOperation, incoming.language, incoming.path);
}

bool CubeSimulator::misbehave(const Fault &fault, const SimReply &reply,
                              QHttpServerResponder &responder, QTcpSocket *socket)
{
    using Status = QHttpServerResponder::StatusCode;
    switch (fault.kind) {
    case FaultKind::ServerCode:
        responder.write(
            envelopeOf({fault.code, u"模拟故障 / injected failure"_s, QJsonValue::Null}),
            "application/json");
        return true;
    case FaultKind::Http500:
        responder.write(QByteArray("Internal Server Error"), "text/plain",
                        Status::InternalServerError);
        return true;
    case FaultKind::Http503:
        responder.write(QByteArray("Service Unavailable"), "text/plain",
                        Status::ServiceUnavailable);
        return true;
    case FaultKind::Http429:
        responder.write(QByteArray("Too Many Requests"),
                        {{"Content-Type", "text/plain"},
                         {"Retry-After", QByteArray::number(fault.retryAfterSeconds)}},
                        Status::TooManyRequests);
        return true;
    case FaultKind::HtmlPage:
        responder.write(QByteArray("<!DOCTYPE html><html><head><title>502 Bad Gateway</title>"
                                   "</head><body><h1>502 Bad Gateway</h1></body></html>"),
                        "text/html", Status::BadGateway);
        return true;
    case FaultKind::Malformed:
        responder.write(envelopeOf(reply).left(12), "application/json");
        return true;
    case FaultKind::Truncated: {
        const QByteArray body = envelopeOf(reply);
        responder.writeStatusLine(Status::Ok);
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        responder.writeBody(body.left(body.size() / 2));
        socket->disconnectFromHost();
        return true;
    }
    case FaultKind::Close:
        socket->abort();
        return true;
    case FaultKind::NoAnswer:
    case FaultKind::Late: // answered by answer(): never reaches here
        return false;
    case FaultKind::WrongRecordFirst:
    case FaultKind::EndlessPages:
    case FaultKind::StuckPage:
    case FaultKind::ControlCharacters: {
        const SimReply changed{reply.code, hostile::alteredMessage(fault.kind, reply.message),
                               hostile::altered(fault.kind, reply.data)};
        responder.write(envelopeOf(changed), "application/json");
        return true;
    }
    case FaultKind::Redirect:
    case FaultKind::FractionalCode:
    case FaultKind::SuccessFalse:
    case FaultKind::EndlessBody:
    case FaultKind::Trickle:
        return hostile::answerBroken(fault.kind, fault.redirectStatus, envelopeOf(reply), responder,
                                     socket);
    }
    return false;
}

} // namespace cube::sim

#include "cubesimulator.h"

#include "simulatedrequest.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <utility>

using namespace Qt::StringLiterals;

namespace cube::sim {

namespace {
Q_LOGGING_CATEGORY(lcSimulator, "cube.sim")
} // namespace

CubeSimulator::CubeSimulator(SimulatorAccount account, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
{
    // Every request goes through one handler: the checks common to all operations come first,
    // whatever the path, exactly as they would on the vendor's gateway.
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
}

CubeSimulator::~CubeSimulator() = default;

bool CubeSimulator::listen(quint16 port)
{
    m_port = m_server.listen(QHostAddress::LocalHost, port);
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

void CubeSimulator::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const ReplyLanguage language = replyLanguageFor(request.value("Accept-Language"));
    if (request.method() != QHttpServerRequest::Method::Post)
        return reject(responder, Rejection::WrongMethod, language);

    SimulatedRequest parsed;
    if (auto problem = SimulatedRequest::parse(request.body(), parsed))
        return reject(responder, problem->rejection, language, problem->detail);
    if (auto problem = parsed.checkCommonFields(m_account, m_clock()))
        return reject(responder, problem->rejection, language, problem->detail);

    // No operation is served yet: every well-formed, well-signed request reaches this point.
    reject(responder, Rejection::UnknownOperation, language, request.url().path());
}

void CubeSimulator::reply(QHttpServerResponder &responder, const QString &code,
                          const QString &message, const QJsonValue &data)
{
    const QJsonObject envelope{{u"code"_s, code},
                               {u"data"_s, data},
                               {u"message"_s, message},
                               {u"success"_s, code == "0000"_L1}};
    responder.write(QJsonDocument(envelope));
}

void CubeSimulator::reject(QHttpServerResponder &responder, Rejection rejection,
                           ReplyLanguage language, const QString &detail)
{
    qCDebug(lcSimulator) << "rejected with" << rejectionCode(rejection) << detail;
    reply(responder, rejectionCode(rejection), rejectionMessage(rejection, language, detail));
}

} // namespace cube::sim

#include "scriptedcubeserver.h"

#include "rejection.h"
#include "simulatedrequest.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cube::test {

ScriptedAnswer ScriptedAnswer::success(QJsonValue data)
{
    ScriptedAnswer answer;
    answer.data = std::move(data);
    return answer;
}

ScriptedAnswer ScriptedAnswer::failure(QString code, QString message)
{
    ScriptedAnswer answer;
    answer.code = std::move(code);
    answer.message = std::move(message);
    return answer;
}

ScriptedAnswer ScriptedAnswer::httpStatus(int status, QByteArray retryAfter)
{
    ScriptedAnswer answer;
    answer.kind = Kind::HttpStatus;
    answer.status = status;
    answer.retryAfter = std::move(retryAfter);
    return answer;
}

ScriptedAnswer ScriptedAnswer::raw(QByteArray body)
{
    ScriptedAnswer answer;
    answer.kind = Kind::RawBody;
    answer.body = std::move(body);
    return answer;
}

ScriptedAnswer ScriptedAnswer::encoded(QByteArray body, QByteArray contentEncoding)
{
    ScriptedAnswer answer = raw(std::move(body));
    answer.contentEncoding = std::move(contentEncoding);
    return answer;
}

ScriptedAnswer ScriptedAnswer::noAnswer()
{
    ScriptedAnswer answer;
    answer.kind = Kind::NoAnswer;
    return answer;
}

ScriptedAnswer ScriptedAnswer::closeAfterInterim(int interimStatus)
{
    ScriptedAnswer answer;
    answer.kind = Kind::CloseAfterInterim;
    answer.interimStatuses = {interimStatus};
    return answer;
}

ScriptedAnswer ScriptedAnswer::after(std::chrono::milliseconds delay) const
{
    ScriptedAnswer answer = *this;
    answer.finalDelay = delay;
    return answer;
}

ScriptedAnswer ScriptedAnswer::afterInterim(int interimStatus,
                                            std::chrono::milliseconds delay) const
{
    ScriptedAnswer answer = *this;
    answer.interimStatuses.append(interimStatus);
    answer.finalDelay = delay;
    return answer;
}

namespace {

// An interim answer's head as a server writes it: a status line, a header or none, a blank line.
QByteArray interimHead(int status)
{
    switch (status) {
    case 100:
        return "HTTP/1.1 100 Continue\r\n\r\n";
    case 102:
        return "HTTP/1.1 102 Processing\r\n\r\n";
    case 103:
        return "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload; as=style\r\n\r\n";
    default:
        return "HTTP/1.1 " + QByteArray::number(status) + " Interim\r\n\r\n";
    }
}

void writeEnvelope(QHttpServerResponder &responder, const QString &code, const QString &message,
                   const QJsonValue &data)
{
    responder.write(QJsonDocument(QJsonObject{{u"code"_s, code},
                                              {u"data"_s, data},
                                              {u"message"_s, message},
                                              {u"success"_s, code == "0000"_L1}}));
}

} // namespace

ScriptedCubeServer::ScriptedCubeServer(sim::SimulatorAccount account)
    : m_account(std::move(account))
{
    m_server.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
}

ScriptedCubeServer::~ScriptedCubeServer() = default;

bool ScriptedCubeServer::listen()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl ScriptedCubeServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void ScriptedCubeServer::answer(const QString &path, ScriptedAnswer answer)
{
    m_answers.insert(path, std::move(answer));
}

void ScriptedCubeServer::answerOnce(const QString &path, ScriptedAnswer answer)
{
    m_onceAnswers[path].append(std::move(answer));
}

qsizetype ScriptedCubeServer::requestCount(const QString &path) const
{
    return std::count_if(m_requests.cbegin(), m_requests.cend(),
                         [&path](const RecordedRequest &r) { return r.path == path; });
}

void ScriptedCubeServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    const sim::ReplyLanguage language = sim::replyLanguageFor(request.value("Accept-Language"));

    sim::SimulatedRequest parsed;
    auto problem = sim::SimulatedRequest::parse(request.body(), parsed);
    m_requests.append(
        {path, request.value("Accept-Language"), request.value("Content-Type"), parsed.body()});
    if (!problem)
        problem = parsed.checkCommonFields(m_account, QDateTime::currentDateTimeUtc());
    if (problem)
        return writeEnvelope(responder, sim::rejectionCode(problem->rejection),
                             sim::rejectionMessage(problem->rejection, language, problem->detail),
                             QJsonValue::Null);

    ScriptedAnswer answer = m_onceAnswers[path].isEmpty()
                                ? m_answers.value(path, ScriptedAnswer::success())
                                : m_onceAnswers[path].takeFirst();
    QTcpSocket *socket = responder.socket();
    if (!answer.interimStatuses.isEmpty()) {
        // Written on the socket itself: QHttpServer has no way to send an interim answer.
        for (const int status : std::as_const(answer.interimStatuses))
            socket->write(interimHead(status));
        socket->flush();
        if (answer.kind == ScriptedAnswer::Kind::CloseAfterInterim) {
            socket->disconnectFromHost(); // after the bytes written are sent
            m_held.push_back(std::move(responder));
            return;
        }
    }
    if (answer.finalDelay > std::chrono::milliseconds(0)) {
        m_delayed.push_back(std::move(responder));
        const auto held = std::prev(m_delayed.end());
        QTimer::singleShot(answer.finalDelay, this,
                           [this, held, answer, socket = QPointer<QTcpSocket>(socket)] {
                               // Unless the client went away meanwhile.
                               if (socket && socket->state() == QTcpSocket::ConnectedState)
                                   writeFinal(answer, *held);
                               m_delayed.erase(held);
                           });
        return;
    }
    writeFinal(answer, responder);
}

void ScriptedCubeServer::writeFinal(const ScriptedAnswer &answer, QHttpServerResponder &responder)
{
    switch (answer.kind) {
    case ScriptedAnswer::Kind::Envelope:
        return writeEnvelope(responder, answer.code, answer.message, answer.data);
    case ScriptedAnswer::Kind::HttpStatus: {
        const auto status = QHttpServerResponder::StatusCode(answer.status);
        if (answer.retryAfter.isEmpty())
            return responder.write(QByteArray("failure"), QByteArray("text/plain"), status);
        return responder.write(QByteArray("failure"),
                               {{"Content-Type", "text/plain"}, {"Retry-After", answer.retryAfter}},
                               status);
    }
    case ScriptedAnswer::Kind::RawBody:
        if (!answer.contentEncoding.isEmpty())
            return responder.write(answer.body, {{"Content-Type", "application/json"},
                                                 {"Content-Encoding", answer.contentEncoding}});
        return responder.write(answer.body, "application/json");
    case ScriptedAnswer::Kind::NoAnswer:
        m_held.push_back(std::move(responder));
        return;
    case ScriptedAnswer::Kind::CloseAfterInterim:
        return; // handled with the interim answers
    }
}

} // namespace cube::test

#include "scriptedcubeserver.h"

#include "rejection.h"
#include "simulatedrequest.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>

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

ScriptedAnswer ScriptedAnswer::noAnswer()
{
    ScriptedAnswer answer;
    answer.kind = Kind::NoAnswer;
    return answer;
}

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
    auto writeEnvelope = [&responder](const QString &code, const QString &message,
                                      const QJsonValue &data) {
        responder.write(QJsonDocument(QJsonObject{{u"code"_s, code},
                                                  {u"data"_s, data},
                                                  {u"message"_s, message},
                                                  {u"success"_s, code == "0000"_L1}}));
    };

    sim::SimulatedRequest parsed;
    auto problem = sim::SimulatedRequest::parse(request.body(), parsed);
    m_requests.append(
        {path, request.value("Accept-Language"), request.value("Content-Type"), parsed.body()});
    if (!problem)
        problem = parsed.checkCommonFields(m_account, QDateTime::currentDateTimeUtc());
    if (problem)
        return writeEnvelope(sim::rejectionCode(problem->rejection),
                             sim::rejectionMessage(problem->rejection, language, problem->detail),
                             QJsonValue::Null);

    ScriptedAnswer answer = m_onceAnswers[path].isEmpty()
                                ? m_answers.value(path, ScriptedAnswer::success())
                                : m_onceAnswers[path].takeFirst();
    switch (answer.kind) {
    case ScriptedAnswer::Kind::Envelope:
        return writeEnvelope(answer.code, answer.message, answer.data);
    case ScriptedAnswer::Kind::HttpStatus: {
        const auto status = QHttpServerResponder::StatusCode(answer.status);
        if (answer.retryAfter.isEmpty())
            return responder.write(QByteArray("failure"), QByteArray("text/plain"), status);
        return responder.write(QByteArray("failure"),
                               {{"Content-Type", "text/plain"}, {"Retry-After", answer.retryAfter}},
                               status);
    }
    case ScriptedAnswer::Kind::RawBody:
        return responder.write(answer.body, "application/json");
    case ScriptedAnswer::Kind::NoAnswer:
        m_held.push_back(std::move(responder));
        return;
    }
}

} // namespace cube::test

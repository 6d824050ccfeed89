#pragma once

#include "simulatoraccount.h"

#include <QByteArray>
#include <QHash>
#include <QHttpServer>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <list>
#include <vector>

class QHttpServerRequest;
class QHttpServerResponder;

namespace cube::test {

// What the server does with one request.
struct ScriptedAnswer
{
    // CloseAfterInterim: the interim answers, then the connection closes without a final one.
    enum class Kind { Envelope, HttpStatus, RawBody, NoAnswer, CloseAfterInterim };

    static ScriptedAnswer success(QJsonValue data = QJsonValue::Null);
    static ScriptedAnswer failure(QString code, QString message);
    static ScriptedAnswer httpStatus(int status, QByteArray retryAfter = {});
    static ScriptedAnswer raw(QByteArray body);
    // A body sent as it is under a Content-Encoding header (gzip, deflate…): a damaged one.
    static ScriptedAnswer encoded(QByteArray body, QByteArray contentEncoding);
    static ScriptedAnswer noAnswer();
    static ScriptedAnswer closeAfterInterim(int interimStatus);

    // The same answer, `delay` after the request came: a slow server.
    ScriptedAnswer after(std::chrono::milliseconds delay) const;
    // The same answer preceded by an interim 1xx answer (102 Processing, 103 Early Hints: RFC
    // 9110 section 15.2), written on the wire as a server sends it; `delay` after it
    // comes the final answer, as from a server that hints early and works on.
    ScriptedAnswer
    afterInterim(int interimStatus,
                 std::chrono::milliseconds delay = std::chrono::milliseconds(0)) const;

    Kind kind = Kind::Envelope;
    QString code = QStringLiteral("0000");
    QString message;
    QJsonValue data;
    int status = 200;
    QByteArray retryAfter;
    QByteArray body;
    QByteArray contentEncoding;
    QList<int> interimStatuses;
    std::chrono::milliseconds finalDelay{0};
};

// One request as the server received it.
struct RecordedRequest
{
    QString path;
    QByteArray acceptLanguage;
    QByteArray contentType;
    QJsonObject body;
};

// A Cube server for client tests: real HTTP on loopback; every request passes the simulator's
// own common checks (version, access code, timestamp, signature) and is recorded; then it
// gets the answer scripted for its path (once-only answers first), or success with null data.
class ScriptedCubeServer final : public QObject
{
    Q_OBJECT

public:
    explicit ScriptedCubeServer(sim::SimulatorAccount account = sim::SimulatorAccount::demo());
    ~ScriptedCubeServer() override;

    bool listen();
    QUrl baseUrl() const;

    void answer(const QString &path, ScriptedAnswer answer);
    void answerOnce(const QString &path, ScriptedAnswer answer);

    const QList<RecordedRequest> &requests() const { return m_requests; }
    qsizetype requestCount(const QString &path) const;
    // Requests held without an answer (ScriptedAnswer::noAnswer) right now.
    qsizetype heldCount() const { return qsizetype(m_held.size()); }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void writeFinal(const ScriptedAnswer &answer, QHttpServerResponder &responder);

    sim::SimulatorAccount m_account;
    QHttpServer m_server;
    quint16 m_port = 0;
    QHash<QString, ScriptedAnswer> m_answers;
    QHash<QString, QList<ScriptedAnswer>> m_onceAnswers;
    QList<RecordedRequest> m_requests;
    std::vector<QHttpServerResponder> m_held;
    std::list<QHttpServerResponder> m_delayed; // final answers still to come after an interim
};

} // namespace cube::test

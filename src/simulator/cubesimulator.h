#pragma once

#include "rejection.h"
#include "simulatoraccount.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonValue>
#include <QObject>
#include <QUrl>

#include <functional>

class QHttpServerRequest;
class QHttpServerResponder;

namespace cube::sim {

// A Cube (CSSS) API server on loopback, for the console's demo mode and for every test that
// crosses the network. It answers in the vendor's envelope {code, data, message, success},
// in Chinese unless the request asks for English, and checks every request as the real
// server does before it looks at the operation.
class CubeSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CubeSimulator)

public:
    using Clock = std::function<QDateTime()>;

    explicit CubeSimulator(SimulatorAccount account, QObject *parent = nullptr);
    ~CubeSimulator() override;

    // Listens on 127.0.0.1; port 0 lets the operating system choose a free one.
    // Returns false when the port cannot be had.
    bool listen(quint16 port = 0);

    // http://127.0.0.1:PORT, the base URL a connection profile names; empty before listen().
    QUrl baseUrl() const;

    const SimulatorAccount &account() const { return m_account; }

    // The simulator's notion of "now", for the timestamp check; tests move it.
    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    static void reply(QHttpServerResponder &responder, const QString &code, const QString &message,
                      const QJsonValue &data = QJsonValue::Null);
    static void reject(QHttpServerResponder &responder, Rejection rejection, ReplyLanguage language,
                       const QString &detail = {});

    SimulatorAccount m_account;
    Clock m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    QHttpServer m_server;
    quint16 m_port = 0;
};

} // namespace cube::sim

#pragma once

#include <QAbstractHttpServer>

#include <functional>

namespace cube::sim {

// QtHttpServer's request parsing, with the connection's socket handed to the simulator, which
// needs it to misbehave on purpose (close a connection without an answer, cut a body short).
class SimulatorHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;

    explicit SimulatorHttpServer(Handler handler, QObject *parent = nullptr);

    // QAbstractHttpServer::makeResponder is protected; the simulator answers through it.
    static QHttpServerResponder responderFor(const QHttpServerRequest &request, QTcpSocket *socket);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace cube::sim

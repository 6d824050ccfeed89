#include "simulatorhttpserver.h"

#include <QHttpServerResponder>

#include <utility>

namespace cube::sim {

SimulatorHttpServer::SimulatorHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

QHttpServerResponder SimulatorHttpServer::responderFor(const QHttpServerRequest &request,
                                                       QTcpSocket *socket)
{
    return makeResponder(request, socket);
}

bool SimulatorHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    m_handler(request, socket);
    return true;
}

void SimulatorHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Never reached: handleRequest() takes every request.
}

} // namespace cube::sim
